import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { allScopes, contributedGrammars, grammarPath, loadGrammar, MARKDOWN, PLAIN, POLICY, REFERENCES, scopesAt, spans, tokenize } from '../helpers/grammar';
import { labelledFixtures } from '../helpers/fixtures';

// The TextMate grammars: syntaxes/privacy-policy.tmLanguage.json (the privacy-policy language) and
// syntaxes/gdpr-references.injection.tmLanguage.json (GDPR references, injected into Markdown, plain text and
// privacy-policy documents). Tokenized with vscode-textmate + vscode-oniguruma, as in the editor.

const SCOPE = {
  article: 'entity.name.tag.article-reference.gdpr-lens',
  recital: 'entity.name.tag.recital-reference.gdpr-lens',
  basis: 'keyword.other.legal-basis.gdpr-lens',
  right: 'support.type.right.gdpr-lens',
  duration: 'constant.numeric.duration.gdpr-lens',
  email: 'markup.underline.link.email.gdpr-lens',
  url: 'markup.underline.link.gdpr-lens',
  organisation: 'constant.numeric.organisation-number.gdpr-lens',
  placeholder: 'invalid.illegal.placeholder.gdpr-lens',
} as const;
type Kind = keyof typeof SCOPE;

const KIND_NAMES: Record<Kind, string> = {
  article: 'an article reference',
  recital: 'a recital reference',
  basis: 'a legal basis',
  right: 'a data-subject right',
  duration: 'a duration',
  email: 'an e-mail address',
  url: 'a URL',
  organisation: 'an organisation number',
  placeholder: 'a placeholder',
};
const LANGUAGE_NAMES = { en: 'an English', sv: 'a Swedish', da: 'a Danish', nb: 'a Norwegian', fi: 'a Finnish', de: 'a German', fr: 'a French' } as const;
type Language = keyof typeof LANGUAGE_NAMES;

/** One positive case: in `line`, exactly `expected` (no more, no less) carries the kind's scope. */
interface Case {
  language: Language;
  kind: Kind;
  line: string;
  expected: string;
}
const c = (language: Language, kind: Kind, expected: string, line: string): Case => ({ language, kind, expected, line });

const HOSTS = [POLICY, MARKDOWN, PLAIN];

/** Asserts that, in every host grammar, `expected` is one whole span of `scope` in `line`. */
async function assertScoped(line: string, scope: string, expected: string, hosts = HOSTS): Promise<void> {
  for (const host of hosts) {
    const found = spans(await tokenize(host, line), scope);
    assert.ok(found.includes(expected), `${host}: expected "${expected}" as ${scope} in ${JSON.stringify(line)}, got ${JSON.stringify(found)}`);
  }
}

/** Asserts that nothing in `line` carries `scope`, in every host grammar. */
async function assertNotScoped(line: string, scope: string, hosts = HOSTS): Promise<void> {
  for (const host of hosts) {
    assert.deepEqual(spans(await tokenize(host, line), scope), [], `${host}: ${JSON.stringify(line)} should have no ${scope}`);
  }
}

