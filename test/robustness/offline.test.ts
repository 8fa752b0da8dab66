import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { killServers, TestClient } from '../helpers/lspClient';
import { LABELLED } from '../helpers/fixtures';

after(killServers);

/**
 * Offline by construction (issue 9): the server and the CLI run with a preload that traps every network API
 * (net, tls, http, https, http2, dgram, dns, fetch); a normal session must not have touched any of them.
 */

const TRAP = join(__dirname, 'network-trap.cjs');
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'gdpr-lens-offline-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let logs = 0;

/** The recorded attempts; first checks that the trap was loaded at all. */
function attempts(log: string): string[] {
  assert.ok(existsSync(`${log}.loaded`), 'the network trap was preloaded');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}
function trappedEnv(): { log: string; env: NodeJS.ProcessEnv } {
  const log = join(dir, `network-${++logs}.log`);
  return { log, env: { ...process.env, GDPR_LENS_NET_LOG: log, NODE_OPTIONS: '' } };
}

describe('offline: nothing tries to connect', () => {
  test('the trap itself records and refuses a connection attempt', () => {
    const { log, env } = trappedEnv();
    const run = spawnSync(process.execPath, ['--require', TRAP, '-e', "require('node:https').get('https://example.com'); "], { env, encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /network access is trapped/);
    assert.equal(attempts(log).length, 1);
    const fetched = spawnSync(process.execPath, ['--require', TRAP, '-e', "fetch('https://example.com').catch(() => process.exit(3))"], { env, encoding: 'utf8' });
    assert.notEqual(fetched.status, 0);
    assert.equal(attempts(log).length, 2);
  });

  test('the language server: open a policy, diagnostics, hover, code actions, an edit, shutdown', async () => {
    const { log, env } = trappedEnv();
    const client = new TestClient(['--stdio'], ['--require', TRAP], env);
    await client.initialize();
    client.settings = { debounceMs: 0 };
    const uri = 'file:///work/site/privacy-policy.md';
    const text = readFileSync(join(LABELLED, 'en-01-harbourline.md'), 'utf8');
    const document = TextDocument.create(uri, 'markdown', 1, text);
    await client.open(uri, text, 'markdown', 1);
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    assert.ok(published.diagnostics.length > 0);

    // Hover on a word in the text, and code actions for every diagnostic (their answers are not the point here).
    const at = Math.max(0, text.search(/GDPR|personal data|controller/i));
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: document.positionAt(at) }).catch(() => undefined);
    for (const d of published.diagnostics) {
      await client.connection
        .sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })
        .catch(() => undefined);
    }
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await client.diagnostics(uri, (p) => p.version === 2);
    assert.equal(await client.shutdown(), 0);
    assert.deepEqual(attempts(log), [], 'no network attempt by the server');
    assert.doesNotMatch(client.stderr, /network access is trapped/);
  });

  test('the CLI: check a fixture with --format json', () => {
    const { log, env } = trappedEnv();
    const run = spawnSync(process.execPath, ['--require', TRAP, CLI, 'check', '--format', 'json', join(LABELLED, 'sv-visir.txt'), join(LABELLED, 'de-03-radwerk.html')], {
      env,
      encoding: 'utf8',
    });
    assert.ok(run.status === 0 || run.status === 1, `exit status ${run.status}: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { files: unknown[] };
    assert.equal(report.files.length, 2);
    assert.deepEqual(attempts(log), [], 'no network attempt by the CLI');
    assert.doesNotMatch(run.stderr, /network access is trapped/);
  });
});
