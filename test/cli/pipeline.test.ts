import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { checkCodes, requirementIds } from '../../server/src/service';
import { LABELLED } from '../helpers/fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SARIF_SCHEMA = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const TODAY = '2026-11-28';

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd, env: { ...process.env, ...options.env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gdpr-lens-pipeline-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

// Complete but for the DPO (recommended: a warning) and with one vague purpose (a warning).
const WARNINGS_ONLY = [
  '# Privacy notice',
  'Last updated: 1 March 2026.',
  'Example Ltd, company number 01234567, is the controller. Contact us at privacy@example.co.uk.',
  'We process your name and e-mail address to deliver our newsletter, based on your consent.',
  'Providing your e-mail address is voluntary, but without it we cannot send the newsletter.',
  'We share your data with our e-mail service provider, our processor.',
  'We do not transfer personal data outside the EU/EEA.',
  'We keep your data until you unsubscribe, and delete it within 30 days after that.',
  'You have the right to access, rectify and erase your data, to restrict processing, to data portability and to object. Write to privacy@example.co.uk.',
  'You may withdraw your consent at any time.',
  'You have the right to lodge a complaint with the Information Commissioner’s Office (ICO).',
  'We do not use automated decision-making or profiling.',
].join('\n\n') + '\n';

function json(args: string[], options: { cwd?: string } = {}) {
  const r = cli(['check', '--format', 'json', '--today', TODAY, ...args], options);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : null };
}
const codesOf = (file: { diagnostics: { code: string }[] }) => file.diagnostics.map((d) => d.code);
const severityOf = (file: { diagnostics: { code: string; severity: string }[] }, code: string) => file.diagnostics.find((d) => d.code === code)?.severity;

