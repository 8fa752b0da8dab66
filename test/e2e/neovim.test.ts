import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver-protocol';
import { LABELLED } from '../helpers/fixtures';

/**
 * End to end with a real LSP client: Neovim 0.7 (Debian bookworm's), headless, drives the bundled server
 * `dist/server.js --stdio` through test/e2e/neovim/harness.sh (+ harness.lua), which writes a JSON report of
 * what Neovim received: diagnostics, hover, code actions, the buffer text after applying one, the diagnostics
 * published for the edited buffer, and the workspace/configuration requests.
 *
 * Quirks of Neovim 0.7 this test pins down (see the report for details):
 * - it sends no `locale` in initialize, so the server's messages, hovers and fix titles are in the document's
 *   language unless gdprLens.messagesLanguage says otherwise;
 * - it answers workspace/configuration but does not advertise `workspace.configuration`, so the server takes
 *   settings from workspace/didChangeConfiguration (sent by the harness, as nvim-lspconfig did); Neovim ≥ 0.8
 *   advertises it, which the harness simulates with --configuration-capability;
 * - with `-u NONE` there is no filetype detection, so the filetype (= languageId) is given: `plaintext` as VS Code
 *   says, or `text`, Neovim's own name, which the server reads as plain text too.
 */

const ROOT = join(__dirname, '..', '..');
const HARNESS = join(__dirname, 'neovim', 'harness.sh');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const NVIM = process.env.NVIM ?? 'nvim';

const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Fails (never skips) when Neovim or the bundle is missing. */
function requirePrerequisites(): void {
  const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    assert.fail('Neovim not found: install it with `apt-get install -y neovim` (bash .ci/run does)');
  }
  assert.ok(existsSync(SERVER), `${SERVER} is missing: build it with \`node esbuild.mjs\``);
}

/** A diagnostic as Neovim received it (JSON). */
interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

interface Report {
  ok: boolean;
  errors: string[];
  exit_code: number;
  uri: string;
  filetype: string;
  offset_encoding: string;
  diagnostics_mode: string;
  diagnostics: Diagnostic[];
  diagnostics_after?: Diagnostic[];
  hover?: { contents: unknown; range?: Range } | null;
  hover_text?: string;
  code_actions: { title: string; kind: string | null; isPreferred: boolean; has_edit: boolean; command: string | null }[];
  applied?: string;
  text_before: string;
  text_after: string;
  configuration_requests: { section?: string; scopeUri?: string }[][];
  configuration_capability: boolean;
  logs: string[];
}

interface Run {
  report: Report;
  status: number | null;
  stderr: string;
  ms: number;
}

/** Writes `text` as `dir/name` (a fresh, writable file: the fixtures are read-only) and returns its path. */
function policyFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdpr-lens-nvim-'));
  temps.push(dir);
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the harness on `file` with the server; `args` are harness options. */
function runNeovim(file: string, args: string[]): Run {
  requirePrerequisites();
  const out = join(mkdtempSync(join(tmpdir(), 'gdpr-lens-nvim-report-')), 'report.json');
  temps.push(join(out, '..'));
  const started = Date.now();
  const result = spawnSync('bash', [HARNESS, '--file', file, '--timeout-ms', '15000', '--out', out, ...args, '--', process.execPath, SERVER, '--stdio'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NVIM, HARNESS_TIMEOUT: '60' },
    timeout: 90_000,
  });
  const ms = Date.now() - started;
  assert.ok(existsSync(out), `the harness wrote no report (exit ${result.status}, ${result.error ?? ''}):\n${result.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  return { report, status: result.status, stderr: result.stderr, ms };
}

/** What `gdpr-lens check --format json` reports for a file, with messages in `messages`. */
function cliDiagnostics(file: string, messages: string): { code: string; severity: string; message: string; range: Diagnostic['range'] }[] {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'never', '--messages', messages, file], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout).files[0].diagnostics;
}

/** The LSP position (0-based line, UTF-16 column) of the first occurrence of `needle` in `text`, plus `shift`. */
function positionOf(text: string, needle: string, shift = 0): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in the text`);
  const before = text.slice(0, offset + shift).split('\n');
  return `${before.length - 1}:${before[before.length - 1].length}`;
}

/** A regular expression for a message template of server/src/data/<language>/messages.json ("{title}" → a group). */
function template(language: string, key: string): RegExp {
  const messages = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'data', language, 'messages.json'), 'utf8'));
  const text: string = messages.templates[key];
  assert.ok(text, `no template ${key} for ${language}`);
  const pattern = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '(.+)');
  return new RegExp(`^${pattern}$`);
}

/**
 * The text inserted into `before` to give `after`, when `after` is exactly `before` plus one inserted piece;
 * fails otherwise (every original character kept in place, nothing rewritten).
 */