const CASES: Case[] = [
  // English
  c('en', 'article', 'Art. 6(1)(a) GDPR', 'We send the newsletter on the basis of Art. 6(1)(a) GDPR.'),
  c('en', 'article', 'Article 13', 'This notice gives you the information required by Article 13.'),
  c('en', 'recital', 'Recital 47', 'Direct marketing may be a legitimate interest (see Recital 47).'),
  c('en', 'basis', 'consent', 'Where we rely on your consent, you may withdraw it.'),
  c('en', 'basis', 'legitimate interests', 'Fraud checks are based on our legitimate interests.'),
  c('en', 'basis', 'performance of a contract', 'Delivery data is processed for the performance of a contract with you.'),
  c('en', 'basis', 'legal obligation', 'Invoices are kept to meet a legal obligation under tax law.'),
  c('en', 'right', 'right of access', 'You have the right of access to the data we hold about you.'),
  c('en', 'right', 'right to erasure', 'You can exercise your right to erasure by writing to us.'),
  c('en', 'right', 'right to data portability', 'The right to data portability applies to data you gave us.'),
  c('en', 'right', 'right to object', 'You have the right to object to direct marketing at any time.'),
  c('en', 'duration', '2 years', 'Support tickets are deleted after 2 years.'),
  c('en', 'duration', '6 months', 'CCTV footage is kept for no longer than 6 months.'),
  c('en', 'duration', '6–12 months', 'Server logs are kept for 6–12 months.'),
  c('en', 'email', 'privacy@harbour-example.co.uk', 'Questions? Write to privacy@harbour-example.co.uk and we will reply.'),
  c('en', 'url', 'https://example.com/privacy', 'The full notice is at https://example.com/privacy.'),
  c('en', 'url', 'https://ico.org.uk/make-a-complaint', 'Complaints go to the ICO (https://ico.org.uk/make-a-complaint).'),
  c('en', 'placeholder', '[company name]', '[company name] is the controller of your personal data.'),
  c('en', 'placeholder', '<insert date>', 'This policy was last updated on <insert date>.'),
  c('en', 'placeholder', 'TODO', 'Retention period: TODO'),
  c('en', 'placeholder', 'XXX', 'Our data protection officer can be reached on XXX.'),
  // Swedish
  c('sv', 'article', 'artikel 6.1 a', 'Vi skickar nyhetsbrevet med stöd av artikel 6.1 a.'),
  c('sv', 'article', 'art. 13 i dataskyddsförordningen', 'Denna information lämnas enligt art. 13 i dataskyddsförordningen.'),
  c('sv', 'recital', 'skäl 47', 'Direktmarknadsföring kan vara ett berättigat intresse, se skäl 47.'),
  c('sv', 'basis', 'samtycke', 'Du kan när som helst återta ditt samtycke.'),
  c('sv', 'basis', 'berättigat intresse', 'Behandlingen grundar sig på vårt berättigade intresse och ett berättigat intresse hos kunden.'),
  c('sv', 'basis', 'rättslig förpliktelse', 'Bokföringen sparas för att uppfylla en rättslig förpliktelse.'),
  c('sv', 'right', 'rätt till radering', 'Du har rätt till radering av dina uppgifter.'),
  c('sv', 'right', 'dataportabilitet', 'Du kan även begära dataportabilitet.'),
  c('sv', 'right', 'rätt att invända', 'Du har alltid rätt att invända mot direktmarknadsföring.'),
  c('sv', 'duration', '5 år', 'Kvitton sparas i 5 år.'),
  c('sv', 'duration', '10 år efter avslutad affärsrelation', 'Avtal sparas i 10 år efter avslutad affärsrelation, därefter raderas de.'),
  c('sv', 'email', 'dataskydd@exempelbolaget.se', 'Kontakta oss på dataskydd@exempelbolaget.se om du har frågor.'),
  c('sv', 'organisation', 'org.nr 556677-8899', 'Exempelbolaget AB, org.nr 556677-8899, är personuppgiftsansvarig.'),
  c('sv', 'organisation', '556677-8899', 'Personuppgiftsansvarig är Exempelbolaget AB (556677-8899).'),
  c('sv', 'placeholder', '[företagsnamn]', '[företagsnamn] är personuppgiftsansvarig för behandlingen.'),
  // Danish
  c('da', 'article', 'artikel 6, stk. 1, litra a', 'Vi sender nyhedsbrevet på grundlag af artikel 6, stk. 1, litra a.'),
  c('da', 'recital', 'præambelbetragtning 47', 'Direkte markedsføring kan være en legitim interesse, jf. præambelbetragtning 47.'),
  c('da', 'basis', 'samtykke', 'Du kan til enhver tid trække dit samtykke tilbage.'),
  c('da', 'basis', 'legitim interesse', 'Behandlingen sker på grundlag af en legitim interesse i at forebygge svindel.'),
  c('da', 'basis', 'retlig forpligtelse', 'Vi opbevarer bilag for at overholde en retlig forpligtelse.'),
  c('da', 'right', 'ret til indsigt', 'Du har ret til indsigt i de oplysninger, vi behandler om dig.'),
  c('da', 'right', 'ret til dataportabilitet', 'Du har også ret til dataportabilitet.'),
  c('da', 'right', 'ret til indsigelse', 'Du har ret til indsigelse mod behandlingen.'),
  c('da', 'duration', '12 måneder', 'Vi gemmer dine ordrer i 12 måneder.'),
  c('da', 'duration', '5 år efter ophør af kundeforholdet', 'Regnskabsmateriale gemmes i 5 år efter ophør af kundeforholdet.'),
  c('da', 'organisation', 'CVR 12345678', 'Eksempel ApS, CVR 12345678, er dataansvarlig.'),
  c('da', 'organisation', 'CVR-nr. 12345678', 'Eksempel ApS (CVR-nr. 12345678) er dataansvarlig.'),
  // Norwegian
  c('nb', 'article', 'artikkel 6 nr. 1 bokstav a', 'Vi sender nyhetsbrevet med hjemmel i personvernforordningen artikkel 6 nr. 1 bokstav a.'),
  c('nb', 'recital', 'fortalepunkt 47', 'Direkte markedsføring kan være en berettiget interesse, se fortalepunkt 47.'),
  c('nb', 'basis', 'berettiget interesse', 'Behandlingen bygger på vår berettiget interesse i å sikre tjenesten.'),
  c('nb', 'basis', 'samtykke', 'Du kan når som helst trekke tilbake ditt samtykke.'),
  c('nb', 'right', 'rett til innsyn', 'Du har rett til innsyn i opplysningene vi har om deg.'),
  c('nb', 'right', 'rett til å protestere', 'Du har rett til å protestere mot behandlingen.'),
  c('nb', 'right', 'rett til sletting', 'Du har rett til sletting av opplysninger vi ikke lenger trenger.'),
  c('nb', 'duration', '5 år', 'Regnskapsbilag oppbevares i 5 år etter bokføringsloven.'),
  c('nb', 'organisation', 'org.nr. 123 456 789', 'Eksempel AS, org.nr. 123 456 789, er behandlingsansvarlig.'),
  // Finnish
  c('fi', 'article', '6 artiklan 1 kohdan a alakohta', 'Käsittelyn oikeusperuste on 6 artiklan 1 kohdan a alakohta.'),
  c('fi', 'recital', 'johdanto-osan 47 kappale', 'Suoramarkkinointi voi olla oikeutettu etu, ks. johdanto-osan 47 kappale.'),
  c('fi', 'basis', 'suostumus', 'Uutiskirjeen lähettämisen peruste on suostumus.'),
  c('fi', 'basis', 'oikeutettu etu', 'Käsittelyn perusteena on rekisterinpitäjän oikeutettu etu.'),
  c('fi', 'basis', 'lakisääteinen velvoite', 'Kirjanpitoaineiston säilyttäminen on lakisääteinen velvoite.'),
  c('fi', 'right', 'oikeus saada pääsy tietoihin', 'Sinulla on oikeus saada pääsy tietoihin, joita käsittelemme.'),
  c('fi', 'right', 'oikeus tietojen siirtämiseen', 'Sinulla on oikeus tietojen siirtämiseen järjestelmästä toiseen.'),
  c('fi', 'right', 'vastustamisoikeus', 'Sinulla on vastustamisoikeus suoramarkkinoinnin osalta.'),
  c('fi', 'duration', '3 vuotta', 'Asiakastiedot säilytetään 3 vuotta asiakkuuden päättymisestä.'),
  c('fi', 'duration', '14 päivää', 'Lokitiedot poistetaan 14 päivää niiden tallentamisen jälkeen.'),
  c('fi', 'organisation', 'Y-tunnus 1234567-8', 'Rekisterinpitäjä on Esimerkki Oy (Y-tunnus 1234567-8).'),
  // German
  c('de', 'article', 'Art. 6 Abs. 1 lit. a DSGVO', 'Der Newsletter wird auf Grundlage von Art. 6 Abs. 1 lit. a DSGVO versendet.'),
  c('de', 'recital', 'Erwägungsgrund 47', 'Direktwerbung kann ein berechtigtes Interesse sein (Erwägungsgrund 47).'),
  c('de', 'basis', 'Einwilligung', 'Sie können Ihre Einwilligung jederzeit widerrufen.'),
  c('de', 'basis', 'berechtigtes Interesse', 'Unser berechtigtes Interesse liegt in der Betrugsabwehr.'),
  c('de', 'right', 'Widerspruchsrecht', 'Ihnen steht ein Widerspruchsrecht gegen die Verarbeitung zu.'),
  c('de', 'right', 'Recht auf Datenübertragbarkeit', 'Sie haben das Recht auf Datenübertragbarkeit.'),
  c('de', 'right', 'Auskunftsrecht', 'Ihr Auskunftsrecht richtet sich nach Art. 15 DSGVO.'),
  c('de', 'duration', '24 Monate', 'Bewerbungsunterlagen werden 24 Monate lang aufbewahrt.'),
  c('de', 'duration', '3 Jahre nach Ende des Vertrags', 'Wir speichern die Daten 3 Jahre nach Ende des Vertrags.'),
  c('de', 'organisation', 'HRB 12345', 'Beispiel GmbH, Amtsgericht Hamburg, HRB 12345.'),
  c('de', 'email', 'datenschutz@beispiel.de', 'Schreiben Sie an datenschutz@beispiel.de.'),
  // French
  c('fr', 'article', 'article 6, paragraphe 1, point a) du RGPD', "La lettre d'information repose sur l'article 6, paragraphe 1, point a) du RGPD."),
  c('fr', 'recital', 'considérant 47', 'La prospection peut constituer un intérêt légitime (considérant 47).'),
  c('fr', 'basis', 'consentement', 'Vous pouvez retirer votre consentement à tout moment.'),
  c('fr', 'basis', 'intérêt légitime', 'Ce traitement est fondé sur notre intérêt légitime.'),
  c('fr', 'basis', 'obligation légale', 'Les factures sont conservées en vertu d’une obligation légale.'),
  c('fr', 'right', "droit d'accès", "Vous disposez d'un droit d'accès à vos données."),
  c('fr', 'right', 'droit à l’effacement', 'Vous pouvez exercer votre droit à l’effacement.'),
  c('fr', 'right', "droit d'opposition", "Vous disposez d'un droit d'opposition au traitement."),
  c('fr', 'duration', '36 mois', 'Les données des prospects sont conservées 36 mois.'),
  c('fr', 'duration', '3 ans après la fin de la relation commerciale', 'Les données clients sont conservées 3 ans après la fin de la relation commerciale.'),
  c('fr', 'organisation', 'SIREN 123 456 789', 'Exemple SAS, SIREN 123 456 789, est responsable du traitement.'),
  c('fr', 'organisation', 'SIRET 123 456 789 00012', 'Exemple SAS (SIRET 123 456 789 00012).'),
];

