import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requirementIds } from '../../server/src/service';
import { LABELLED } from '../helpers/fixtures';

// The CLI is tested as users run it: the bundled dist/cli.js in a child process.
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
// sv-visir lacks several core disclosures (its labels say so), so checking it must exit 1.
const SEED = join(LABELLED, 'sv-visir.txt');
const scratch = mkdtempSync(join(tmpdir(), 'gdpr-lens-cli-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const COMPLETE_EN = [
  '# Privacy notice',
  'Last updated: 1 March 2025.',
  'Example Ltd, company number 01234567, is the controller. Contact us at privacy@example.co.uk.',
  'Our data protection officer can be reached at dpo@example.co.uk.',
  'We process your name and e-mail address to deliver our newsletter, based on your consent.',
  'Providing your e-mail address is voluntary, but without it we cannot send the newsletter.',
  'We share your data with our e-mail service provider, our processor.',
  'We do not transfer personal data outside the EU/EEA.',
  'We keep your data until you unsubscribe, and delete it within 30 days after that.',
  'You have the right to access, rectify and erase your data, to restrict processing, to data portability and to object.',
  'You may withdraw your consent at any time.',
  'You have the right to lodge a complaint with the Information Commissioner’s Office (ICO).',
  'We do not use automated decision-making or profiling.',
].join('\n\n');

describe('gdpr-lens check', () => {
  test('prints compiler-style lines and exits 1 when a policy has an error-level finding', () => {
    const { code, stdout, stderr } = cli('check', SEED);
    assert.equal(code, 1, stderr);
    assert.match(stdout, /sv-visir\.txt:\d+:\d+: (error|warning) [a-z-]+: /);
    assert.match(stdout, /disclosures present/);
  });

  test('exits 0 when no finding is an error', () => {
    const { code, stdout, stderr } = cli('check', file('privacy.md', COMPLETE_EN));
    assert.equal(code, 0, stdout + stderr);
  });

  test('writes the JSON contract with every requirement once per file', () => {
    const { code, stdout } = cli('check', '--format', 'json', SEED);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    const [result] = report.files;
    assert.equal(result.path, SEED);
    assert.equal(result.language, 'sv');
    assert.equal(result.country, 'SE');
    assert.deepEqual(result.requirements.map((r: { id: string }) => r.id), requirementIds);
    for (const r of result.requirements) {
      assert.ok(['present', 'missing', 'not-applicable'].includes(r.status), r.id);
      assert.equal(typeof r.article, 'string');
      for (const range of r.evidence) {
        assert.ok(range.start.line >= 0 && range.start.character >= 0 && range.end.line >= range.start.line, r.id);
      }
    }
    for (const d of result.diagnostics) {
      assert.ok(requirementIds.includes(d.code) || /^[a-z-]+$/.test(d.code));
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(d.message.length > 10);
      assert.ok(d.range.start.line >= 0);
    }
  });

  test('gives conditional requirements their trigger ranges in the JSON', () => {
    const { stdout } = cli('check', '--format', 'json', join(LABELLED, 'en-cloudshift21.txt'));
    const transfer = JSON.parse(stdout).files[0].requirements.find((r: { id: string }) => r.id === 'transfer-safeguards');
    assert.equal(transfer.status, 'present');
    assert.ok(transfer.trigger.length > 0);
  });

  test('reports positions in UTF-16 code units, as LSP does', () => {
    const path = file('privacy-emoji.md', '# 🔒 Privacy 🔒\n\nHello.\n');
    const { stdout } = cli('check', '--format', 'json', path);
    // '# ' is 2 units; each 🔒 is a surrogate pair (2 units): the title spans 2 + 1 + 7 + 1 + 2 units.
    const title = JSON.parse(stdout).files[0].diagnostics.find((d: { code: string }) => d.code === 'controller-identity');
    assert.deepEqual(title.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 15 } });
  });

  test('exits 2 with a one-line message for a missing file', () => {
    const { code, stderr, stdout } = cli('check', join(scratch, 'nope.md'));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^gdpr-lens: .*nope\.md: no such file\n$/);
  });

  test('exits 2 for a directory without policy files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'gdpr-lens-empty-'));
    writeFileSync(join(empty, 'notes.json'), '{}');
    const { code, stderr } = cli('check', empty);
    assert.equal(code, 2);
    assert.match(stderr, /no policy files in this directory/);
  });

  test('exits 2 for a binary file', () => {
    const { code, stderr } = cli('check', file('junk.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])));
    assert.equal(code, 2);
    assert.match(stderr, /binary/);
  });

  test('exits 2 on usage errors: no command, no file, unknown format or option', () => {
    assert.equal(cli().code, 2);
    assert.equal(cli('check').code, 2);
    const format = cli('check', '--format', 'xml', SEED);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown format "xml"/);
    const option = cli('check', '--frobnicate', SEED);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /frobnicate/);
  });

  test('honours --language and --messages', () => {
    const { stdout } = cli('check', '--format', 'json', '--language', 'en', '--messages', 'en', SEED);
    const [result] = JSON.parse(stdout).files;
    assert.equal(result.language, 'en');
    assert.match(result.diagnostics[0].message, /^Missing: /);
  });

  test('prints help and the version', () => {
    assert.match(cli('--help').stdout, /Usage: gdpr-lens check/);
    assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