describe('gdpr-lens check: configuration', () => {
  test('the nearest .gdpr-lens.json applies; the command line wins over it', () => {
    const root = project({
      '.gdpr-lens.json': JSON.stringify({ rules: { 'dpo-contact': 'off' } }),
      'site/.gdpr-lens.json': JSON.stringify({ rules: { 'dpo-contact': 'error' }, language: 'sv' }),
      'privacy.md': WARNINGS_ONLY,
      'site/privacy.md': WARNINGS_ONLY,
      'site/deep/er/privacy.md': WARNINGS_ONLY,
    });
    const top = json([join(root, 'privacy.md')]).report.files[0];
    assert.ok(!codesOf(top).includes('dpo-contact'), 'config rules: off');
    const site = json([join(root, 'site', 'deep', 'er', 'privacy.md')]).report.files[0];
    assert.equal(severityOf(site, 'dpo-contact'), 'error', 'nearest config, upward');
    assert.equal(site.language, 'sv', 'config language');
    const cliWins = json(['--lang', 'en', join(root, 'site', 'privacy.md')]).report.files[0];
    assert.equal(cliWins.language, 'en', 'command line over config');
    const forced = json(['--config', join(root, '.gdpr-lens.json'), join(root, 'site', 'privacy.md')]).report.files[0];
    assert.ok(!codesOf(forced).includes('dpo-contact'), '--config replaces the search');
  });

  test('defaults < document type < config rules; inline comments win over all', () => {
    const root = project({ 'privacy.md': '# Cookie policy\n\nWe use cookies for any purpose.\n' });
    const write = (config: object) => writeFileSync(join(root, '.gdpr-lens.json'), JSON.stringify(config));
    write({});
    assert.ok(codesOf(json([join(root, 'privacy.md')]).report.files[0]).includes('right-access'), 'default: a privacy notice');
    write({ documentType: 'cookie-policy' });
    const cookie = codesOf(json([join(root, 'privacy.md')]).report.files[0]);
    assert.ok(!cookie.includes('right-access') && !cookie.includes('dpo-contact') && cookie.includes('retention'), cookie.join());
    write({ documentType: 'cookie-policy', rules: { 'right-access': 'warning' } });
    assert.equal(severityOf(json([join(root, 'privacy.md')]).report.files[0], 'right-access'), 'warning', 'config rules over the type');
    writeFileSync(join(root, 'privacy.md'), '# Cookie policy\n\nWe use cookies for any purpose.\n<!-- gdpr-lens-disable right-access -->\n');
    assert.ok(!codesOf(json([join(root, 'privacy.md')]).report.files[0]).includes('right-access'), 'inline over config');
  });

  test('facts decide conditionals and the country', () => {
    const root = project({ 'privacy.md': WARNINGS_ONLY.replace('You may withdraw your consent at any time.', '') });
    writeFileSync(join(root, '.gdpr-lens.json'), JSON.stringify({ facts: { hasDpo: true, usesLegitimateInterest: true, country: 'SE' } }));
    const file = json([join(root, 'privacy.md')]).report.files[0];
    assert.equal(file.country, 'SE');
    assert.equal(severityOf(file, 'dpo-contact'), 'error', 'hasDpo makes the DPO core');
    assert.equal(severityOf(file, 'legitimate-interests'), 'error', 'usesLegitimateInterest triggers it');
    assert.equal(file.requirements.find((r: { id: string }) => r.id === 'dpo-contact').kind, 'core');
  });

  test('an invalid config is a one-line error naming the file and the problem, exit 2', () => {
    const cases: [string, RegExp][] = [
      ['{ "rules": { "dpo-contact": "loud" } }', /\.gdpr-lens\.json: rules\.dpo-contact must be one of "off", "hint", "information", "warning", "error"\n$/],
      ['{ "documentType": "poem" }', /documentType must be one of/],
      ['{ "colour": true }', /\.gdpr-lens\.json: the top level has an unknown property "colour"\n$/],
      ['{ "facts": { "hasDpo": "yes" } }', /facts\.hasDpo must be boolean/],
      ['{ nope', /\.gdpr-lens\.json: invalid JSON/],
    ];
    for (const [content, expected] of cases) {
      const root = project({ '.gdpr-lens.json': content, 'privacy.md': WARNINGS_ONLY });
      const { code, stdout, stderr } = cli(['check', join(root, 'privacy.md')]);
      assert.equal(code, 2, content);
      assert.equal(stdout, '');
      assert.match(stderr, /^gdpr-lens: /);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, expected);
    }
    const missing = cli(['check', '--config', '/nonexistent/.gdpr-lens.json', join(LABELLED, 'sv-visir.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nonexistent\/\.gdpr-lens\.json: config file not found/);
  });

  test('the schema in the package validates the sample configs and is contributed to VS Code', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.gdpr-lens.json', url: './schemas/gdpr-lens.schema.json' }]);
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'gdpr-lens.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate({ language: 'sv', country: 'SE', documentType: 'cookie-policy', rules: { 'dpo-contact': 'off' }, files: ['**/*.md'], facts: { controllerName: 'Ex AB', hasDpo: true } }));
    assert.ok(!validate({ rules: { 'dpo-contact': 'loud' } }));
    // Every document type's rules name real codes.
    const types = JSON.parse(readFileSync(join(__dirname, '..', '..', 'server', 'src', 'data', 'common', 'documentTypes.json'), 'utf8')).types;
    assert.deepEqual(Object.keys(types).sort(), [...schema.properties.documentType.enum].sort());
    for (const [type, { rules }] of Object.entries(types as Record<string, { rules: Record<string, string> }>)) {
      for (const code of Object.keys(rules)) assert.ok(requirementIds.includes(code) || code in checkCodes, `${type}: ${code}`);
    }
  });
});

describe('gdpr-lens check: inputs, formats and exit codes', () => {
  test('walks directories, matches globs and honours --ignore and the config files globs', () => {
    const root = project({
      'a/privacy.md': WARNINGS_ONLY,
      'a/b/cookies.html': '<h1>Cookies</h1><p>We use cookies.</p>',
      'a/b/notes.json': '{}',
      'a/c/terms.txt': 'Terms.',
      'a/node_modules/x/privacy.md': WARNINGS_ONLY,
      'z.policy': WARNINGS_ONLY,
    });
    const paths = (args: string[]) => json(args, { cwd: root }).report.files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths(['.']), ['a/b/cookies.html', 'a/c/terms.txt', 'a/privacy.md', 'z.policy']);
    assert.deepEqual(paths(['a/**/*.html', 'z.policy']), ['a/b/cookies.html', 'z.policy']);
    assert.deepEqual(paths(['.', '--ignore', '*.txt', '--ignore', 'a/b']), ['a/privacy.md', 'z.policy']);
    writeFileSync(join(root, '.gdpr-lens.json'), JSON.stringify({ files: ['**/privacy.md', '*.policy'], ignore: ['z.*'] }));
    assert.deepEqual(paths(['.']), ['a/privacy.md']);
    const none = cli(['check', 'nothing/**/*.md'], { cwd: root });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no file matches/);
  });

  test('--fail-on decides exit 1', () => {
    const root = project({ 'privacy.md': WARNINGS_ONLY });
    const path = join(root, 'privacy.md');
    const r = json([path]);
    assert.ok(r.report.files[0].diagnostics.some((d: { severity: string }) => d.severity === 'warning'));
    assert.ok(!r.report.files[0].diagnostics.some((d: { severity: string }) => d.severity === 'error'), r.stdout);
    assert.equal(cli(['check', '--today', TODAY, path]).code, 0);
    assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'error', path]).code, 0);
    assert.equal(cli(['check', '--today', TODAY, '--fail-on', 'warning', path]).code, 1);
    const seed = join(LABELLED, 'sv-visir.txt');
    assert.equal(cli(['check', seed]).code, 1);
    assert.equal(cli(['check', '--fail-on', 'never', seed]).code, 0);
    const bad = cli(['check', '--fail-on', 'sometimes', seed]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on/);
  });

  test('parallel and sequential runs give identical output, in the same order', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const sequential = cli(['check', '--format', format, '--today', TODAY, '--jobs', '1', LABELLED]);
      const parallel = cli(['check', '--format', format, '--today', TODAY, '--jobs', '4', LABELLED]);
      const auto = cli(['check', '--format', format, '--today', TODAY, LABELLED]);
      assert.equal(sequential.code, 1);
      assert.ok(sequential.stdout.length > 1000);
      assert.equal(parallel.stdout, sequential.stdout, format);
      assert.equal(auto.stdout, sequential.stdout, format);
      assert.equal(parallel.code, sequential.code);
    }
  });

  test('colour only on a terminal without NO_COLOR (never in a pipe)', () => {
    const { stdout } = cli(['check', join(LABELLED, 'sv-visir.txt')]);
    assert.ok(!stdout.includes('\x1b['));
  });

  test('SARIF 2.1.0 output is valid against the schema, with rule metadata and 1-based regions', () => {
    const { code, stdout } = cli(['check', '--format', 'sarif', '--today', TODAY, join(LABELLED, 'sv-visir.txt'), join(LABELLED, 'en-cloudshift21.txt')]);
    assert.equal(code, 1);
    const log = JSON.parse(stdout);
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(SARIF_SCHEMA);
    assert.ok(validate(log as object), JSON.stringify(validate.errors, null, 2));
    const [run] = log.runs;
    const rules = run.tool.driver.rules;
    assert.deepEqual(rules.map((r: { id: string }) => r.id).slice(0, requirementIds.length), requirementIds);
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text && rule.help.text && rule.name, rule.id);
      assert.match(rule.helpUri, /^https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2016\/679\/oj\/eng#art_\d+$/);
    }
    assert.ok(run.results.length > 10);
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      const region = result.locations[0].physicalLocation.region;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    }
    // The same finding in JSON (0-based) and SARIF (1-based).
    const j = json([join(LABELLED, 'sv-visir.txt')]).report.files[0].diagnostics[0];
    const s = run.results[0].locations[0].physicalLocation.region;
    assert.deepEqual([s.startLine, s.startColumn], [j.range.start.line + 1, j.range.start.character + 1]);
    // Schema sanity: a result without a message, or an unknown property, is rejected.
    assert.ok(!validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] }));
    assert.ok(!validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, bogus: 1 }] }));
  });
});
