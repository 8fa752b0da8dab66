import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/service';
import { check, requirement, statuses } from '../helpers/check';
import { lines } from '../helpers/fixtures';

const RIGHTS = ['right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-object'];

describe('negation as a statement', () => {
  test('"we do not transfer data outside the EU" discloses transfers, and needs no safeguard', () => {
    assert.deepEqual(statuses('We do not transfer personal data outside the EU/EEA.', ['third-country-transfers', 'transfer-safeguards']), {
      'third-country-transfers': 'present',
      'transfer-safeguards': 'not-applicable',
    });
  });

  test('"we do not use automated decision-making" discloses it without making it core', () => {
    const result = check('We do not use automated decision-making or profiling.');
    assert.equal(requirement(result, 'automated-decisions').status, 'present');
    assert.equal(requirement(result, 'automated-decisions').effectiveKind, 'recommended');
  });

  test('a negation in another clause does not cancel a transfer', () => {
    const result = check('We never sell your data, but our host stores it on servers in the United States.');
    assert.equal(requirement(result, 'transfer-safeguards').status, 'missing');
  });
});

describe('transfers', () => {
  test('a US provider "in the USA" triggers the safeguards, which are then missing', () => {
    const result = check('Our website is hosted by Amazon Web Services, in the USA.');
    const safeguards = requirement(result, 'transfer-safeguards');
    assert.equal(safeguards.status, 'missing');
    assert.equal(safeguards.trigger.length, 1);
    const finding = result.findings.find((f) => f.code === 'transfer-safeguards')!;
    assert.equal(finding.severity, 'error');
    assert.equal(finding.related.length, 1, 'the finding points at its trigger');
  });

  test('standard contractual clauses satisfy the safeguards', () => {
    assert.equal(statuses('We transfer data to the United States under the standard contractual clauses.', ['transfer-safeguards'])['transfer-safeguards'], 'present');
  });
});

describe('enumerations', () => {
  test('"you may access, correct or delete your data" satisfies three rights and no others', () => {
    assert.deepEqual(statuses('You may access, correct or delete your personal data.', RIGHTS), {
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'missing',
      'right-portability': 'missing',
      'right-object': 'missing',
    });
  });

  test('"all users can see, edit, or delete their information" tells of access, rectification and erasure', () => {
    const found = statuses('All users can see, edit, or delete their personal information at any time.', ['right-rectification', 'right-erasure']);
    assert.deepEqual(found, { 'right-rectification': 'present', 'right-erasure': 'present' });
    assert.equal(statuses('The user may inquire about the data we have collected about him.', ['right-access'])['right-access'], 'present');
  });

  test('access to the app or the service is not the right of access, nor is seeing advertisements', () => {
    assert.equal(statuses('We may refuse to provide you with access to the Application if you are under 13.', ['right-access'])['right-access'], 'missing');
    assert.equal(statuses('Some features will not work and you may lose access to the services you purchased.', ['right-access'])['right-access'], 'missing');
    assert.equal(statuses('You may also see our own advertisements in other services.', ['right-access'])['right-access'], 'missing');
  });
});

describe('headings as context', () => {
  test('a bullet "Access" under "Your rights" satisfies the right of access', () => {
    const text = lines('# Privacy', '## Your rights', '- Access', '- Erasure');
    assert.deepEqual(statuses(text, ['right-access', 'right-erasure', 'right-object']), { 'right-access': 'present', 'right-erasure': 'present', 'right-object': 'missing' });
  });

  test('a list introduced by "You have the following rights:" gives its items the same context', () => {
    const text = lines('You have the following rights:', '', '- Access', '- Objection');
    assert.deepEqual(statuses(text, ['right-access', 'right-object']), { 'right-access': 'present', 'right-object': 'present' });
  });

  test('a heading with nothing under it satisfies nothing', () => {
    const text = lines('# Privacy', '## Right to data portability', '## Right to object', '## Contact', 'Write to us.');
    assert.deepEqual(statuses(text, ['right-portability', 'right-object']), { 'right-portability': 'missing', 'right-object': 'missing' });
  });

  test('a missing right is reported on the rights section’s heading', () => {
    const text = lines('# Privacy', '', 'Example AB is the controller.', '', '## Your rights', '', '- Access');
    const result = check(text);
    const finding = result.findings.find((f) => f.code === 'right-object')!;
    assert.equal(text.slice(finding.span.start, finding.span.end), 'Your rights');
  });
});

