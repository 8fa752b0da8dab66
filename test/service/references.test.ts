import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReferences, type Reference } from '../../server/src/service';

/**
 * The reference parser, table-driven. A row is [language, text, ...expected]; an expected reference is
 * "canonical" (its span is the whole text) or "span=canonical" (its span is that part of the text, found
 * after the previous one). Canonical: [act:][R]article[(paragraph)][(point)][-to], "R" for a recital,
 * "9:28" for a chapter and section ("9 kap. 28 §"). A row with no expectation must parse nothing.
 */
type Row = [language: string, text: string, ...expected: string[]];

function canonical(r: Reference): string {
  let s = r.act === 'gdpr' ? '' : `${r.act}:`;
  if (r.kind === 'recital') s += 'R';
  if (r.chapter !== undefined) s += `${r.chapter}:`;
  s += r.article;
  if (r.paragraph !== undefined) s += `(${r.paragraph})`;
  if (r.point !== undefined) s += `(${r.point})`;
  if (r.to !== undefined) s += `-${r.to}`;
  return s;
}

const english: Row[] = [
  ['en', 'Art. 6(1)(f) GDPR', '6(1)(f)'],
  ['en', 'Article 13', '13'],
  ['en', 'Articles 15 to 22', '15-22'],
  ['en', 'Art. 15–22', '15-22'],
  ['en', 'art. 6.1 f GDPR', '6(1)(f)'],
  ['en', 'Article 6(1)(a) GDPR', '6(1)(a)'],
  ['en', 'We rely on Article 6(1)(b) of the GDPR.', 'Article 6(1)(b) of the GDPR=6(1)(b)'],
  ['en', 'Art. 9(2)(a) GDPR', '9(2)(a)'],
  ['en', 'Article 13(2)(b)', '13(2)(b)'],
  ['en', 'Art 6 (1) (c) GDPR', '6(1)(c)'],
  ['en', 'Art. 6 para. 1 lit. f GDPR', '6(1)(f)'],
  ['en', 'Article 6 paragraph 1 point (e)', '6(1)(e)'],
  ['en', 'Article 4(7)', '4(7)'],
  ['en', 'Art. 4(11) GDPR', '4(11)'],
  ['en', 'Articles 13 and 14 GDPR', 'Articles 13=13', '14 GDPR=14'],
  ['en', 'Articles 13, 14 and 21', 'Articles 13=13', '14=14', '21=21'],
  ['en', 'Art. 6(1)(a) and (b) GDPR', 'Art. 6(1)(a)=6(1)(a)', '(b) GDPR=6(1)(b)'],
  ['en', 'Art. 6(1)(b), (c) and (f)', 'Art. 6(1)(b)=6(1)(b)', '(c)=6(1)(c)', '(f)=6(1)(f)'],
  ['en', 'Articles 15-22 GDPR', '15-22'],
  ['en', 'Arts. 12 to 14', '12-14'],
  ['en', 'GDPR Article 13', '13'],
  ['en', 'under Article 21 of the General Data Protection Regulation', 'Article 21 of the General Data Protection Regulation=21'],
  ['en', 'Article 28 of Regulation (EU) 2016/679', '28'],
  ['en', 'Recital 47', 'R47'],
  ['en', 'recitals 39 and 58', 'recitals 39=R39', '58=R58'],
  ['en', 'Recital 71 GDPR', 'R71'],
  ['en', 'Article 5(3) of the ePrivacy Directive', 'eprivacy:5(3)'],
  ['en', 'Art. 5(3) of Directive 2002/58/EC', 'eprivacy:5(3)'],
  ['en', 'Art. 5(3) ePrivacy Directive', 'eprivacy:5(3)'],
  ['en', 'Section 25 TDDDG', 'de-tdddg:25'],
  ['en', 'See Art. 6(1)(f) GDPR. Also Article 7.', 'Art. 6(1)(f) GDPR=6(1)(f)', 'Article 7=7'],
  ['en', 'Art.\n6 GDPR', '6'],
  ['en', 'Art.&nbsp;6 GDPR', '6'],
  ['en', 'Article 13 and Article 14 GDPR', 'Article 13=13', 'Article 14 GDPR=14'],
  ['en', 'Art. 6(1)(f)GDPR', '6(1)(f)'],
  ['en', 'Article 6(1) a controller must', 'Article 6(1)=6(1)'],
  ['en', 'Article 6(1), i.e. consent', 'Article 6(1)=6(1)'],
  ['en', 'Article 13 (information to be provided)', 'Article 13=13'],
];

