import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

const running = new Set<TestClient>();

/** Kills every server a test left running (a failed assertion skips its shutdown): call it in `after`. */
export function killServers(): void {
  for (const client of running) client.kill();
}

/**
 * A real LSP client for tests: spawns `dist/server.js --stdio` and speaks JSON-RPC to it through
 * vscode-languageserver-protocol. Diagnostics are collected per URI so tests can wait for a version.
 */
export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** What the client answers to workspace/configuration (the "gdprLens" section). */
  settings: Record<string, unknown> = {};
  stderr = '';

  /** `nodeArgs` go to node before the server (e.g. `--require` a preload), `env` replaces the environment. */
  constructor(args: string[] = ['--stdio'], nodeArgs: string[] = [], env?: NodeJS.ProcessEnv) {
    this.process = spawn(process.execPath, [...nodeArgs, SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
    running.add(this);
    this.process.once('exit', () => running.delete(this));
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }

  async initialize(capabilities: Record<string, unknown> = { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } }) {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  }

  /** Resolves with the first diagnostics (already received or future) for `uri` that satisfy `match`. */
  diagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && match(p);
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match: test, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Resolves with the exit code once the server process has exited. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
