import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverPacks } from '../../server/src/data';
import { analyze, completeReference, createPolicyService, documentLinks, hover } from '../../server/src/service';

/** One small policy per language: a reference to Art. 6(1)(f) and a term, in that language's style. */
const samples = [
  { language: 'en', text: '# Privacy policy\n\nExample Ltd is the controller. We process your data under Art. 6(1)(f) GDPR.\n', reference: 'Art. 6(1)(f) GDPR', term: 'controller', termId: 'controller' },
  { language: 'sv', text: '# Integritetspolicy\n\nExempel AB är personuppgiftsansvarig. Vi behandlar uppgifterna enligt artikel 6.1 f dataskyddsförordningen.\n', reference: 'artikel 6.1 f dataskyddsförordningen', term: 'personuppgiftsansvarig', termId: 'controller' },
  { language: 'da', text: '# Privatlivspolitik\n\nEksempel ApS er dataansvarlig. Vi behandler oplysningerne efter artikel 6, stk. 1, litra f.\n', reference: 'artikel 6, stk. 1, litra f', term: 'dataansvarlig', termId: 'controller' },
  { language: 'nb', text: '# Personvernerklæring\n\nEksempel AS er behandlingsansvarlig. Vi behandler opplysningene etter personvernforordningen artikkel 6 nr. 1 bokstav f.\n', reference: 'personvernforordningen artikkel 6 nr. 1 bokstav f', term: 'behandlingsansvarlig', termId: 'controller' },
  { language: 'fi', text: '# Tietosuojaseloste\n\nEsimerkki Oy on rekisterinpitäjä. Käsittelemme tietoja tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan nojalla.\n', reference: 'tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan', term: 'rekisterinpitäjä', termId: 'controller' },
  { language: 'de', text: '# Datenschutzerklärung\n\nDie Beispiel GmbH ist Verantwortlicher. Wir verarbeiten Ihre Daten nach Art. 6 Abs. 1 lit. f DSGVO.\n', reference: 'Art. 6 Abs. 1 lit. f DSGVO', term: 'Verantwortlicher', termId: 'controller' },
  { language: 'fr', text: "# Politique de confidentialité\n\nExemple SAS est le responsable du traitement. Nous traitons vos données sur la base de l'article 6, paragraphe 1, point f) du RGPD.\n", reference: 'article 6, paragraphe 1, point f) du RGPD', term: 'responsable du traitement', termId: 'controller' },
];
const EXPLAINED = new Set(['en', 'sv', 'da']);
const ELI: Record<string, string> = { en: 'eng', sv: 'swe', da: 'dan', nb: 'eng', fi: 'fin', de: 'deu', fr: 'fra' };

const title = (language: string, article: number) => hoverPacks[language].articles.articles[String(article)].title;
const summary = (language: string, article: number) => hoverPacks[language].articles.articles[String(article)].explanation?.summary ?? '';
const fallbackNote = (language: string) => hoverPacks[language].citations.labels.fallback;
const at = (text: string, part: string) => text.indexOf(part) + Math.floor(part.length / 2);

describe('hover on references', () => {
  for (const s of samples) {
    test(`${s.language}: number, official title, explanation, the point, and EUR-Lex`, () => {
      const found = hover(s.text, at(s.text, s.reference), { language: s.language });
      assert.ok(found);
      assert.equal(s.text.slice(found.span.start, found.span.end), s.reference);
      assert.ok(found.markdown.includes(title(s.language, 6)), 'official title in the document language');
      assert.ok(found.markdown.includes(`eur-lex.europa.eu/eli/reg/2016/679/oj/${ELI[s.language]}`));
      const reader = EXPLAINED.has(s.language) ? s.language : 'en';
      assert.ok(found.markdown.includes(summary(reader, 6)), 'the explanation');
      assert.ok(found.markdown.includes(hoverPacks[reader].articles.articles['6'].explanation!.points!['1(f)']), 'the point named');
      assert.equal(found.markdown.includes(fallbackNote(s.language)), !EXPLAINED.has(s.language), 'a note when English stands in');
      assert.ok(found.markdown.length < 3000, 'short enough for a hover');
    });
  }
  test('Norwegian also links to Lovdata, where the GDPR is Norwegian law', () => {
    const s = samples.find((x) => x.language === 'nb')!;
    assert.match(hover(s.text, at(s.text, s.reference), { language: 'nb' })!.markdown, /lovdata\.no/);
  });
});

