import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/service';
import { cases, dateCases, type CheckCase } from '../fixtures/checks/cases';

const TODAY = '2026-11-28';

function findings(c: CheckCase, text: string) {
  return analyze(text, { fileName: 'privacy.md', language: c.language, today: TODAY }).findings.filter((f) => f.code === c.code);
}

describe('reviewer checks, positive and negative, in every language', () => {
  for (const c of [...cases, ...dateCases]) {
    test(`${c.code} (${c.language}) is raised on "${c.yes.split('\n').pop()!.slice(0, 70)}"`, () => {
      const raised = findings(c, c.yes);
      assert.ok(raised.length > 0, `no ${c.code} in: ${c.yes}`);
      if (c.covers) assert.equal(c.yes.slice(raised[0].span.start, raised[0].span.end), c.covers);
      assert.ok(raised[0].message.length > 20);
    });
    test(`${c.code} (${c.language}) is not raised on "${c.no.split('\n').pop()!.slice(0, 70)}"`, () => {
      assert.deepEqual(findings(c, c.no).map((f) => c.no.slice(f.span.start, f.span.end)), []);
    });
  }
});

describe('readability', () => {
  const simple = 'We keep your data safe. We use it to send your order. You can ask us to delete it. ';
  const hard = 'Notwithstanding the aforementioned contractual arrangements, the organisation’s processing operations, encompassing comprehensive administrative, organisational and technological countermeasures, necessitate considerable interdisciplinary coordination between departmental representatives and external professional consultancies. ';
  test('a hard English text gets a Flesch reading-ease finding, with the score in its data', () => {
    const found = analyze(hard.repeat(6), { fileName: 'p.md', language: 'en' }).findings.find((f) => f.code === 'readability');
    assert.ok(found);
    assert.ok((found.data as { score: number }).score < 30);
  });
  test('a plain English text does not', () => {
    assert.ok(!analyze(simple.repeat(12), { fileName: 'p.md', language: 'en' }).findings.some((f) => f.code === 'readability'));
  });
  test('LIX is used for Swedish, and its threshold comes from the settings', () => {
    const text = 'Personuppgiftsbehandlingens rättsliga grundförutsättningar fastställs genom omfattande intresseavvägningar mellan organisationens verksamhetsintressen och registrerades grundläggande fri- och rättigheter. '.repeat(8);
    const found = analyze(text, { fileName: 'p.md', language: 'sv' }).findings.find((f) => f.code === 'readability');
    assert.match(found!.message, /LIX/);
    assert.ok(!analyze(text, { fileName: 'p.md', language: 'sv', readability: { thresholds: { sv: 200 } } }).findings.some((f) => f.code === 'readability'));
  });
  test('sentences longer than the configured limit are reported', () => {
    const long = `We ${'really '.repeat(45)}care.`;
    assert.equal(analyze(long, { fileName: 'p.md', language: 'en' }).findings.filter((f) => f.code === 'long-sentence').length, 1);
    assert.equal(analyze(long, { fileName: 'p.md', language: 'en', readability: { maxSentenceWords: 60 } }).findings.filter((f) => f.code === 'long-sentence').length, 0);
  });
});

describe('check settings', () => {
  test('a check’s severity is configurable and "off" silences it', () => {
    const c = cases.find((x) => x.code === 'vague-purpose' && x.language === 'en')!;
    const hint = analyze(c.yes, { fileName: 'p.md', severity: { 'vague-purpose': 'hint' } }).findings.find((f) => f.code === 'vague-purpose');
    assert.equal(hint?.severity, 'hint');
    assert.ok(!analyze(c.yes, { fileName: 'p.md', severity: { 'vague-purpose': 'off' } }).findings.some((f) => f.code === 'vague-purpose'));
  });
  test('the age of the policy date is configurable', () => {
    const c = dateCases.find((x) => x.language === 'en')!;
    assert.ok(!analyze(c.yes, { fileName: 'p.md', today: TODAY, maxPolicyAgeYears: 10 }).findings.some((f) => f.code === 'policy-outdated'));
  });
});