describe('GDPR references in every language (privacy-policy, Markdown and plain text)', () => {
  for (const { language, kind, line, expected } of CASES) {
    test(`scopes ${LANGUAGE_NAMES[language]} ${KIND_NAMES[kind].replace(/^an? /, '')} such as '${expected}'`, async () => {
      await assertScoped(line, SCOPE[kind], expected);
    });
  }

  test('covers every language with article references, recitals, legal bases, rights and durations', () => {
    for (const language of Object.keys(LANGUAGE_NAMES) as Language[]) {
      for (const kind of ['article', 'recital', 'right', 'duration'] as Kind[]) {
        assert.ok(CASES.some((x) => x.language === language && x.kind === kind), `${language} ${kind}`);
      }
    }
  });
});

describe('what the reference grammar leaves alone', () => {
  test('does not take the verb "access" in "we access the server" for a right', async () => {
    await assertNotScoped('For maintenance we access the server once a week.', SCOPE.right);
  });

  test('does not take "object" or "Widerspruch" without the right for a right', async () => {
    await assertNotScoped('Each object in the bucket is encrypted.', SCOPE.right);
    await assertNotScoped('Dagegen legte er Widerspruch ein.', SCOPE.right);
  });

  test("does not take '5 åringar' for a duration", async () => {
    await assertNotScoped('Kursen riktar sig till 5 åringar och deras föräldrar.', SCOPE.duration);
  });

  test('does not take a bare number or a version for a duration', async () => {
    await assertNotScoped('Version 2.1 of the app stores 30 settings.', SCOPE.duration);
    await assertNotScoped('Im Jahr 2024 gab es 12 Anfragen an 3 Stellen.', SCOPE.duration);
  });

  test('does not take the word "article" alone for a reference', async () => {
    await assertNotScoped('This article explains how the articles of association work.', SCOPE.article);
    await assertNotScoped('Lue artikla huolellisesti.', SCOPE.article);
  });

  test("only scopes 'Art. 6' where it starts a word, and takes all digits of 'Art. 61'", async () => {
    await assertNotScoped('Our smart. 6 device and the Kunstart 6 exhibit.', SCOPE.article);
    await assertScoped('See Art. 61 for mutual assistance.', SCOPE.article, 'Art. 61');
    assert.deepEqual(spans(await tokenize(POLICY, 'Part. 6, then Art. 6'), SCOPE.article), ['Art. 6']);
  });

  test("does not take 'skäl för' or 'considérant que' for recitals", async () => {
    await assertNotScoped('Vi har goda skäl för att spara kvittot.', SCOPE.recital);
    await assertNotScoped('Considérant que vos données sont précieuses, nous les protégeons.', SCOPE.recital);
  });

  test('scopes only the address of an e-mail inside a sentence, without the full stop', async () => {
    const line = 'Please contact our team at dpo.team+gdpr@example.org. We answer within a month.';
    for (const host of HOSTS) assert.deepEqual(spans(await tokenize(host, line), SCOPE.email), ['dpo.team+gdpr@example.org']);
  });

  test('leaves the closing parenthesis and full stop out of a URL', async () => {
    const line = 'Read more (https://example.com/cookies?lang=en). Thanks.';
    for (const host of HOSTS) assert.deepEqual(spans(await tokenize(host, line), SCOPE.url), ['https://example.com/cookies?lang=en']);
  });

  test('does not take a Swedish personal identity number for an organisation number', async () => {
    await assertNotScoped('Ange ditt personnummer, t.ex. 850101-1234, vid kontakt.', SCOPE.organisation);
  });

  test('does not take a plain nine-digit number without a label for a Norwegian or French organisation number', async () => {
    await assertNotScoped('Ring oss på 123 456 789.', SCOPE.organisation);
  });

  test('does not take a Markdown link text, a footnote, a task box or "XXXL" for a placeholder', async () => {
    const line = 'See [our cookie policy](https://example.com/cookies)[1], - [x] done, size XXXL.';
    for (const host of HOSTS) assert.deepEqual(spans(await tokenize(host, line), SCOPE.placeholder), [], host);
  });

  test('scopes nothing of its own in ordinary prose', async () => {
    const tokens = await tokenize(PLAIN, 'We bake bread every morning and deliver it by bike.');
    assert.ok(![...allScopes(tokens)].some((s) => s.endsWith('.gdpr-lens')));
  });
});

