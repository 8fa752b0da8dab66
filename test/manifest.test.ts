import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '../server/src/shared/settings';

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
    for (const required of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'README.md', 'LICENSE', 'package.json', 'syntaxes/privacy-policy.tmLanguage.json']) {
      assert.ok(files.includes(required), required);
    }
    assert.ok(files.some((f) => f.startsWith('snippets/')), 'snippets');
    for (const file of files) {
      assert.ok(!/^(node_modules|server|client|test|scripts)\//.test(file) && !file.endsWith('.ts') && !file.endsWith('.map'), `should not be packaged: ${file}`);
    }
  });
});
