import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/service';
import { check, statuses } from '../helpers/check';
import { labelledFixtures, lines } from '../helpers/fixtures';

describe('language detection', () => {
  test('identifies the language of every labelled fixture', () => {
    const wrong = labelledFixtures()
      .map((f) => ({ name: f.name, expected: f.language, actual: analyze(f.text, { fileName: f.path }).language }))
      .filter((r) => r.actual !== r.expected);
    assert.deepEqual(wrong, []);
  });

  const samples: [string, string][] = [
    ['en', 'We process your personal data in order to deliver the products you have ordered from us.'],
    ['sv', 'Vi behandlar dina personuppgifter för att kunna leverera de produkter som du har beställt av oss.'],
    ['da', 'Vi behandler dine personoplysninger for at kunne levere de produkter, som du har bestilt hos os.'],
    ['nb', 'Vi behandler personopplysningene dine for å kunne levere produktene som du har bestilt av oss.'],
    ['fi', 'Käsittelemme henkilötietojasi voidaksemme toimittaa tilaamasi tuotteet sinulle.'],
    ['de', 'Wir verarbeiten Ihre personenbezogenen Daten, um die von Ihnen bestellten Produkte zu liefern.'],
    ['fr', 'Nous traitons vos données personnelles afin de livrer les produits que vous avez commandés.'],
  ];
  for (const [language, sentence] of samples) {
    test(`tells ${language} from its neighbours in one sentence`, () => assert.equal(check(sentence).language, language));
  }

  test('honours the language option, then front matter, over detection', () => {
    const swedish = samples.find(([l]) => l === 'sv')![1];
    assert.equal(analyze(swedish, { fileName: 'p.md', language: 'da' }).language, 'da');
    const withFrontMatter = analyze(`---\nlanguage: nb\n---\n${swedish}`, { fileName: 'p.md' });
    assert.equal(withFrontMatter.language, 'nb');
    assert.equal(withFrontMatter.languageSource, 'front-matter');
    assert.equal(analyze(`<!-- gdpr-lens language: fi -->\n${swedish}`, { fileName: 'p.md' }).language, 'fi');
  });

  test('reads a section written in another language in that language', () => {
    const text = lines(
      '# Privacy policy',
      'We process your personal data in order to deliver the products you order, and we keep invoices for seven years.',
      'If you have any questions about how we use your data, you can write to us at any time and we will answer within a month.',
      'This policy was written for the customers of our shop and applies to all of the services that we offer on the web.',
      '',
      '## Dina rättigheter',
      'Du har rätt att begära registerutdrag och att få felaktiga uppgifter rättade. Du kan också begära att dina uppgifter raderas.',
    );
    assert.equal(check(text).language, 'en');
    assert.deepEqual(statuses(text, ['right-access', 'right-rectification', 'right-erasure']), {
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
    });
  });
});

describe('inflection and compounds', () => {
  const cases: [string, string, string][] = [
    ['sv', 'controller-identity', 'Personuppgiftsansvarig är Exempel AB, org.nr 556677-8899.'],
    ['sv', 'right-portability', 'Du har rätt till dataportabilitet.'],
    ['da', 'controller-identity', 'Exempel ApS, CVR-nr. 12345678, er dataansvarlig for behandlingen.'],
    ['da', 'right-access', 'Du har ret til indsigt i de oplysninger, vi behandler om dig.'],
    ['nb', 'controller-identity', 'Eksempel AS, org.nr. 912 345 678, er behandlingsansvarlig.'],
    ['nb', 'right-access', 'Du har rett til innsyn i personopplysningene vi har om deg.'],
    ['de', 'right-portability', 'Sie haben das Recht auf Datenübertragbarkeit.'],
    ['de', 'right-object', 'Ihnen steht ein Widerspruchsrecht gegen die Verarbeitung zu.'],
    ['fr', 'right-access', 'Vous disposez d’un droit d’accès à vos données.'],
    ['fr', 'right-object', 'Vous pouvez exercer votre droit d’opposition à tout moment.'],
  ];
  for (const [language, id, sentence] of cases) {
    test(`${language}: "${sentence}" satisfies ${id}`, () => assert.equal(statuses(sentence, [id], 'p.md', language)[id], 'present'));
  }
});

describe('negation and enumeration in other languages', () => {
  test('sv: "vi överför inte personuppgifter till tredje land" discloses transfers without needing safeguards', () => {
    assert.deepEqual(statuses('Vi överför inte personuppgifter till tredje land.', ['third-country-transfers', 'transfer-safeguards'], 'p.md', 'sv'), {
      'third-country-transfers': 'present',
      'transfer-safeguards': 'not-applicable',
    });
  });

  test('de: "Wir übermitteln keine Daten in Drittländer" does the same', () => {
    assert.deepEqual(statuses('Wir übermitteln keine personenbezogenen Daten in Drittländer.', ['third-country-transfers', 'transfer-safeguards'], 'p.md', 'de'), {
      'third-country-transfers': 'present',
      'transfer-safeguards': 'not-applicable',
    });
  });

  test('da: an enumeration of rights satisfies each of them', () => {
    assert.deepEqual(statuses('Du har ret til at få indsigt i, berigtiget eller slettet dine oplysninger.', ['right-access', 'right-rectification', 'right-erasure', 'right-object'], 'p.md', 'da'), {
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-object': 'missing',
    });
  });

  test('fr: "vous pouvez demander l’accès, la rectification ou l’effacement" satisfies three rights', () => {
    assert.deepEqual(statuses('Vous pouvez demander l’accès, la rectification ou l’effacement de vos données.', ['right-access', 'right-rectification', 'right-erasure', 'right-portability'], 'p.md', 'fr'), {
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-portability': 'missing',
    });
  });
});