describe('the privacy-policy language', () => {
  test('scopes an ATX heading and its hashes', async () => {
    const tokens = await tokenize(POLICY, '## Your rights');
    assert.deepEqual(spans(tokens, 'punctuation.definition.heading.privacy-policy'), ['##']);
    assert.deepEqual(spans(tokens, 'entity.name.section.privacy-policy'), ['Your rights']);
    assert.deepEqual(spans(tokens, 'markup.heading.privacy-policy'), ['## Your rights']);
  });

  test('scopes every heading level from # to ###### but not #hashtags or seven hashes', async () => {
    for (let level = 1; level <= 6; level++) {
      assert.deepEqual(spans(await tokenize(POLICY, `${'#'.repeat(level)} Heading`), 'entity.name.section.privacy-policy'), ['Heading']);
    }
    assert.deepEqual(spans(await tokenize(POLICY, '#privacy matters'), 'markup.heading.privacy-policy'), []);
    assert.deepEqual(spans(await tokenize(POLICY, '####### Too deep'), 'markup.heading.privacy-policy'), []);
  });

  test("scopes numbered plain-text headings such as '1. Introduction', '3.2 Ihre Rechte' and '§ 4 Speicherdauer'", async () => {
    for (const [line, title] of [['1. Introduction', 'Introduction'], ['3.2 Ihre Rechte', 'Ihre Rechte'], ['§ 4 Speicherdauer', 'Speicherdauer'], ['7. Oikeutesi', 'Oikeutesi']]) {
      assert.deepEqual(spans(await tokenize(POLICY, line), 'entity.name.section.privacy-policy'), [title], line);
    }
  });

  test('does not take a numbered sentence for a heading, but for a numbered list item', async () => {
    const tokens = await tokenize(POLICY, '1. We collect your name and e-mail address.');
    assert.deepEqual(spans(tokens, 'markup.heading.privacy-policy'), []);
    assert.deepEqual(spans(tokens, 'punctuation.definition.list.begin.privacy-policy'), ['1.']);
    assert.ok(scopesAt(tokens, '1.').includes('markup.list.numbered.privacy-policy'));
  });

  test('scopes the list bullets -, *, + and •', async () => {
    for (const bullet of ['-', '*', '+', '•']) {
      const tokens = await tokenize(POLICY, `  ${bullet} name and address`);
      assert.deepEqual(spans(tokens, 'punctuation.definition.list.begin.privacy-policy'), [bullet], bullet);
      assert.ok(scopesAt(tokens, bullet).includes('markup.list.unnumbered.privacy-policy'), bullet);
    }
  });

  test('scopes **bold**, __bold__, *italic* and _italic_ text', async () => {
    const tokens = await tokenize(POLICY, 'We **never** sell __your__ data, *only* _share_ it.');
    assert.deepEqual(spans(tokens, 'markup.bold.privacy-policy'), ['**never**', '__your__']);
    assert.deepEqual(spans(tokens, 'markup.italic.privacy-policy'), ['*only*', '_share_']);
  });

  test('does not take snake_case words or a lone asterisk for emphasis', async () => {
    const tokens = await tokenize(POLICY, 'The cookie_consent_state value is 5 * 3 today.');
    assert.deepEqual(spans(tokens, 'markup.italic.privacy-policy'), []);
  });

  test('scopes references inside headings, list items and emphasis', async () => {
    const tokens = await tokenize(POLICY, ['# Rights under Article 15', '- the right to erasure', '**Art. 6(1)(f) GDPR** applies', '1. Speicherdauer nach 24 Monate'].join('\n'));
    assert.deepEqual(spans(tokens, SCOPE.article), ['Article 15', 'Art. 6(1)(f) GDPR']);
    assert.deepEqual(spans(tokens, SCOPE.right), ['right to erasure']);
    assert.ok(scopesAt(tokens, 'Article 15').includes('markup.heading.privacy-policy'));
    assert.ok(scopesAt(tokens, 'GDPR**').includes('markup.bold.privacy-policy'));
    assert.deepEqual(spans(tokens, SCOPE.duration), ['24 Monate']);
  });

  test('scopes a thematic break', async () => {
    assert.deepEqual(spans(await tokenize(POLICY, '---'), 'meta.separator.privacy-policy'), ['---']);
  });
});

