import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/service';
import { analysisOptions, toDiagnostic } from '../../server/src/lsp/convert';
import { sanitizeSettings } from '../../server/src/shared/settings';
import { LABELLED } from '../helpers/fixtures';

// The browser build of the language server (dist/browser/server.js, for vscode.dev) run as it runs there: in a
// dedicated Web Worker of a real Chromium, speaking JSON-RPC by postMessage. Its diagnostics must equal what the
// analysis core gives in Node for the same text and settings.
const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'browser', 'server.js');
const PAGE = join(__dirname, 'browser', 'index.html');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What the test answers to workspace/configuration: check at once (no debounce), everything else default. */
const SETTINGS = { debounceMs: 0 };

// Each fixture gets a sentence with an article reference appended (the seed texts cite none), for the hover.
const POLICIES = [
  { name: 'en-cloudvisor.txt', reference: 'Art. 6(1)(f) GDPR', tail: 'We process your data under Art. 6(1)(f) GDPR.' },
  { name: 'sv-visir.txt', reference: 'artikel 6.1 f', tail: 'Vi behandlar uppgifterna enligt artikel 6.1 f dataskyddsförordningen.' },
];

type Message = { jsonrpc: '2.0'; id?: number | string; method?: string; params?: any; result?: any; error?: { code: number; message: string } };
type Diagnostic = { code?: string | number; source?: string; range: unknown; message: string };

let scratch: string | undefined;
let http: Server | undefined;
let browser: Browser | undefined;
let rpc: WorkerRpc | undefined;

after(async () => {
  // Clean up whatever was started, even when a step failed.
  if (rpc && !rpc.closed) {
    await rpc.request('shutdown', null, 5_000).catch(() => undefined);
    rpc.notify('exit');
  }
  await browser?.close().catch(() => undefined);
  await new Promise<void>((resolve) => {
    if (!http) return resolve();
    http.close(() => resolve());
    http.closeAllConnections();
  });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A minimal JSON-RPC client over the page's relay (window.gdprLensSend / window.gdprLensReceive). */
class WorkerRpc {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly notifications: Message[] = [];
  readonly errors: string[] = [];
  readonly configurationRequests: Message[] = [];
  closed = false;

  constructor(private readonly page: Page) {}

  /** Called by the page for every message (or error) from the worker. */
  receive(event: { message?: Message; error?: string }): void {
    if (event.error) {
      this.errors.push(event.error);
      for (const p of this.pending.values()) p.reject(new Error(`worker error: ${event.error}`));
      this.pending.clear();
      return;
    }
    const message = event.message!;
    if (message.method !== undefined && message.id !== undefined) return this.answer(message);
    if (message.method !== undefined) {
      this.notifications.push(message);
      this.waiters = this.waiters.filter((w) => (w.match(message) ? (w.resolve(message), false) : true));
      return;
    }
    const pending = this.pending.get(message.id as number);
    if (!pending) return;
    this.pending.delete(message.id as number);
    if (message.error) pending.reject(new Error(`${message.error.message} (${message.error.code})`));
    else pending.resolve(message.result);
  }

  /** Requests from the server: configuration gets SETTINGS for every item; registrations are accepted. */
  private answer(message: Message): void {
    let result: unknown = null;
    if (message.method === 'workspace/configuration') {
      this.configurationRequests.push(message);
      result = (message.params.items as unknown[]).map(() => SETTINGS);
    }
    void this.post({ jsonrpc: '2.0', id: message.id, result });
  }

  private post(message: Message): Promise<void> {
    return this.page.evaluate((m) => (globalThis as unknown as { gdprLensSend(m: Message): void }).gdprLensSend(m), message);
  }

  request(method: string, params: unknown, timeoutMs = 20_000): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} from the worker within ${timeoutMs} ms${this.errors.length ? `; worker errors: ${this.errors.join('; ')}` : ''}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.post({ jsonrpc: '2.0', id, method, params }).catch(reject);
    });
  }

  notify(method: string, params?: unknown): void {
    if (method === 'exit') this.closed = true;
    void this.post({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) }).catch(() => undefined);
  }

  /** The first notification (already received or future) that satisfies `match`. */
  notification(match: (m: Message) => boolean, what: string, timeoutMs = 20_000): Promise<Message> {
    const seen = this.notifications.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${what} from the worker within ${timeoutMs} ms${this.errors.length ? `; worker errors: ${this.errors.join('; ')}` : ''}`)),
        timeoutMs,
      );
      this.waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }
}

/** Serves the page and the bundle (and its source map, for readable worker stack traces) on 127.0.0.1. */
async function serve(): Promise<string> {
  const files: Record<string, { path: string; type: string }> = {
    '/': { path: PAGE, type: 'text/html; charset=utf-8' },
    '/server.js': { path: BUNDLE, type: 'text/javascript; charset=utf-8' },
    '/server.js.map': { path: `${BUNDLE}.map`, type: 'application/json' },
  };
  http = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!file || !existsSync(file.path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(readFileSync(file.path));
  });
  await new Promise<void>((resolve, reject) => http!.once('error', reject).listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(http!.address() as AddressInfo).port}/`;
}

