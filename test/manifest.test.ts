import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '../server/src/shared/settings';
import { checkCodes, requirementIds } from '../server/src/service';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; description?: string; markdownDescription?: string }>;

describe('the extension manifest', () => {
  test('pins engines.vscode to the @types/vscode it is built against', () => {
    const types = manifest.devDependencies['@types/vscode'];
    assert.equal(manifest.engines.vscode, `^${types}`);
  });

  test('declares every setting the server reads, with the server’s defaults and a localised description', () => {
    for (const [key, value] of Object.entries(defaultSettings)) {
      const property = properties[`gdprLens.${key}`];
      assert.ok(property, `gdprLens.${key} is contributed`);
      assert.deepEqual(property.default, value, `default of gdprLens.${key}`);
    }
    for (const [key, property] of Object.entries(properties)) {
      const description = property.description ?? property.markdownDescription ?? '';
      const id = /^%(.+)%$/.exec(description)?.[1];
      assert.ok(id && nls[id], `${key} has a description in package.nls.json`);
    }
  });

  test('gives every command a category and a localised title, in English, Swedish and Danish', () => {
    for (const language of ['', '.sv', '.da']) {
      const strings = JSON.parse(readFileSync(join(ROOT, `package.nls${language}.json`), 'utf8'));
      for (const command of manifest.contributes.commands) {
        assert.equal(command.category, 'GDPR Lens');
        assert.ok(strings[command.title.slice(1, -1)], `${command.command} has a title in package.nls${language}.json`);
      }
    }
  });

  test('contributes every generated snippets file', () => {
    const contributed = new Set(manifest.contributes.snippets.map((s: { path: string }) => s.path.replace('./', '')));
    for (const file of readdirSync(join(ROOT, 'snippets'))) assert.ok(contributed.has(`snippets/${file}`), file);
  });

  test('packages the bundles, grammar, snippets, README and licence, and no sources, tests or modules', () => {
    const files = execFileSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const required of ['dist/client.js', 'dist/server.js', 'dist/browser/client.js', 'dist/browser/server.js', 'dist/cli.js', 'README.md', 'LICENSE', 'package.json', 'syntaxes/privacy-policy.tmLanguage.json']) {
      assert.ok(files.includes(required), required);
    }
    assert.ok(files.some((f) => f.startsWith('snippets/')), 'snippets');
    for (const file of files) {
      assert.ok(!/^(node_modules|server|client|test|scripts)\//.test(file) && !file.endsWith('.ts') && !file.endsWith('.map'), `should not be packaged: ${file}`);
    }
  });

  test('is also a web extension: a browser entry whose bundle esbuild builds', () => {
    assert.equal(manifest.browser, './dist/browser/client.js');
    assert.equal(manifest.main, './dist/client.js');
    const esbuild = readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8');
    assert.ok(esbuild.includes("'client/src/browser.ts'") && esbuild.includes("'server/src/browser/main.ts'"));
  });

  test('contributes the checklist view, with a localised name and welcome text, and a command that opens it', () => {
    const view = manifest.contributes.views.explorer.find((v: { id: string }) => v.id === 'gdprLens.checklist');
    assert.ok(view);
    for (const language of ['', '.sv', '.da']) {
      const strings = JSON.parse(readFileSync(join(ROOT, `package.nls${language}.json`), 'utf8'));
      assert.ok(strings[view.name.slice(1, -1)], `view name in package.nls${language}.json`);
      assert.ok(strings['view.checklist.welcome'], `welcome text in package.nls${language}.json`);
    }
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'gdprLens.showChecklist'));
  });

  test('has a Swedish and a Danish translation of every string the client shows', () => {
    const sources = readdirSync(join(ROOT, 'client', 'src')).filter((f) => f.endsWith('.ts'));
    const strings = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(join(ROOT, 'client', 'src', file), 'utf8').matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)) strings.add(match[1]);
    }
    assert.ok(strings.size >= 5, `found ${strings.size} strings`);
    for (const language of ['sv', 'da']) {
      const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8'));
      for (const s of strings) assert.ok(bundle[s], `"${s}" in bundle.l10n.${language}.json`);
    }
  });

  test('lists every requirement id and check code in the schema of gdprLens.severity, and nothing else', () => {
    const severity = manifest.contributes.configuration.properties['gdprLens.severity'];
    assert.deepEqual(Object.keys(severity.properties).sort(), [...requirementIds, ...Object.keys(checkCodes), 'suppression-unknown', 'suppression-unused'].sort());
    assert.equal(severity.additionalProperties, false);
  });
});