describe('the injection into Markdown and plain text', () => {
  test('injects into Markdown: a reference in a paragraph carries both the Markdown and the reference scope', async () => {
    const tokens = await tokenize(MARKDOWN, 'Under Art. 6(1)(b) GDPR we process your order.');
    const scopes = scopesAt(tokens, 'Art. 6');
    assert.equal(scopes[0], MARKDOWN);
    assert.ok(scopes.includes(SCOPE.article));
  });

  test('injects into Markdown headings', async () => {
    const tokens = await tokenize(MARKDOWN, '## Ihre Rechte nach Art. 15 DSGVO');
    const scopes = scopesAt(tokens, 'Art. 15');
    assert.ok(scopes.includes('markup.heading.markdown') && scopes.includes(SCOPE.article), scopes.join(' '));
  });

  test('does not inject into fenced code blocks or inline code in Markdown', async () => {
    const text = ['```json', '{ "basis": "Art. 6(1)(a) GDPR", "mail": "dpo@example.com" }', '```', 'Use `consent` as the key; consent is the basis.'].join('\n');
    const tokens = await tokenize(MARKDOWN, text);
    assert.deepEqual(spans(tokens, SCOPE.article), []);
    assert.deepEqual(spans(tokens, SCOPE.email), []);
    assert.deepEqual(spans(tokens, SCOPE.basis), ['consent'], 'only the consent outside the code span');
    assert.ok(!scopesAt(tokens, '`consent`').includes(SCOPE.basis));
  });

  test('scopes a reference in a privacy-policy document once, although the grammar both includes and receives the references', async () => {
    const tokens = await tokenize(POLICY, 'Under Art. 6 GDPR and **consent**');
    assert.deepEqual(scopesAt(tokens, 'Art. 6'), [POLICY, SCOPE.article]);
    assert.deepEqual(scopesAt(tokens, 'consent'), [POLICY, 'markup.bold.privacy-policy', SCOPE.basis]);
  });

  test('injects into plain text, which has no patterns of its own', async () => {
    const tokens = await tokenize(PLAIN, 'Skäl 47 nämner bedrägeribekämpning.');
    const scopes = scopesAt(tokens, 'Skäl 47');
    assert.deepEqual(scopes, [PLAIN, SCOPE.recital]);
  });

  test('is offered to exactly the scopes its injectTo names, as VS Code does', async () => {
    const entry = contributedGrammars.find((g) => g.scopeName === REFERENCES);
    assert.ok(entry, 'the injection grammar is contributed');
    // privacy-policy documents get the same patterns by an include, so injecting there too would scan twice.
    assert.deepEqual([...(entry.injectTo ?? [])].sort(), [MARKDOWN, PLAIN].sort());
    assert.equal(entry.language, undefined, 'an injection grammar has no language of its own');
  });
});