/** What the Node side gives for the same document: the core's findings, converted as the server converts them. */
function expectedDiagnostics(uri: string, text: string): Diagnostic[] {
  const document = TextDocument.create(uri, 'privacy-policy', 1, text);
  const result = analyze(text, analysisOptions(document, sanitizeSettings(SETTINGS), 'en'));
  return JSON.parse(JSON.stringify(result.findings.map((finding) => toDiagnostic(document, finding, false))));
}

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const sortedCodes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();

describe('browser language server in a Web Worker (headless Chromium)', () => {
  before(async () => {
    assert.ok(
      existsSync(CHROMIUM),
      `Chromium is not installed at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or \`bash test/e2e/install.sh chromium\`), or set CHROMIUM_PATH.`,
    );
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: build it with \`node esbuild.mjs\` (npm test builds it first).`);
    scratch = mkdtempSync(join(tmpdir(), 'gdpr-lens-chromium-'));
    const base = await serve();
    // Chromium's profile, caches and crash reports go to the scratch directory, never to $HOME.
    const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      env: env as Record<string, string>,
    });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    rpc = new WorkerRpc(page);
    await page.exposeFunction('gdprLensReceive', (event: { message?: Message; error?: string }) => rpc!.receive(event));
    const response = await page.goto(base);
    assert.equal(response?.status(), 200);
    assert.deepEqual(pageErrors, []);
  });

  test('initializes, publishes the same diagnostics as the Node core, and answers hovers', async (t) => {
    const init = await rpc!.request('initialize', {
      processId: null,
      rootUri: null,
      locale: 'en',
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
    });
    assert.equal(init.serverInfo?.name, 'GDPR Lens');
    assert.ok(init.capabilities.hoverProvider, 'the browser server offers hovers');
    rpc!.notify('initialized', {});

    for (const [i, policy] of POLICIES.entries()) {
      const text = `${readFileSync(join(LABELLED, policy.name), 'utf8').trimEnd()}\n\n${policy.tail}\n`;
      const uri = `file:///ws/privacy-policy-${i}.txt`;
      rpc!.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
      const published = await rpc!.notification(
        (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri,
        `diagnostics for ${policy.name}`,
      );
      const diagnostics = published.params.diagnostics as Diagnostic[];
      const expected = expectedDiagnostics(uri, text);
      assert.ok(diagnostics.length > 0, `${policy.name}: the worker published no diagnostics`);
      assert.ok(diagnostics.every((d) => d.source === 'gdpr-lens'), `${policy.name}: every diagnostic has source "gdpr-lens"`);
      assert.deepEqual(sortedCodes(diagnostics), sortedCodes(expected), `${policy.name}: the same codes as the Node core`);
      assert.deepEqual(diagnostics, expected, `${policy.name}: the same diagnostics (ranges, messages, data) as the Node core`);

      const offset = text.lastIndexOf(policy.reference);
      assert.ok(offset >= 0);
      const position = positionAt(text, offset + Math.floor(policy.reference.length / 2));
      const hover = await rpc!.request('textDocument/hover', { textDocument: { uri }, position });
      const value = typeof hover?.contents === 'string' ? hover.contents : hover?.contents?.value;
      assert.ok(typeof value === 'string' && value.trim().length > 0, `${policy.name}: a hover at ${policy.reference}`);
      assert.match(value, /\b6\b/, `${policy.name}: the hover explains article 6`);
      t.diagnostic(`${policy.name}: ${diagnostics.length} diagnostics (${[...new Set(sortedCodes(diagnostics))].join(', ')}); hover ${value.length} chars`);
    }
    assert.ok(rpc!.configurationRequests.length > 0, 'the worker asked for the gdprLens settings');
    assert.deepEqual(rpc!.errors, []);

    assert.equal(await rpc!.request('shutdown', null), null);
    rpc!.notify('exit');
  });
});
