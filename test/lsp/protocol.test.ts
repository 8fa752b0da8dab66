import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { killServers, TestClient } from '../helpers/lspClient';

after(killServers);
import { LABELLED } from '../helpers/fixtures';

const POLICY_URI = 'file:///work/site/privacy-policy.md';
const SEED = readFileSync(join(LABELLED, 'sv-cloudist.txt'), 'utf8');

describe('the language server over stdio', () => {
  test('goes through its whole lifecycle: initialize, diagnostics per version, close, shutdown, exit', async () => {
    const client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.serverInfo?.name, 'GDPR Lens');
    assert.deepEqual((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    client.settings = { debounceMs: 20 };

    await client.open(POLICY_URI, '# Privacy policy\n\nWe care about your privacy.\n', 'markdown', 1);
    const first = await client.diagnostics(POLICY_URI, (p) => p.version === 1);
    const codes = first.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('controller-identity'), 'the missing controller is reported');
    for (const d of first.diagnostics) {
      assert.equal(d.source, 'gdpr-lens');
      assert.equal(typeof d.code, 'string');
    }

    // An incremental edit: insert the controller's name after the heading.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: POLICY_URI, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Example AB, org.nr 556000-0000, is the controller.\n\n' }],
    });
    const second = await client.diagnostics(POLICY_URI, (p) => p.version === 2);
    assert.ok(!second.diagnostics.some((d) => d.code === 'controller-identity'), 'the edit satisfied controller-identity');

    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: POLICY_URI } });
    await client.diagnostics(POLICY_URI, (p) => p.diagnostics.length === 0 && p.version === undefined);
    assert.equal(await client.shutdown(), 0);
  });

  test('checks a real seed policy and points related information at the trigger', async () => {
    const client = new TestClient();
    await client.initialize();
    const uri = 'file:///work/site/sv-visir.policy.txt';
    await client.open(uri, readFileSync(join(LABELLED, 'sv-visir.txt'), 'utf8'), 'privacy-policy');
    const published = await client.diagnostics(uri);
    const safeguards = published.diagnostics.find((d) => d.code === 'transfer-safeguards');
    assert.ok(safeguards, 'transfer-safeguards is reported');
    assert.ok((safeguards.relatedInformation ?? []).length > 0, 'with the trigger as related information');
    assert.equal(safeguards.relatedInformation![0].location.uri, uri);
    await client.shutdown();
  });

  test('debounces edits: a burst of changes yields diagnostics for the last version', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { debounceMs: 200 };
    await client.open(POLICY_URI, SEED, 'markdown', 1);
    await client.diagnostics(POLICY_URI, (p) => p.version === 1);
    for (let version = 2; version <= 6; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: POLICY_URI, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
    }
    await client.diagnostics(POLICY_URI, (p) => p.version === 6);
    const versions = client.published.filter((p) => p.uri === POLICY_URI).map((p) => p.version);
    assert.deepEqual(versions, [1, 6]);
    await client.shutdown();
  });

  test('re-reads its settings on didChangeConfiguration', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { debounceMs: 10 };
    await client.open(POLICY_URI, SEED, 'markdown', 1);
    const before = await client.diagnostics(POLICY_URI, (p) => p.version === 1);
    assert.ok(before.diagnostics.some((d) => d.code === 'dpo-contact'));
    const count = client.published.length;
    client.settings = { debounceMs: 10, severity: { 'dpo-contact': 'off', 'policy-date': 'hint' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnostics(POLICY_URI, (p) => client.published.indexOf(p) >= count);
    assert.ok(!after.diagnostics.some((d) => d.code === 'dpo-contact'), 'dpo-contact is off');
    await client.shutdown();
  });

  test('checks only documents whose name matches the globs, unless asked to', async () => {
    const client = new TestClient();
    await client.initialize();
    const readme = 'file:///work/site/README.md';
    await client.open(readme, SEED, 'markdown');
    const ignored = await client.diagnostics(readme);
    assert.equal(ignored.diagnostics.length, 0);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'gdprLens.server.checkDocument', arguments: [readme] });
    const checked = await client.diagnostics(readme, (p) => p.diagnostics.length > 0);
    assert.ok(checked.diagnostics.length > 0);
    for (const name of ['integritetspolicy.md', 'Datenschutzerklaerung.html', 'tietosuojaseloste.txt', 'politique-de-confidentialite.md']) {
      const uri = `file:///work/site/${name}`;
      await client.open(uri, SEED, name.endsWith('.html') ? 'html' : name.endsWith('.txt') ? 'plaintext' : 'markdown');
      const published = await client.diagnostics(uri);
      assert.ok(published.diagnostics.length > 0, name);
    }
    await client.shutdown();
  });

  test('survives binary junk, huge documents and malformed requests', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { maxFileSize: 100_000 };
    const junk = 'file:///work/site/privacy-junk.txt';
    await client.open(junk, '\u0000\u0001\u0002binary\u0000', 'plaintext');
    const j = await client.diagnostics(junk);
    assert.match(String(j.diagnostics[0].message), /does not look like text/);
    const huge = 'file:///work/site/privacy-huge.md';
    await client.open(huge, 'a'.repeat(200_000), 'markdown');
    const h = await client.diagnostics(huge);
    assert.match(String(h.diagnostics[0].message), /more than gdprLens.maxFileSize/);
    await assert.rejects(client.connection.sendRequest('textDocument/hover', { nonsense: true }));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope.md', version: 3 }, contentChanges: [] });
    // Still alive and answering.
    await client.open(POLICY_URI, SEED, 'markdown', 1);
    await client.diagnostics(POLICY_URI);
    assert.equal(await client.shutdown(), 0);
  });
});
