import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The report is compared with committed snapshots (a fixed --today). After an intended change, regenerate them
// with UPDATE_SNAPSHOTS=1 node test/run.mjs cli/report and review the diff.
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const POLICY = 'test/fixtures/report/privacy-policy.md';

function report(format: string) {
  const result = spawnSync(process.execPath, [CLI, 'report', '--format', format, '--today', '2026-11-28', POLICY], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('gdpr-lens report', () => {
  for (const format of ['md', 'html']) {
    test(`matches the ${format} snapshot`, () => {
      const { code, stdout, stderr } = report(format);
      assert.equal(code, 0, stderr);
      const snapshot = join(ROOT, 'test', 'fixtures', 'report', `expected.${format}`);
      if (process.env.UPDATE_SNAPSHOTS) writeFileSync(snapshot, stdout);
      assert.equal(stdout, readFileSync(snapshot, 'utf8'));
    });
  }

  test('has the checklist, evidence with lines, missing items with clauses, findings and readability', () => {
    const { stdout } = report('md');
    assert.match(stdout, /\| The controller's identity \(`controller-identity`\) \| \[13\(1\)\(a\), 14\(1\)\(a\)\]\(https:\/\/eur-lex[^)]+\) \| ✔ present \| line 5: “Example Ltd/);
    assert.match(stdout, /### The right to lodge a complaint \(GDPR Art\. 13\(2\)\(d\), 77\)\n\n.+\n\nSuggested clause:\n\n> /);
    assert.match(stdout, /## Reviewer findings\n\n\| Line \| Severity \| Code \| Finding \|/);
    assert.match(stdout, /`vague-retention`/);
    assert.doesNotMatch(stdout, /`vague-purpose`/, 'suppressed inline');
    assert.match(stdout, /\| Flesch reading ease \(lower is harder\) \| \d+\.\d \|/);
  });

  test('the HTML is one self-contained file with print CSS', () => {
    const { stdout } = report('html');
    assert.match(stdout, /^<!DOCTYPE html>/);
    assert.match(stdout, /@media print/);
    assert.doesNotMatch(stdout, /<link|<script|src=/);
  });

  test('takes one file and exits 2 otherwise', () => {
    const r = spawnSync(process.execPath, [CLI, 'report', POLICY, POLICY], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 2);
    const f = spawnSync(process.execPath, [CLI, 'report', '--format', 'sarif', POLICY], { encoding: 'utf8', cwd: ROOT });
    assert.equal(f.status, 2);
    assert.match(f.stderr, /unknown format "sarif" \(use md or html\)/);
  });
});