const swedish: Row[] = [
  ['sv', 'artikel 6.1 f dataskyddsförordningen', '6(1)(f)'],
  ['sv', 'artikel 6.1 f i dataskyddsförordningen', '6(1)(f)'],
  ['sv', 'artikel 6.1 i dataskyddsförordningen', '6(1)'],
  ['sv', 'Artikel 13 i dataskyddsförordningen', '13'],
  ['sv', 'artikel 6.1 a GDPR', '6(1)(a)'],
  ['sv', 'art. 6.1 b GDPR', '6(1)(b)'],
  ['sv', 'artikel 9.2 h', '9(2)(h)'],
  ['sv', 'artikel 6 punkt 1 led f', '6(1)(f)'],
  ['sv', 'artiklarna 15–22 i dataskyddsförordningen', '15-22'],
  ['sv', 'artiklarna 15 till 22', '15-22'],
  ['sv', 'artikel 13 och 14 i dataskyddsförordningen', 'artikel 13=13', '14 i dataskyddsförordningen=14'],
  ['sv', 'artikel 6.1 a och b', 'artikel 6.1 a=6(1)(a)', 'b=6(1)(b)'],
  ['sv', 'dataskyddsförordningens artikel 21', '21'],
  ['sv', 'enligt artikel 9.2 i.', 'artikel 9.2 i=9(2)(i)'],
  ['sv', 'Behandlingen sker med stöd av artikel 6.1 c dataskyddsförordningen.', 'artikel 6.1 c dataskyddsförordningen=6(1)(c)'],
  ['sv', 'artikel 4.7', '4(7)'],
  ['sv', 'artikel 28 i EU:s dataskyddsförordning', '28'],
  ['sv', 'skäl 47', 'R47'],
  ['sv', 'skäl 47 i dataskyddsförordningen', 'R47'],
  ['sv', 'skälen 39 och 58', 'skälen 39=R39', '58=R58'],
  ['sv', 'artikel 5.3 i direktiv 2002/58/EG', 'eprivacy:5(3)'],
  ['sv', 'artikel 5.3 i ePrivacy-direktivet', 'eprivacy:5(3)'],
  ['sv', '9 kap. 28 § LEK', 'se-lek:9:28'],
  ['sv', '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation', 'se-lek:9:28'],
  ['sv', '3 kap. 5 § dataskyddslagen', 'se-dataskyddslagen:3:5'],
  ['sv', 'artikel 6.1.f GDPR', '6(1)(f)'],
];