describe('the grammar files', () => {
  const files = [
    { scopeName: POLICY, file: 'privacy-policy.tmLanguage.json' },
    { scopeName: REFERENCES, file: 'gdpr-references.injection.tmLanguage.json' },
  ];

  for (const { scopeName, file } of files) {
    test(`${file} is valid JSON with the scopeName ${scopeName}, and package.json points at it`, () => {
      const path = grammarPath(scopeName);
      assert.ok(path.endsWith(`syntaxes/${file}`), path);
      const grammar = JSON.parse(readFileSync(path, 'utf8'));
      assert.equal(grammar.scopeName, scopeName);
      assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
    });

    test(`every regular expression in ${file} compiles in Oniguruma`, async () => {
      await loadGrammar(scopeName); // loads the WASM
      const grammar = JSON.parse(readFileSync(grammarPath(scopeName), 'utf8'));
      const regexes: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') regexes.push(value);
            else walk(value);
          }
        }
      };
      walk(grammar);
      assert.ok(regexes.length > 0);
      for (const regex of regexes) {
        assert.doesNotThrow(() => new oniguruma.OnigScanner([regex]).dispose(), regex);
      }
    });
  }

  test('the injection grammar selects Markdown (outside code) and plain text, with left priority', () => {
    const grammar = JSON.parse(readFileSync(grammarPath(REFERENCES), 'utf8'));
    const selectors = (grammar.injectionSelector as string).split(',').map((s) => s.trim());
    assert.ok(selectors.some((s) => s.startsWith(`L:${MARKDOWN}`) && s.includes('-markup.fenced_code') && s.includes('-markup.inline.raw')));
    assert.ok(selectors.includes(`L:${PLAIN}`));
    assert.ok(!selectors.some((s) => s.includes(POLICY)), 'privacy-policy includes the patterns instead');
  });

  test('the privacy-policy grammar includes the reference grammar', () => {
    assert.ok(readFileSync(grammarPath(POLICY), 'utf8').includes(`"include": "${REFERENCES}"`));
  });
});