function insertedText(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  assert.equal(after.slice(0, start) + after.slice(after.length - end), before, 'the edit changed more than one place');
  return after.slice(start, after.length - end);
}

/** Whether the lines of `small` appear in `big` in the same order. */
function linesInOrder(small: string, big: string): boolean {
  const wanted = small.split('\n');
  let i = 0;
  for (const line of big.split('\n')) if (i < wanted.length && line === wanted[i]) i++;
  return i === wanted.length;
}

interface Case {
  language: string;
  seed: string;
  /** The name the policy gets: one the server checks (gdprLens.files). */
  name: string;
  filetype: string;
  /** The seeds cite no article: this sentence, appended, gives the hover something to explain. */
  citation: string;
  /** The article reference in `citation` to hover, and what the hover must say. */
  reference: string;
  hoverTitle: RegExp;
  /** A requirement the seed lacks, and what its quick-fix must insert. */
  missing: string;
  fixTemplate: 'fixInsertSection' | 'fixInsertItem';
  clause: RegExp;
}

const CASES: Case[] = [
  {
    language: 'en',
    seed: 'en-cloudvisor.txt',
    name: 'privacy-policy.md',
    filetype: 'markdown',
    citation: 'Where we rely on legitimate interests, the legal basis is Art. 6(1)(f) GDPR.',
    reference: 'Art. 6(1)(f) GDPR',
    hoverTitle: /\*\*Art\. 6\(1\)\(f\) GDPR\*\* · Lawfulness of processing/,
    missing: 'right-complaint',
    fixTemplate: 'fixInsertSection',
    clause: /supervisory authority/i,
  },
  {
    language: 'sv',
    seed: 'sv-cloudist.txt',
    name: 'integritetspolicy.txt',
    filetype: 'plaintext',
    citation: 'Den rättsliga grunden för behandlingen är artikel 6.1 f i dataskyddsförordningen (GDPR).',
    reference: 'artikel 6.1 f i dataskyddsförordningen',
    hoverTitle: /\*\*Artikel 6\.1 f dataskyddsförordningen\*\* · Laglig behandling av personuppgifter/,
    missing: 'automated-decisions',
    fixTemplate: 'fixInsertSection',
    clause: /automatiserade beslut/i,
  },
  {
    language: 'da',
    seed: 'da-cloudservice.txt',
    name: 'privatlivspolitik.txt',
    filetype: 'text', // Neovim's own name for plain text
    citation: 'Retsgrundlaget for behandlingen er artikel 6, stk. 1, litra f, i databeskyttelsesforordningen (GDPR).',
    reference: 'artikel 6, stk. 1, litra f',
    hoverTitle: /\*\*Artikel 6, stk\. 1, litra f, i databeskyttelsesforordningen\*\* · Lovlig behandling/,
    missing: 'right-portability',
    fixTemplate: 'fixInsertItem',
    clause: /dataportabilitet \(artikel 20\)/,
  },
];

function policyText(c: Case): string {
  return `${readFileSync(join(LABELLED, c.seed), 'utf8')}\n\n${c.citation}\n`;
}

