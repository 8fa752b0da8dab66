import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fixesFor } from '../../server/src/service';

const TEXT = '# Privacy notice\n\nWe process your e-mail address to send the newsletter.\n';
const base = { fileName: 'privacy.md', language: 'en', today: '2026-11-28' };
const req = (options: object, id: string) => analyze(TEXT, { ...base, ...options }).requirements.find((r) => r.id === id)!;

describe('declared facts and country', () => {
  test('hasDpo, usesConsent and usesLegitimateInterest make their requirements apply', () => {
    assert.equal(req({}, 'dpo-contact').effectiveKind, 'recommended');
    assert.equal(req({ facts: { hasDpo: true } }, 'dpo-contact').effectiveKind, 'core');
    assert.equal(req({}, 'right-withdraw-consent').status, 'not-applicable');
    assert.equal(req({ facts: { usesConsent: true } }, 'right-withdraw-consent').status, 'missing');
    assert.equal(req({ facts: { usesLegitimateInterest: true } }, 'legitimate-interests').status, 'missing');
    const findings = analyze(TEXT, { ...base, facts: { hasDpo: true } }).findings;
    assert.equal(findings.find((f) => f.code === 'dpo-contact')?.severity, 'error');
  });

  test('a declared country overrides the inferred one; options.country wins over facts.country', () => {
    assert.equal(analyze(TEXT, { ...base, country: 'se' }).country, 'SE');
    assert.equal(analyze(TEXT, { ...base, facts: { country: 'DK' } }).country, 'DK');
    assert.equal(analyze(TEXT, { ...base, country: 'FI', facts: { country: 'DK' } }).country, 'FI');
  });

  test('controllerName fills the company name in a suggested clause', () => {
    const options = { ...base, facts: { controllerName: 'Acme Widgets AB' } };
    const finding = analyze(TEXT, options).findings.find((f) => f.code === 'controller-identity')!;
    const [fix] = fixesFor(TEXT, finding, options);
    assert.match(fix.edits[0].newText, /Acme Widgets AB/);
  });
});