describe('conditional requirements', () => {
  test('consent as a legal basis requires the right to withdraw it', () => {
    const basis = 'We send the newsletter based on your consent.';
    assert.equal(statuses(basis, ['right-withdraw-consent'])['right-withdraw-consent'], 'missing');
    assert.equal(statuses(`${basis} You can withdraw your consent at any time.`, ['right-withdraw-consent'])['right-withdraw-consent'], 'present');
    assert.equal(statuses('We process your data to perform our contract with you.', ['right-withdraw-consent'])['right-withdraw-consent'], 'not-applicable');
  });

  test('legitimate interest as a basis requires saying what the interest is', () => {
    assert.equal(statuses('The legal basis is our legitimate interest.', ['legitimate-interests'])['legitimate-interests'], 'missing');
    assert.equal(statuses('We rely on our legitimate interest in preventing fraud.', ['legitimate-interests'])['legitimate-interests'], 'present');
    assert.equal(statuses('We process data with your consent.', ['legitimate-interests'])['legitimate-interests'], 'not-applicable');
  });

  test('mentioning a data protection officer makes the DPO’s contact details core', () => {
    const result = check('We have appointed a data protection officer.');
    const dpo = requirement(result, 'dpo-contact');
    assert.equal(dpo.status, 'missing');
    assert.equal(dpo.effectiveKind, 'core');
    assert.equal(result.findings.find((f) => f.code === 'dpo-contact')!.severity, 'error');
    const none = check('Write to us at privacy@example.com.');
    assert.equal(none.findings.find((f) => f.code === 'dpo-contact')!.severity, 'warning');
  });

  test('mentioning profiling makes automated decisions core', () => {
    const dpo = requirement(check('We use profiling to personalise offers.'), 'automated-decisions');
    assert.equal(dpo.effectiveKind, 'core');
  });

  test('data from third parties require their source', () => {
    assert.equal(statuses('We also receive data about you from third parties.', ['data-source'])['data-source'], 'missing');
    assert.equal(statuses('We obtain your address from public registers.', ['data-source'])['data-source'], 'present');
    assert.equal(statuses('We collect the data you give us.', ['data-source'])['data-source'], 'not-applicable');
  });

  test('data collected through third-party products name those products as their source, in several languages', () => {
    const cases: [string, string][] = [
      ['en', 'When the app crashes we collect data and information (through third-party products) on your phone.'],
      ['sv', 'Vi samlar in kraschdata via tredjepartsverktyg i appen.'],
      ['de', 'Absturzdaten erfassen wir über Tools von Drittanbietern.'],
      ['fr', 'Nous collectons des données de plantage via des outils tiers.'],
      ['fi', 'Keräämme kaatumistietoja kolmannen osapuolen työkalujen kautta.'],
    ];
    for (const [language, text] of cases) assert.equal(statuses(text, ['data-source'], undefined, language)['data-source'], 'present', `${language}: ${text}`);
  });
});

describe('the controller’s country', () => {
  const cases: [string, string | null][] = [
    ['Example AB, org.nr 556677-8899, Storgatan 1, Stockholm.', 'SE'],
    ['Eksempel ApS, CVR 12345678, tlf. +45 12 34 56 78.', 'DK'],
    ['Esimerkki Oy (Y-tunnus 1234567-8), puh. +358 40 123 4567.', 'FI'],
    ['Eksempel AS, org.nr. 912 345 678, telefon +47 22 33 44 55.', 'NO'],
    ['Beispiel GmbH, Amtsgericht Hamburg, HRB 12345, Tel. +49 40 123456.', 'DE'],
    ['Exemple SAS, SIREN 123 456 789, contact@exemple.fr.', 'FR'],
    ['Write to privacy@example.com.', null],
  ];
  for (const [text, country] of cases) {
    test(`is ${country} for "${text}"`, () => assert.equal(check(text).country, country));
  }
});

describe('diagnostics', () => {
  test('each missing requirement yields one diagnostic with its id as code and its article in the message', () => {
    const result = check('# Privacy\n\nWe collect your name.');
    const missing = result.requirements.filter((r) => r.status === 'missing').map((r) => r.id);
    assert.deepEqual(result.findings.map((f) => f.code).sort(), [...missing].sort());
    const access = result.findings.find((f) => f.code === 'right-access')!;
    assert.match(access.message, /Art\. 13\(2\)\(b\), 15/);
  });

  test('severities follow the settings, and "off" hides a finding', () => {
    const result = check('# Privacy');
    const defaults = new Map(result.findings.map((f) => [f.code, f.severity]));
    assert.equal(defaults.get('right-access'), 'error');
    assert.equal(defaults.get('policy-date'), 'warning');
    const tuned = analyze('# Privacy', { fileName: 'p.md', severity: { 'right-access': 'hint', 'policy-date': 'off' } });
    assert.equal(tuned.findings.find((f) => f.code === 'right-access')!.severity, 'hint');
    assert.ok(!tuned.findings.some((f) => f.code === 'policy-date'));
  });
});