describe('reader language and document language', () => {
  const de = samples.find((s) => s.language === 'de')!;
  test('a German document read in Swedish: German citation, title and link; Swedish explanation and link', () => {
    const { markdown } = hover(de.text, at(de.text, de.reference), { language: 'de', uiLanguage: 'sv' })!;
    assert.ok(markdown.startsWith('**Art. 6 Abs. 1 lit. f DSGVO** · ' + title('de', 6)));
    assert.ok(markdown.includes(title('sv', 6)), 'the reader also sees the title in their language');
    assert.ok(markdown.includes(summary('sv', 6)));
    assert.ok(markdown.includes('I integritetspolicyn'));
    assert.ok(markdown.includes('/oj/deu') && markdown.includes('/oj/swe'));
    assert.ok(!markdown.includes(fallbackNote('sv')));
  });
  test('read in German, the English explanation comes with a German note', () => {
    const sv = samples.find((s) => s.language === 'sv')!;
    const { markdown } = hover(sv.text, at(sv.text, sv.reference), { language: 'sv', uiLanguage: 'de' })!;
    assert.ok(markdown.includes(summary('en', 6)));
    assert.ok(markdown.includes(fallbackNote('de')));
    assert.ok(markdown.includes('Artikel 6.1 f dataskyddsförordningen'));
  });
  test('a locale like "sv-SE" or "no" reads as sv or nb; an unknown one as English', () => {
    const en = samples[0];
    assert.ok(hover(en.text, at(en.text, en.reference), { uiLanguage: 'sv-SE' })!.markdown.includes(summary('sv', 6)));
    assert.ok(hover(en.text, at(en.text, en.reference), { uiLanguage: 'no' })!.markdown.includes(fallbackNote('nb')));
    assert.ok(hover(en.text, at(en.text, en.reference), { uiLanguage: 'ja' })!.markdown.includes(summary('en', 6)));
  });
  test('the document language is detected when not given', () => {
    const text = 'Vi behandlar dina personuppgifter för att kunna leverera dina beställningar och för att vi har ett berättigat intresse av det enligt artikel 6.1 f dataskyddsförordningen.';
    assert.ok(hover(text, at(text, 'artikel 6.1 f'))!.markdown.includes(title('sv', 6)));
  });
});