const danish: Row[] = [
  ['da', 'artikel 6, stk. 1, litra f', '6(1)(f)'],
  ['da', 'databeskyttelsesforordningens artikel 13', '13'],
  ['da', 'artikel 6, stk. 1, litra f, i databeskyttelsesforordningen', '6(1)(f)'],
  ['da', 'artikel 6, stk. 1, litra a', '6(1)(a)'],
  ['da', 'artikel 9, stk. 2, litra a', '9(2)(a)'],
  ['da', 'artikel 13, stk. 2', '13(2)'],
  ['da', 'artikel 15-22 i databeskyttelsesforordningen', '15-22'],
  ['da', 'artikel 15 til 22', '15-22'],
  ['da', 'artikel 13 og 14 i databeskyttelsesforordningen', 'artikel 13=13', '14 i databeskyttelsesforordningen=14'],
  ['da', 'persondataforordningens artikel 6', '6'],
  ['da', 'artikel 4, nr. 7', '4(7)'],
  ['da', 'artikel 6, stk. 1, litra b og c', 'artikel 6, stk. 1, litra b=6(1)(b)', 'c=6(1)(c)'],
  ['da', 'Behandlingen sker efter artikel 6, stk. 1, litra c, i GDPR.', 'artikel 6, stk. 1, litra c, i GDPR=6(1)(c)'],
  ['da', 'databeskyttelsesforordningens artikel 6, stk. 1, litra f', '6(1)(f)'],
  ['da', 'art. 6, stk. 1, litra e', '6(1)(e)'],
  ['da', 'betragtning 47', 'R47'],
  ['da', 'præambelbetragtning 47', 'R47'],
  ['da', 'betragtning nr. 47 i databeskyttelsesforordningen', 'R47'],
  ['da', 'artikel 5, stk. 3, i e-databeskyttelsesdirektivet', 'eprivacy:5(3)'],
  ['da', 'databeskyttelseslovens § 6', 'dk-databeskyttelsesloven:6'],
  ['da', '§ 6 i databeskyttelsesloven', 'dk-databeskyttelsesloven:6'],
  ['da', '§ 6, stk. 1, i databeskyttelsesloven', 'dk-databeskyttelsesloven:6(1)'],
  ['da', 'artikel 21', '21'],
];

const norwegian: Row[] = [
  ['nb', 'personvernforordningen artikkel 6 nr. 1 bokstav f', '6(1)(f)'],
  ['nb', 'artikkel 6 nr. 1 bokstav f i personvernforordningen', '6(1)(f)'],
  ['nb', 'personvernforordningen artikkel 13', '13'],
  ['nb', 'personvernforordningens artikkel 21', '21'],
  ['nb', 'artikkel 9 nr. 2 bokstav a', '9(2)(a)'],
  ['nb', 'artikkel 13 nr. 2 bokstav b', '13(2)(b)'],
  ['nb', 'artikkel 6 (1) bokstav c', '6(1)(c)'],
  ['nb', 'artikkel 6 nr. 1 bokstav a og b', 'artikkel 6 nr. 1 bokstav a=6(1)(a)', 'b=6(1)(b)'],
  ['nb', 'artikkel 15 til 22', '15-22'],
  ['nb', 'artiklene 15–22 i personvernforordningen', '15-22'],
  ['nb', 'artikkel 13 og 14', 'artikkel 13=13', '14=14'],
  ['nb', 'GDPR artikkel 6 nr. 1 bokstav b', '6(1)(b)'],
  ['nb', 'Vi behandler opplysningene etter personvernforordningen artikkel 6 nr. 1 bokstav c.', 'personvernforordningen artikkel 6 nr. 1 bokstav c=6(1)(c)'],
  ['nb', 'artikkel 4 nr. 7', '4(7)'],
  ['nb', 'fortale 47', 'R47'],
  ['nb', 'fortalepunkt 47', 'R47'],
  ['nb', 'personvernforordningen fortale 47', 'R47'],
  ['nb', 'personopplysningsloven § 2', 'no-personopplysningsloven:2'],
  ['nb', 'personopplysningsloven § 1', 'no-personopplysningsloven:1'],
  ['nb', '§ 2 i personopplysningsloven', 'no-personopplysningsloven:2'],
  ['nb', 'artikkel 5 nr. 3 i ePrivacy-direktivet', 'eprivacy:5(3)'],
  ['nb', 'art. 6 nr. 1 bokstav e', '6(1)(e)'],
];

