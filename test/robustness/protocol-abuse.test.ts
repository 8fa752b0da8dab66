import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/service';
import { defaultSettings } from '../../server/src/shared/settings';
import { killServers, TestClient } from '../helpers/lspClient';
import { labelledFixtures } from '../helpers/fixtures';

after(killServers);

/**
 * Protocol abuse through the real server over stdio (issue 9): after each abuse the server is still up, and a
 * normal open → diagnostics round trip still works.
 */

const fixtures = labelledFixtures();
const SEED = fixtures.find((f) => f.name === 'en-01-harbourline.md')!.text;
let counter = 0;

/** Opens a fresh policy and waits for its diagnostics: the server is alive and checking. */
async function roundTrip(client: TestClient): Promise<void> {
  const uri = `file:///work/site/privacy-policy-${++counter}.md`;
  await client.open(uri, SEED, 'markdown', 1);
  const published = await client.diagnostics(uri, (p) => p.version === 1);
  assert.ok(published.diagnostics.some((d) => d.source === 'gdpr-lens'), 'the round trip yields diagnostics');
  assert.equal(client.process.exitCode, null, 'the server is still running');
}

/**
 * What the server should publish for `text` with default settings: a fresh check by the core (the test client
 * sends no locale, so messages are in the document's language).
 */
function expected(text: string, uri: string): unknown[] {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const result = analyze(text, {
    format: 'markdown',
    fileName: new URL(uri).pathname,
    language: defaultSettings.language,
    messagesLanguage: defaultSettings.messagesLanguage,
    severity: defaultSettings.severity,
    readability: defaultSettings.readability,
    maxPolicyAgeYears: defaultSettings.maxPolicyAgeYears,
  });
  return result.findings.map((f) => [f.code, f.message, { start: document.positionAt(f.span.start), end: document.positionAt(f.span.end) }]);
}
const published = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.message, d.range]);

