import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/service';
import { parseSuppressions } from '../../server/src/service/suppression';

const TODAY = '2026-11-28';
const codes = (text: string, fileName = 'privacy.md') =>
  analyze(text, { fileName, language: 'en', today: TODAY }).findings.map((f) => f.code);

const BASE = '# Privacy notice\n\nWe use your data for any purpose.\n';

describe('inline suppression', () => {
  test('parses ids, a reason and the next line', () => {
    const [s] = parseSuppressions('<!-- gdpr-lens-disable-next-line vague-purpose, policy-date -- legal says so -->\n\nText\n');
    assert.equal(s.scope, 'next-line');
    assert.deepEqual(s.ids.map((i) => i.id), ['vague-purpose', 'policy-date']);
    assert.equal(s.line, 2);
  });

  test('disable hides a requirement in the whole document, and the status stays', () => {
    assert.ok(codes(BASE).includes('right-portability'));
    const text = BASE + '<!-- gdpr-lens-disable right-portability -- we hold no data that could be ported -->\n';
    const result = analyze(text, { fileName: 'privacy.md', language: 'en', today: TODAY });
    assert.ok(!result.findings.some((f) => f.code === 'right-portability'));
    assert.equal(result.requirements.find((r) => r.id === 'right-portability')!.status, 'missing');
    assert.ok(!result.findings.some((f) => f.code.startsWith('suppression-')));
  });

  test('disable-next-line hides a check on the next line only', () => {
    const text = BASE + '\n<!-- gdpr-lens-disable-next-line vague-purpose -->\nWe may also use it for any purpose we like.\n';
    assert.equal(codes(text).filter((c) => c === 'vague-purpose').length, 1);
    const both = BASE.replace('We use', '<!-- gdpr-lens-disable-next-line vague-purpose -->\nWe use');
    assert.equal(codes(both).filter((c) => c === 'vague-purpose').length, 0);
  });

  test('an unknown id is a warning on the id', () => {
    const text = BASE + '<!-- gdpr-lens-disable no-such-rule -->\n';
    const result = analyze(text, { fileName: 'privacy.md', language: 'en', today: TODAY });
    const unknown = result.findings.filter((f) => f.code === 'suppression-unknown');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0].severity, 'warning');
    assert.equal(text.slice(unknown[0].span.start, unknown[0].span.end), 'no-such-rule');
  });

  test('a suppression that hides nothing is a hint', () => {
    const text = BASE + '\n<!-- gdpr-lens-disable-next-line vague-purpose -->\nNothing vague here.\n';
    const result = analyze(text, { fileName: 'privacy.md', language: 'en', today: TODAY });
    const unused = result.findings.filter((f) => f.code === 'suppression-unused');
    assert.equal(unused.length, 1);
    assert.equal(unused[0].severity, 'hint');
    assert.equal(text.slice(unused[0].span.start, unused[0].span.end), 'vague-purpose');
  });

  test('works in HTML and plain text', () => {
    const html = '<html><body><h1>Privacy notice</h1>\n<!-- gdpr-lens-disable-next-line vague-purpose -->\n<p>We use your data for any purpose.</p>\n<!-- gdpr-lens-disable right-portability -->\n</body></html>';
    const h = codes(html, 'privacy.html');
    assert.ok(!h.includes('vague-purpose') && !h.includes('right-portability') && !h.some((c) => c.startsWith('suppression-')), h.join());
    const txt = 'PRIVACY NOTICE\n\n<!-- gdpr-lens-disable right-portability -->\nWe use your data for any purpose.\n';
    assert.ok(!codes(txt, 'privacy.txt').includes('right-portability'));
  });

  test('the suppression findings obey the severity settings', () => {
    const text = BASE + '<!-- gdpr-lens-disable no-such-rule -->\n';
    const result = analyze(text, { fileName: 'privacy.md', language: 'en', today: TODAY, severity: { 'suppression-unknown': 'off' } });
    assert.ok(!result.findings.some((f) => f.code === 'suppression-unknown'));
  });
});