const finnish: Row[] = [
  ['fi', 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta', '6(1)(f)'],
  ['fi', 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan nojalla', 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan=6(1)(f)'],
  ['fi', 'tietosuoja-asetuksen 13 artikla', '13'],
  ['fi', '6 artiklan 1 kohdan a alakohta', '6(1)(a)'],
  ['fi', 'EU:n yleisen tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdassa', '13(2)(b)'],
  ['fi', 'GDPR:n 6 artikla', '6'],
  ['fi', '9 artiklan 2 kohdan a alakohta', '9(2)(a)'],
  ['fi', '15–22 artikla', '15-22'],
  ['fi', 'tietosuoja-asetuksen 15–22 artiklassa', '15-22'],
  ['fi', '13 ja 14 artiklassa', '13=13', '14 artiklassa=14'],
  ['fi', 'tietosuoja-asetuksen 21 artiklan mukaisesti', 'tietosuoja-asetuksen 21 artiklan=21'],
  ['fi', 'Käsittely perustuu tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohtaan.', 'tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohtaan=6(1)(c)'],
  ['fi', '13 artiklan 2 kohta', '13(2)'],
  ['fi', '4 artiklan 7 kohta', '4(7)'],
  ['fi', 'yleisen tietosuoja-asetuksen 28 artikla', '28'],
  ['fi', 'johdanto-osan 47 kappale', 'R47'],
  ['fi', 'johdanto-osan 47 perustelukappale', 'R47'],
  ['fi', 'tietosuoja-asetuksen johdanto-osan 47 kappaleessa', 'R47'],
  ['fi', 'tietosuojalain 4 §', 'fi-tietosuojalaki:4'],
  ['fi', 'tietosuojalain 4 §:n mukaan', 'tietosuojalain 4 §:n=fi-tietosuojalaki:4'],
  ['fi', 'sähköisen viestinnän palveluista annetun lain 205 §', 'fi-sahkoinen-viestinta:205'],
  ['fi', 'direktiivin 2002/58/EY 5 artiklan 3 kohta', 'eprivacy:5(3)'],
  ['fi', 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta.', 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta=6(1)(f)'],
  ['fi', 'Katso 6 artikla. GDPR:n muut säännökset', '6 artikla=6'],
];

const german: Row[] = [
  ['de', 'Art. 6 Abs. 1 lit. f DSGVO', '6(1)(f)'],
  ['de', 'Art. 6 Abs. 1 S. 1 lit. b DSGVO', '6(1)(b)'],
  ['de', 'Art. 6 Abs. 1 UAbs. 1 lit. f der Datenschutz-Grundverordnung', '6(1)(f)'],
  ['de', 'Art. 6 I 1 lit. f DSGVO', '6(1)(f)'],
  ['de', 'Art. 6 Abs. 1 Buchst. a DS-GVO', '6(1)(a)'],
  ['de', 'Artikel 6 Absatz 1 Buchstabe c DSGVO', '6(1)(c)'],
  ['de', 'Art. 9 Abs. 2 lit. a DSGVO', '9(2)(a)'],
  ['de', 'Art. 13 Abs. 2 lit. b DSGVO', '13(2)(b)'],
  ['de', 'Art. 4 Nr. 7 DSGVO', '4(7)'],
  ['de', 'Art. 15 bis 22 DSGVO', '15-22'],
  ['de', 'Art. 15–22 DSGVO', '15-22'],
  ['de', 'Art. 13 und 14 DSGVO', 'Art. 13=13', '14 DSGVO=14'],
  ['de', 'Art. 6 Abs. 1 lit. a, b DSGVO', 'Art. 6 Abs. 1 lit. a=6(1)(a)', 'b DSGVO=6(1)(b)'],
  ['de', 'Art. 6 Abs. 1 lit. f EU-DSGVO', '6(1)(f)'],
  ['de', 'Wir verarbeiten Ihre Daten gemäß Art. 6 Abs. 1 lit. b DSGVO.', 'Art. 6 Abs. 1 lit. b DSGVO=6(1)(b)'],
  ['de', 'Art. 21 DSGVO', '21'],
  ['de', 'Artt. 12 ff. DSGVO', 'Artt. 12=12'],
  ['de', 'DSGVO Art. 17', '17'],
  ['de', 'Erwägungsgrund 47', 'R47'],
  ['de', 'Erwägungsgrund 47 DSGVO', 'R47'],
  ['de', 'ErwGr. 47', 'R47'],
  ['de', 'Erwägungsgründe 39 und 58', 'Erwägungsgründe 39=R39', '58=R58'],
  ['de', 'Art. 5 ePrivacy-Richtlinie', 'eprivacy:5'],
  ['de', 'Art. 5 Abs. 3 der Richtlinie 2002/58/EG', 'eprivacy:5(3)'],
  ['de', 'Art. 5 Abs. 3 ePrivacy-RL', 'eprivacy:5(3)'],
  ['de', '§ 25 TDDDG', 'de-tdddg:25'],
  ['de', '§ 25 Abs. 1 TDDDG', 'de-tdddg:25(1)'],
  ['de', '§ 25 Abs. 2 Nr. 2 TTDSG', 'de-tdddg:25(2)(2)'],
  ['de', '§ 26 BDSG', 'de-bdsg:26'],
  ['de', '§ 26 Abs. 1 des Bundesdatenschutzgesetzes', 'de-bdsg:26(1)'],
];

const french: Row[] = [
  ['fr', 'article 6, paragraphe 1, point f) du RGPD', '6(1)(f)'],
  ['fr', "l'article 6 du RGPD", 'article 6 du RGPD=6'],
  ['fr', 'article 6.1.f du RGPD', '6(1)(f)'],
  ['fr', 'article 6.1 f) du RGPD', '6(1)(f)'],
  ['fr', 'article 6, paragraphe 1, point a), du RGPD', '6(1)(a)'],
  ['fr', 'article 9, paragraphe 2, point a)', '9(2)(a)'],
  ['fr', 'art. 6 § 1 f) RGPD', '6(1)(f)'],
  ['fr', 'articles 15 à 22 du RGPD', '15-22'],
  ['fr', 'articles 13 et 14 du RGPD', 'articles 13=13', '14 du RGPD=14'],
  ['fr', 'article 6, paragraphe 1, points b) et c)', 'article 6, paragraphe 1, points b)=6(1)(b)', 'c)=6(1)(c)'],
  ['fr', "article 28 du règlement général sur la protection des données", '28'],
  ['fr', 'article 28 du règlement (UE) 2016/679', '28'],
  ['fr', 'Nous traitons vos données sur le fondement de l’article 6.1.b du RGPD.', 'article 6.1.b du RGPD=6(1)(b)'],
  ['fr', 'article 4, point 7)', '4(7)'],
  ['fr', 'article 21 du RGPD', '21'],
  ['fr', 'considérant 47', 'R47'],
  ['fr', 'considérant (47)', 'R47'],
  ['fr', 'considérant 47 du RGPD', 'R47'],
  ['fr', 'considérants 39 et 58', 'considérants 39=R39', '58=R58'],
  ['fr', "l'article 82 de la loi Informatique et Libertés", 'article 82 de la loi Informatique et Libertés=fr-lil:82'],
  ['fr', 'article 82 de la loi n° 78-17 du 6 janvier 1978', 'fr-lil:82'],
  ['fr', "l'article 5, paragraphe 3, de la directive 2002/58/CE", 'article 5, paragraphe 3, de la directive 2002/58/CE=eprivacy:5(3)'],
  ['fr', 'article 5.3 de la directive ePrivacy', 'eprivacy:5(3)'],
];

/** Not references, or not to the GDPR: they must parse as nothing, or as the act they name. */
const negatives: Row[] = [
  ['en', 'Article'],
  ['en', 'Art. 100 GDPR'],
  ['en', 'Article 0'],
  ['en', 'Recital 200'],
  ['en', 'paragraph 2 applies'],
  ['en', 'point (f) of the list'],
  ['en', 'modern art 2020'],
  ['en', 'the art of 6 things'],
  ['en', 'Article 8 of the Charter'],
  ['en', 'Article 8 ECHR'],
  ['en', 'Article 5 of Directive 95/46/EC'],
  ['en', 'Article 6 UK GDPR'],
  ['en', 'section 5'],
  ['en', 'Art.\n\n6'],
  ['en', 'Article 5 of the ePrivacy Directive', 'eprivacy:5'],
  ['de', '§ 13 TMG'],
  ['de', 'Art. 8 EMRK'],
  ['de', 'Art. 19 DSG'],
  ['de', 'Art. 2 GG'],
  ['de', '§ 25 TDDDG', 'de-tdddg:25'],
  ['de', 'Art. 5 ePrivacy-Richtlinie', 'eprivacy:5'],
  ['de', 'Art. 5 der Richtlinie'],
  ['de', 'Artikelnummer 5'],
  ['sv', 'artikeln om kakor'],
  ['sv', '6 kap. 18 § lagen om upphovsrätt'],
  ['sv', 'artikel 8 i Europakonventionen'],
  ['sv', 'enligt 28 §. Dataskyddslagen gäller också.'],
  ['da', '§ 5 i markedsføringsloven'],
  ['nb', '§ 2 i arbeidsmiljøloven'],
  ['fi', '5 § mukaan'],
  ['fi', 'vuoden 2018 artikla'],
  ['fr', 'article L. 34-5 du code des postes'],
  ['fr', 'article 9 du code civil'],
];

const rows = [...english, ...swedish, ...danish, ...norwegian, ...finnish, ...german, ...french];

describe('references: the table', () => {
  test('has at least 150 references across the seven languages', () => {
    assert.ok(rows.length >= 150, `${rows.length} rows`);
    assert.deepEqual(new Set(rows.map((r) => r[0])), new Set(['en', 'sv', 'da', 'nb', 'fi', 'de', 'fr']));
  });
  for (const [language, text, ...expected] of [...rows, ...negatives]) {
    test(`${language}: ${JSON.stringify(text)} → ${expected.join(', ') || 'nothing'}`, () => {
      const refs = parseReferences(text, language);
      let from = 0;
      const wanted = expected.map((e) => {
        const [span, ref] = e.includes('=') ? [e.slice(0, e.lastIndexOf('=')), e.slice(e.lastIndexOf('=') + 1)] : [text, e];
        const start = text.indexOf(span, from);
        assert.ok(start >= 0, `"${span}" is not in the text`);
        from = start + span.length;
        return `${start}-${start + span.length} ${ref}`;
      });
      assert.deepEqual(refs.map((r) => `${r.start}-${r.end} ${canonical(r)}`), wanted, JSON.stringify(refs.map((r) => text.slice(r.start, r.end))));
    });
  }
});

describe('references: scanning', () => {
  test('offsets are into the whole text when a part of it is scanned', () => {
    const text = 'Intro. We rely on Art. 6(1)(f) GDPR here.';
    const [ref] = parseReferences(text, 'en', 7, text.length);
    assert.equal(text.slice(ref.start, ref.end), 'Art. 6(1)(f) GDPR');
  });
  test('runs in linear time, also on long lists and on text that only looks like citations', () => {
    const sizes = [20_000, 80_000];
    const times = sizes.map((n) => {
      const text = 'Art. 6(1)(f) GDPR, 1, 2, 3 artikla 9 kap. § ( ) . '.repeat(n / 10) + `Art. ${'1, '.repeat(n)}`;
      const started = performance.now();
      const refs = parseReferences(text, 'fi');
      assert.ok(refs.length >= n / 10);
      return performance.now() - started;
    });
    // Four times the text may take at most about four times as long (with slack for the timer and the JIT).
    assert.ok(times[1] < times[0] * 8 + 50, `times ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
  });
  test('a megabyte of policy text with references takes well under a second', () => {
    const text = 'We process your data under Article 6(1)(b) GDPR and keep it as Articles 5 and 17 require. '.repeat(12_000);
    const started = performance.now();
    assert.equal(parseReferences(text, 'en').length, 36_000);
    assert.ok(performance.now() - started < 1500);
  });
});