describe('Neovim 0.7 as the LSP client (headless, test/e2e/neovim/harness.sh)', () => {
  for (const c of CASES) {
    test(`${c.language}: ${c.name} gets diagnostics, an article hover and a working quick-fix for ${c.missing}`, () => {
      const text = policyText(c);
      const file = policyFile(c.name, text);
      const hoverAt = positionOf(text, c.citation, c.citation.indexOf(c.reference) + 2);
      const { report, status, stderr, ms } = runNeovim(file, ['--filetype', c.filetype, '--hover', hoverAt, '--action-for', c.missing]);
      assert.deepEqual(report.errors, [], stderr);
      assert.equal(status, 0, stderr);
      assert.ok(ms < 30_000, `took ${ms} ms`);
      assert.equal(report.text_before, text, 'Neovim read the file as it is on disk');
      assert.equal(report.filetype, c.filetype);
      assert.equal(report.offset_encoding, 'utf-16');
      assert.equal(report.diagnostics_mode, 'push');

      // Diagnostics: ours, and the same as the CLI's (Neovim sends no locale, so the server answers in the document's language).
      assert.ok(report.diagnostics.length > 0);
      for (const d of report.diagnostics) assert.equal(d.source, 'gdpr-lens');
      const missing = report.diagnostics.find((d) => d.code === c.missing);
      assert.ok(missing, `no ${c.missing} diagnostic in ${report.diagnostics.map((d) => d.code).join(', ')}`);
      const severities: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
      const cli = cliDiagnostics(file, c.language).map((d) => ({ code: d.code, severity: severities[d.severity], message: d.message, range: d.range }));
      const seen = report.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));
      assert.deepEqual(seen, cli);

      // Hover on the article reference, found in the text (UTF-16 columns, as Neovim 0.7 sends them).
      assert.ok(report.hover, 'no hover');
      assert.match(report.hover_text ?? '', c.hoverTitle);
      const line = Number(hoverAt.split(':')[0]);
      assert.equal(report.hover.range?.start.line, line);
      const lineText = text.split('\n')[line];
      assert.ok(lineText.slice(report.hover.range!.start.character, report.hover.range!.end.character).includes(c.reference.slice(0, 9)));

      // The quick-fix at the missing requirement, applied by Neovim (vim.lsp.util.apply_workspace_edit).
      const title = template(c.language, c.fixTemplate);
      const fix = report.code_actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.ok(fix, `no preferred quick-fix in ${JSON.stringify(report.code_actions)}`);
      assert.match(fix.title, title);
      assert.equal(fix.has_edit, true);
      assert.equal(report.applied, fix.title);
      assert.ok(report.code_actions.some((a) => a.kind === 'source.gdprLens.insertAllMissing'));

      // The buffer after: exactly the original text plus the inserted section.
      assert.ok(linesInOrder(text, report.text_after), 'an original line is missing or moved');
      const inserted = insertedText(text, report.text_after);
      assert.ok(inserted.trim().length > 0);
      const subject = title.exec(fix.title)![1];
      assert.ok(inserted.includes(subject), `the inserted text lacks "${subject}":\n${inserted}`);
      assert.match(inserted, c.clause);
      if (c.fixTemplate === 'fixInsertSection') assert.match(inserted, new RegExp(`^(#+ )?${subject.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}$`, 'm'), 'the heading is a line of its own');

      // Diagnostics re-published for the edited buffer: the finding is gone, the others stay.
      const afterCodes = (report.diagnostics_after ?? []).map((d) => d.code);
      assert.ok(!afterCodes.includes(c.missing), `${c.missing} still reported: ${afterCodes.join(', ')}`);
      const others = report.diagnostics.filter((d) => d.code !== c.missing && d.severity! <= 2).map((d) => d.code);
      for (const code of others) assert.ok(afterCodes.includes(code), `${code} vanished after the fix`);
    });
  }
});

describe('Neovim 0.7: settings reach the server', () => {
  const c = CASES.find((x) => x.language === 'sv')!;
  const settings = { gdprLens: { severity: { 'automated-decisions': 'off', 'dpo-contact': 'information' }, messagesLanguage: 'sv' } };
  const variants = [
    // What Neovim 0.7 does: no workspace.configuration capability, so the server never asks and takes the
    // settings from workspace/didChangeConfiguration.
    { name: 'through workspace/didChangeConfiguration (Neovim 0.7 capabilities)', args: [], pulled: false },
    // What Neovim ≥ 0.8 does: workspace.configuration advertised, the server asks for the "gdprLens" section.
    { name: 'through workspace/configuration (capability advertised, as Neovim ≥ 0.8 does)', args: ['--configuration-capability'], pulled: true },
  ];
  for (const variant of variants) {
    test(variant.name, () => {
      const text = policyText(c);
      const file = policyFile(c.name, text);
      const { report, status, stderr } = runNeovim(file, ['--filetype', c.filetype, '--settings', JSON.stringify(settings), '--action-for', 'statutory-requirement', ...variant.args]);
      assert.deepEqual(report.errors, [], stderr);
      assert.equal(status, 0, stderr);
      assert.equal(report.configuration_capability, variant.pulled);
      const requests = report.configuration_requests.flat();
      if (variant.pulled) {
        assert.ok(requests.length > 0, 'the server sent no workspace/configuration request');
        for (const item of requests) assert.deepEqual(item, { scopeUri: report.uri, section: 'gdprLens' });
      } else {
        assert.deepEqual(requests, []);
      }
      const codes = report.diagnostics.map((d) => d.code);
      // gdprLens.severity: "off" removes the finding, another level changes it.
      assert.ok(!codes.includes('automated-decisions'), `automated-decisions is "off" but reported: ${codes.join(', ')}`);
      assert.equal(report.diagnostics.find((d) => d.code === 'dpo-contact')?.severity, 3);
      assert.ok(codes.includes('statutory-requirement'));
      // gdprLens.messagesLanguage: Swedish messages and fix titles although Neovim sends no locale.
      assert.match(report.diagnostics.find((d) => d.code === 'statutory-requirement')!.message, /^Saknas: /);
      assert.match(report.applied ?? '', template('sv', 'fixInsertSection'));
      assert.ok(!(report.diagnostics_after ?? []).some((d) => d.code === 'statutory-requirement' || d.code === 'automated-decisions'));
    });
  }
});