describe('hover on terms', () => {
  for (const s of samples) {
    test(`${s.language}: "${s.term}" is explained, with its defining article`, () => {
      const found = hover(s.text, at(s.text, s.term), { language: s.language });
      assert.ok(found);
      assert.ok(s.text.slice(found.span.start, found.span.end).toLowerCase().includes(s.term.toLowerCase()));
      const entry = hoverPacks[s.language].terms.terms.find((t) => t.id === s.termId)!;
      assert.ok(found.markdown.includes(`**${entry.label}**`));
      assert.ok(found.markdown.includes(entry.explanation));
      assert.ok(found.markdown.includes(title(s.language, 4)), 'the defining article (4) by its title');
      assert.match(found.markdown, /\]\(https:\/\/eur-lex\.europa\.eu\//);
    });
  }
  test('the explanation follows the reader, the label the document', () => {
    const de = samples.find((s) => s.language === 'de')!;
    const { markdown } = hover(de.text, at(de.text, de.term), { language: 'de', uiLanguage: 'en' })!;
    assert.ok(markdown.startsWith('**Verantwortlicher** · *controller*'));
    assert.ok(markdown.includes(hoverPacks.en.terms.terms[0].explanation));
    assert.ok(markdown.includes('Art. 4 Nr. 7 DSGVO'), 'cited in the document’s style');
  });
});

describe('hover on diagnostics', () => {
  for (const s of samples) {
    test(`${s.language}: a missing requirement explains itself, its article and the fix`, () => {
      const analysis = analyze(s.text, { language: s.language, messagesLanguage: s.language });
      const finding = analysis.findings.find((f) => f.code === 'purposes')!;
      assert.ok(finding, 'the sample lacks its purposes');
      const found = hover(s.text, finding.span.start, { analysis, uiLanguage: s.language });
      assert.ok(found);
      const labels = hoverPacks[s.language].citations.labels;
      assert.ok(found.markdown.includes('GDPR Lens'));
      assert.ok(found.markdown.includes(`**${labels.fix}:**`));
      assert.match(found.markdown, /eur-lex\.europa\.eu/);
      assert.ok(found.markdown.includes(title(s.language, 13)) || found.markdown.includes('13'), 'article 13');
    });
  }
  test('the fix names the standard clause when the clause library has one', () => {
    const s = samples[0];
    const analysis = analyze(s.text, { language: 'en' });
    const finding = analysis.findings.find((f) => f.code === 'purposes')!;
    assert.match(hover(s.text, finding.span.start, { analysis })!.markdown, /Standard clause: \*\*.+\*\* \(snippet `gdpr-purposes`\)/);
  });
  test('a reviewer check shows its message and the article the message cites', () => {
    const text = '# Privacy policy\n\nExample Ltd is the controller. We keep your data for as long as necessary.\n';
    const analysis = analyze(text, { language: 'en' });
    const finding = analysis.findings.find((f) => f.code === 'vague-retention')!;
    const { markdown } = hover(text, finding.span.start + 1, { analysis })!;
    assert.ok(markdown.includes(finding.message));
    assert.ok(markdown.includes('Art. 13(2)(a) GDPR'));
    assert.ok(markdown.includes(hoverPacks.en.articles.articles['13'].explanation!.points!['2(a)']));
  });
  test('many findings on one range: three are explained, the rest counted', () => {
    const text = '# Privacy policy\n\nHello.\n';
    const analysis = analyze(text, { language: 'en' });
    const { markdown } = hover(text, 3, { analysis })!;
    assert.equal(markdown.split('GDPR Lens:').length - 1, 3);
    assert.match(markdown, /\d+ more findings here/);
  });
});

describe('hover on recitals, ranges and other acts', () => {
  test('a recital, explained, with the fallback note for a reader without one', () => {
    const text = 'See recital 47 on legitimate interests.';
    const en = hover(text, at(text, '47'), { language: 'en' })!;
    assert.ok(en.markdown.startsWith('**Recital 47 GDPR**'));
    assert.ok(en.markdown.includes(hoverPacks.en.articles.recitals!['47'].explanation!.summary!));
    assert.ok(hover(text, at(text, '47'), { language: 'en', uiLanguage: 'fi' })!.markdown.includes(fallbackNote('fi')));
  });
  test('a range lists each article by title', () => {
    const text = 'Articles 15 to 22 GDPR give you rights.';
    const { markdown } = hover(text, at(text, '15'), { language: 'en' })!;
    for (let n = 15; n <= 22; n++) assert.ok(markdown.includes(`Art. ${n} GDPR · ${title('en', n)}`));
  });
  test('§ 25 TDDDG: the act, our explanation of the provision, the section on gesetze-im-internet.de', () => {
    const text = 'Cookies setzen wir nur mit Einwilligung nach § 25 TDDDG.';
    const { markdown, span } = hover(text, at(text, '25'), { language: 'de' })!;
    assert.equal(text.slice(span.start, span.end), '§ 25 TDDDG');
    assert.ok(markdown.includes('Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz'));
    assert.ok(markdown.includes('https://www.gesetze-im-internet.de/ttdsg/__25.html'));
    assert.ok(!markdown.includes('Rechtmäßigkeit'), 'not a GDPR article');
  });
  test('Art. 5(3) of the ePrivacy Directive, explained in the reader’s language, linked on EUR-Lex', () => {
    const text = 'Cookies need consent under Article 5(3) of the ePrivacy Directive.';
    const { markdown } = hover(text, at(text, 'Article 5'), { language: 'en', uiLanguage: 'sv' })!;
    assert.ok(markdown.includes('kakor'));
    assert.ok(markdown.includes('CELEX:02002L0058'));
  });
});

describe('no hover', () => {
  test('outside the text, in plain prose, and for references to acts we do not know', () => {
    const text = 'We love cats. Art. 8 ECHR protects privacy.';
    for (const offset of [-1, text.length + 1, Number.NaN, 1.5]) assert.equal(hover(text, offset, { language: 'en' }), null);
    assert.equal(hover(text, 3, { language: 'en' }), null);
    assert.equal(hover(text, at(text, 'Art. 8'), { language: 'en' }), null);
    assert.equal(hover('', 0), null);
  });
});

describe('document links', () => {
  for (const s of samples) {
    test(`${s.language}: the reference links to EUR-Lex in the document's language`, () => {
      const links = documentLinks(s.text, { language: s.language });
      assert.equal(links.length, 1);
      assert.equal(s.text.slice(links[0].span.start, links[0].span.end), s.reference);
      assert.equal(links[0].url, `https://eur-lex.europa.eu/eli/reg/2016/679/oj/${ELI[s.language]}`);
      assert.ok(links[0].tooltip.includes(title(s.language, 6)));
    });
  }
  test('national acts link to their publisher', () => {
    const links = documentLinks('§ 26 BDSG und § 25 TDDDG', { language: 'de' });
    assert.deepEqual(links.map((l) => l.url), ['https://www.gesetze-im-internet.de/bdsg_2018/__26.html', 'https://www.gesetze-im-internet.de/ttdsg/__25.html']);
  });
});

describe('completion of references', () => {
  const cases: [language: string, text: string][] = [
    ['en', 'See Art. 1'],
    ['en', 'under Article 1'],
    ['sv', 'enligt artikel 1'],
    ['da', 'efter artikel 1'],
    ['nb', 'etter artikkel 1'],
    ['de', 'gemäß Artikel 1'],
    ['de', 'nach Art. 1'],
    ['fr', "conformément à l'article 1"],
  ];
  for (const [language, text] of cases) {
    test(`${language}: "${text}" offers 1 and 10–19 with their titles`, () => {
      const items = completeReference(text, text.length, { language });
      assert.deepEqual(items.map((i) => i.label), ['1', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
      const twelve = items.find((i) => i.label === '12')!;
      assert.equal(twelve.detail, title(language, 12));
      assert.equal(twelve.insertText, '12');
      assert.deepEqual(twelve.span, { start: text.length - 1, end: text.length });
    });
  }
  test('after "Art. " every article is offered, sorted by number', () => {
    const items = completeReference('Art. ', 5, { language: 'en' });
    assert.equal(items.length, 99);
    assert.deepEqual(items.map((i) => i.sortText).slice(0, 3), ['001', '002', '003']);
  });
  test('Finnish: digits before "artikla", or after the act, complete the number', () => {
    const before = completeReference('1 artiklan mukaan', 1, { language: 'fi' });
    assert.equal(before.find((i) => i.label === '13')!.insertText, '13');
    assert.equal(before.find((i) => i.label === '13')!.detail, title('fi', 13));
    const after = completeReference('tietosuoja-asetuksen 1', 22, { language: 'fi' });
    assert.equal(after.find((i) => i.label === '13')!.insertText, '13 artikla');
  });
  test('the documentation is our summary in the reader’s language', () => {
    const items = completeReference('Art. 1', 6, { language: 'de', uiLanguage: 'da' });
    assert.equal(items.find((i) => i.label === '13')!.documentation, summary('da', 13));
  });
  test('nothing where no reference is being typed', () => {
    for (const text of ['in the year 2020', 'Art. 123', 'Art.', 'apartment 1']) assert.deepEqual(completeReference(text, text.length, { language: 'en' }), []);
    assert.deepEqual(completeReference('Art. 1', 99, { language: 'en' }), []);
  });
});

describe('the policy service facade', () => {
  test('offers hover, links and completion next to analyze', () => {
    const service = createPolicyService();
    const text = 'We rely on Art. 6(1)(f) GDPR.';
    assert.ok(service.hover(text, at(text, 'Art.'), { language: 'en' }));
    assert.equal(service.documentLinks(text, { language: 'en' }).length, 1);
    assert.ok(service.completeReference('Art. 1', 6, { language: 'en' }).length > 0);
  });
});
