import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { killServers, TestClient } from '../helpers/lspClient';

after(killServers);

const POLICY = '# Privacy policy\n\nWe care about your privacy.\n';

describe('.gdpr-lens.json in the language server', () => {
  test('applies the nearest config, and an invalid one is a diagnostic on the config file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gdpr-lens-lsp-config-'));
    writeFileSync(join(root, '.gdpr-lens.json'), JSON.stringify({ rules: { 'dpo-contact': 'off', 'right-access': 'hint' } }));
    const client = new TestClient();
    await client.initialize();
    const uri = pathToFileURL(join(root, 'privacy-policy.md')).href;
    await client.open(uri, POLICY, 'markdown', 1);
    const published = await client.diagnostics(uri);
    const codes = published.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('right-erasure'));
    assert.ok(!codes.includes('dpo-contact'), 'off in the config');
    assert.equal(published.diagnostics.find((d) => d.code === 'right-access')?.severity, 4, 'hint in the config');

    const broken = mkdtempSync(join(tmpdir(), 'gdpr-lens-lsp-broken-'));
    writeFileSync(join(broken, '.gdpr-lens.json'), '{ "rules": { "dpo-contact": "loud" } }');
    const other = pathToFileURL(join(broken, 'privacy-policy.md')).href;
    await client.open(other, POLICY, 'markdown', 1);
    const onConfig = await client.diagnostics(pathToFileURL(join(broken, '.gdpr-lens.json')).href);
    assert.match(String(onConfig.diagnostics[0].message), /rules\.dpo-contact must be one of/);
    // The document is still checked, with the defaults.
    const withDefaults = await client.diagnostics(other);
    assert.ok(withDefaults.diagnostics.some((d) => d.code === 'dpo-contact'));
    assert.equal(await client.shutdown(), 0);
  });
});