/** ~5,000 lines: the labelled fixtures, our example lines, and some hostile lines for the regexes. */
function speedFixture(): string[] {
  const base = [
    ...labelledFixtures().flatMap((f) => f.text.split(/\r?\n/)),
    ...CASES.map((x) => x.line),
    'a'.repeat(5000),
    '['.repeat(3000),
    '*'.repeat(3000) + 'x',
    '_'.repeat(3000) + 'x',
    '1'.repeat(3000) + ' years',
    'art. '.repeat(1000),
    'a.'.repeat(2000) + '@',
    'x@' + 'a-'.repeat(2000),
    'https://' + 'a.'.repeat(2000) + ')',
    '# ' + ' #'.repeat(2000),
    '1. ' + 'Word '.repeat(400),
    '5 år efter avslutad ' + 'x'.repeat(3000),
    'rätt till '.repeat(500),
    'CVR '.repeat(1000) + '1',
  ];
  const lines: string[] = [];
  while (lines.length < 5000) lines.push(...base);
  return lines.slice(0, 5000);
}

describe('tokenizing speed', () => {
  test('tokenizes a 5,000-line document in each host grammar without catastrophic backtracking', async (t) => {
    const lines = speedFixture();
    assert.equal(lines.length, 5000);
    for (const host of HOSTS) {
      const started = performance.now();
      const tokens = await tokenize(host, lines.join('\n'));
      const ms = performance.now() - started;
      t.diagnostic(`${host}: ${lines.length} lines, ${tokens.length} tokens in ${ms.toFixed(0)} ms`);
      assert.ok(tokens.length >= lines.length);
    }
  });
});