/** A small deterministic pseudo-random generator, so failures can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('the language server under protocol abuse', () => {
  test('survives malformed JSON-RPC written as raw bytes', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { debounceMs: 0 };
    const raw = (s: string) => new Promise<void>((resolve) => client.process.stdin!.write(s, () => resolve()));
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    // Invalid JSON, valid JSON that is not JSON-RPC, a wrong jsonrpc version, a request without a method.
    for (const body of ['{not json', '[1, 2, 3]', '"just a string"', '{"jsonrpc":"1.0","id":77,"method":"x"}', '{"jsonrpc":"2.0","id":78}', '{}', 'null']) {
      await raw(frame(body));
      await roundTrip(client);
    }
    // A header without Content-Length, and one whose Content-Length is not a number. vscode-jsonrpc drops the bad
    // header and reports an error; what arrived in the same read after it waits for the next read, so the test
    // lets each bad header arrive on its own.
    for (const header of ['Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n', 'Content-Length: banana\r\n\r\n']) {
      await raw(header);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await roundTrip(client);
    }
    assert.equal(await client.shutdown(), 0);
  });

  // vscode-jsonrpc's StreamMessageReader accepts a negative Content-Length (parseInt gives -5, not NaN), keeps it as
  // the next message length and from then on slices its buffer with it: the process stays up but never reads a
  // valid message again. No real client sends this; fixing it needs a guard in the reader, outside server.ts.
  test('recovers from a negative Content-Length', { todo: 'vscode-jsonrpc keeps a negative length and stops reading' }, async () => {
    const client = new TestClient();
    await client.initialize();
    client.process.stdin!.write('Content-Length: -5\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const uri = 'file:///work/site/privacy-policy-negative.md';
    await client.open(uri, SEED, 'markdown', 1);
    await client.diagnostics(uri, (p) => p.version === 1, 3_000);
    client.kill();
  });

  test('answers unknown requests with MethodNotFound, ignores unknown notifications, stays up', async () => {
    const client = new TestClient();
    await client.initialize();
    await assert.rejects(client.connection.sendRequest('gdprLens/noSuchMethod', { x: 1 }), (error: { code?: number }) => error.code === -32601);
    await assert.rejects(client.connection.sendRequest('textDocument/noSuchThing'), (error: { code?: number }) => error.code === -32601);
    await client.connection.sendNotification('gdprLens/noSuchNotification', { x: 1 });
    await client.connection.sendNotification('$/noSuchNotification');
    await roundTrip(client);
    assert.equal(await client.shutdown(), 0);
  });

  test('out-of-range incremental edits and didChange for an unopened document', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { debounceMs: 0 };
    const uri = 'file:///work/site/privacy-policy-edits.md';
    await client.open(uri, SEED, 'markdown', 1);
    await client.diagnostics(uri, (p) => p.version === 1);
    const ranges = [
      { start: { line: 10_000, character: 0 }, end: { line: 10_001, character: 5 } },
      { start: { line: 0, character: 10_000 }, end: { line: 0, character: 20_000 } },
      { start: { line: -1, character: -1 }, end: { line: 0, character: 0 } },
      { start: { line: 5, character: 0 }, end: { line: 2, character: 0 } }, // end before start
      { start: { line: 1.5, character: 0.5 }, end: { line: 1.5, character: 0.5 } },
    ];
    let version = 1;
    for (const range of ranges) {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: 'X' }] });
    }
    // Nothing crashed; a well-formed edit afterwards is checked.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# ' }],
    });
    await client.diagnostics(uri, (p) => p.version === version);
    // Changes, saves and closes for documents the server never saw.
    const ghost = { uri: 'file:///work/site/privacy-ghost.md', version: 3 };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: ghost, contentChanges: [{ text: 'whole' }] });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: ghost,
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ghost.uri } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version } }); // no contentChanges at all
    await roundTrip(client);
    assert.equal(await client.shutdown(), 0);
  });

  test('1,000 edits in a burst: the final diagnostics are a fresh check of the final text', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { debounceMs: 0 };
    const uri = 'file:///work/site/privacy-policy-burst.md';
    let local = TextDocument.create(uri, 'markdown', 1, SEED);
    await client.open(uri, SEED, 'markdown', 1);
    await client.diagnostics(uri, (p) => p.version === 1);
    const next = random(9);
    const sends: Promise<void>[] = [];
    for (let version = 2; version <= 1001; version++) {
      const text = local.getText();
      const at = Math.floor(next() * text.length);
      // Mostly typing, some deletions (of up to 3 characters, sometimes across a line end), some new lines.
      const r = next();
      const change =
        r < 0.7
          ? { range: { start: local.positionAt(at), end: local.positionAt(at) }, text: 'abcdefghij '[Math.floor(next() * 11)] }
          : r < 0.9
            ? { range: { start: local.positionAt(at), end: local.positionAt(at + 1 + Math.floor(next() * 3)) }, text: '' }
            : { range: { start: local.positionAt(at), end: local.positionAt(at) }, text: '\n' };
      local = TextDocument.update(local, [change], version);
      sends.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }));
    }
    await Promise.all(sends);
    const final = await client.diagnostics(uri, (p) => p.version === 1001, 60_000);
    assert.deepEqual(published(final.diagnostics), expected(local.getText(), uri));
    await roundTrip(client);
    assert.equal(await client.shutdown(), 0);
  });

  test('many documents at once', async () => {
    const client = new TestClient();
    await client.initialize();
    client.settings = { debounceMs: 0 };
    const docs = Array.from({ length: 60 }, (_, i) => {
      const f = fixtures[i % fixtures.length];
      return { uri: `file:///work/site/many-${i}/privacy-policy.md`, text: f.text };
    });
    await Promise.all(docs.map((d) => client.open(d.uri, d.text, 'markdown', 1)));
    const all = await Promise.all(docs.map((d) => client.diagnostics(d.uri, (p) => p.version === 1, 60_000)));
    all.forEach((p, i) => assert.deepEqual(published(p.diagnostics), expected(docs[i].text, docs[i].uri), docs[i].uri));
    await Promise.all(docs.map((d) => client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } })));
    await roundTrip(client);
    assert.equal(await client.shutdown(), 0);
  });

  test('a client that never answers workspace/configuration still gets diagnostics, with the defaults', async () => {
    const client = new TestClient();
    let asked = 0;
    client.connection.onRequest('workspace/configuration', () => {
      asked++;
      return new Promise(() => undefined); // never answers
    });
    await client.initialize();
    const uri = 'file:///work/site/privacy-policy-silent.md';
    const started = Date.now();
    await client.open(uri, SEED, 'markdown', 1);
    const first = await client.diagnostics(uri, (p) => p.version === 1, 10_000);
    assert.ok(asked > 0, 'the server did ask');
    assert.ok(Date.now() - started < 8_000, `diagnostics within a few seconds (${Date.now() - started} ms)`);
    assert.deepEqual(published(first.diagnostics), expected(SEED, uri));
    // Edits are still checked (with the default debounce).
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await client.diagnostics(uri, (p) => p.version === 2, 10_000);
    await roundTrip(client);
    await client.shutdown();
  });

  test('a client that answers workspace/configuration late gets a re-check with its settings', async () => {
    const uri = 'file:///work/site/privacy-policy-late.md';
    const code = expected(SEED, uri)[0] as [string];
    const off = code[0];
    const client = new TestClient();
    client.connection.onRequest(
      'workspace/configuration',
      (params: { items: unknown[] }) => new Promise((resolve) => setTimeout(() => resolve(params.items.map(() => ({ severity: { [off]: 'off' } }))), 3_500)),
    );
    await client.initialize();
    await client.open(uri, SEED, 'markdown', 1);
    const first = await client.diagnostics(uri, (p) => p.version === 1, 10_000);
    assert.ok(first.diagnostics.some((d) => d.code === off), 'checked with the defaults first');
    const second = await client.diagnostics(uri, (p) => p !== first && p.version === 1, 10_000);
    assert.ok(!second.diagnostics.some((d) => d.code === off), `re-checked with the late settings (${off} off)`);
    await client.shutdown();
  });
});
