// `npm run bench`: one table of how fast GDPR Lens is, with the targets of issue 9 beside the figures.
//   1. the analysis core (dist/bench-core.js) on every labelled fixture and on synthetic 10 KB – 10 MB documents;
//   2. the language server (dist/server.js) over stdio, driven by a real JSON-RPC client: keystroke-to-diagnostics
//      latency, cold start, resident memory after 1,000 edits;
//   3. the CLI (dist/cli.js) on 100 files;
//   4. the size of the server bundle.
// Timings are wall-clock on whatever else the machine is doing: run it on an idle machine.
//   node scripts/bench.mjs            everything
//   node scripts/bench.mjs --no-10mb  skip the 10 MB document (about half a minute on its own)
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
// The core alone, bundled by esbuild.mjs as dist/bench-core.js.
const { analyze, forgetAll } = require(join(root, 'dist/bench-core.js'));
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const skip10 = process.argv.includes('--no-10mb');
const dir = join(root, 'test/fixtures/labelled');
const fixtures = readdirSync(dir)
  .filter((f) => !f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

/** A document of about `size` characters made of whole fixtures (all languages, or those matching `filter`). */
function synthetic(size, filter = () => true) {
  const parts = fixtures.filter(filter).map((f) => f.text);
  let text = '';
  for (let i = 0; text.length < size; i++) text += parts[i % parts.length] + '\n\n';
  return text.slice(0, size);
}
/** A ~30 KB English policy (whole English fixtures, Markdown/plain text): the LSP workload. */
const policy30 = (() => {
  const parts = fixtures.filter((f) => f.name.startsWith('en-') && !f.name.endsWith('.html')).map((f) => f.text);
  let text = '';
  for (let i = 0; text.length < 30_000; i++) text += parts[i % parts.length] + '\n\n';
  return text;
})();

function median(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function percentile(samples, p) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
/** Median time of `fn`; by default each run is a first analysis (the core's memories of texts are cleared). */
function time(fn, rounds, before = forgetAll) {
  fn(); // warm-up (compiles lexicons, JIT)
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    before();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------------------------------------------------------
// 1. Core
const core = [];
log('core: fixtures …');
for (const f of fixtures) core.push({ name: f.name, chars: f.text.length, ms: time(() => analyze(f.text, { fileName: f.name }), 7) });
const fixtureMs = core.reduce((s, r) => s + r.ms, 0);
const fixtureChars = core.reduce((s, r) => s + r.chars, 0);
log('core: 30 KB policy …');
const core30 = time(() => analyze(policy30, { fileName: 'privacy-policy.md' }), 7);
// What the server does per keystroke: the analysis of a text one character away from the one analysed before.
let edited = 0;
const core30edit = time(() => {
  const at = Math.floor(((edited++ * 7919) % 997) / 997 * policy30.length);
  analyze(policy30.slice(0, at) + 'e' + policy30.slice(at), { fileName: 'privacy-policy.md' });
}, 21, () => undefined);
const sizes = [
  [10_000, '10 KB', 9],
  [100_000, '100 KB', 5],
  [1_000_000, '1 MB', 3],
  ...(skip10 ? [] : [[10_000_000, '10 MB', 1]]),
];
const bySize = {};
for (const [size, label, rounds] of sizes) {
  log(`core: synthetic ${label} …`);
  const text = synthetic(size);
  bySize[label] = { chars: text.length, ms: time(() => analyze(text, { fileName: 'big.md' }), rounds) };
}
// Concatenated fixtures repeat their paragraphs, and the core reads a repeated paragraph once per analysis. The
// same megabyte with a number at the end of every non-empty line has no two paragraphs alike: the honest case.
log('core: synthetic 1 MB, every line unique …');
let lineNumber = 0;
const unique1mb = synthetic(1_000_000).replace(/([^\n])\n/g, (_, last) => `${last} ${++lineNumber}\n`);
const uniqueMs = time(() => analyze(unique1mb, { fileName: 'big.md' }), 3);

// ---------------------------------------------------------------------------------------------------------------
// 2. LSP over stdio
function startServer() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].match(p)) waiters.splice(i, 1)[0].resolve(p);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ debounceMs: 0 })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnostics = (uri, version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 60_000);
      waiters.push({ match: (p) => p.uri === uri && p.version === version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  return { t0, child, connection, diagnostics };
}

log('lsp: cold start …');
const uri = 'file:///bench/privacy-policy.md';
const server = startServer();
await server.connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
});
const initialized = performance.now() - server.t0;
await server.connection.sendNotification('initialized', {});
const firstDiagnostics = server.diagnostics(uri, 1);
await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: policy30 } });
await firstDiagnostics;
const coldStart = performance.now() - server.t0;

const lines = policy30.split('\n');
let version = 1;
/** One single-character insertion, spread evenly over the document (edit i of n), awaited until its diagnostics. */
async function keystroke(i, n, wait) {
  const line = Math.floor((i * (lines.length - 1)) / n);
  const character = Math.floor(lines[line].length / 2);
  lines[line] = lines[line].slice(0, character) + 'e' + lines[line].slice(character);
  version++;
  const published = wait ? server.diagnostics(uri, version) : null;
  const t0 = performance.now();
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'e' }],
  });
  if (published) await published;
  return performance.now() - t0;
}
log('lsp: 200 keystrokes …');
const latencies = [];
for (let i = 0; i < 200; i++) latencies.push(await keystroke(i, 200, true));
log('lsp: 800 more edits (1,000 in all) …');
// Typing bursts: 8 keystrokes at once, then wait for the diagnostics of the last one (the server may skip the others).
for (let i = 0; i < 800; i++) await keystroke(i, 800, i % 8 === 7);
const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
const rss = kb('VmRSS') / 1024;
const hwm = kb('VmHWM') / 1024;
await server.connection.sendRequest('shutdown');
await server.connection.sendNotification('exit');
server.connection.dispose();

// ---------------------------------------------------------------------------------------------------------------
// 3. CLI on 100 files
log('cli: 100 files …');
const tmp = mkdtempSync(join(tmpdir(), 'gdpr-lens-bench-'));
const files = [];
for (let i = 0; i < 100; i++) {
  const f = fixtures[i % fixtures.length];
  const path = join(tmp, `${String(i).padStart(3, '0')}-${f.name}`);
  copyFileSync(join(dir, f.name), path);
  files.push(path);
}
function cli(paths) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', ...paths], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`cli exited ${code}: ${stderr}`))));
  });
}
let t0 = performance.now();
await cli(files);
const cliSequential = performance.now() - t0;
const workers = Math.max(1, cpus().length);
t0 = performance.now();
await Promise.all(Array.from({ length: workers }, (_, w) => cli(files.filter((_, i) => i % workers === w))));
const cliParallel = performance.now() - t0;
rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------
// 4. Bundle
const bundle = statSync(join(root, 'dist/server.js')).size;

// ---------------------------------------------------------------------------------------------------------------
// The table
const mbps = (chars, ms) => (chars / 1e6 / (ms / 1000)).toFixed(2);
const ok = (good) => (good ? '✓' : '✗');
const rows = [];
const row = (what, figure, target = '', verdict = '') => rows.push([what, figure, target, verdict]);
for (const r of core) row(`core  ${r.name} (${r.chars} ch)`, `${r.ms.toFixed(1)} ms  ${mbps(r.chars, r.ms)} MB/s`);
row(`core  all ${core.length} fixtures`, `${(fixtureMs / core.length).toFixed(1)} ms mean  ${mbps(fixtureChars, fixtureMs)} MB/s`);
row(`core  30 KB policy (${policy30.length} ch), first analysis`, `${core30.toFixed(1)} ms  ${mbps(policy30.length, core30)} MB/s`, '≤ 5 ms', ok(core30 <= 5));
row('core  30 KB policy, one character changed', `${core30edit.toFixed(1)} ms`, '', '');
for (const [, label] of sizes) {
  const r = bySize[label];
  const target = label === '1 MB' ? '≤ 200 ms' : '';
  row(`core  synthetic ${label} (${r.chars} ch)`, `${r.ms.toFixed(0)} ms  ${mbps(r.chars, r.ms)} MB/s`, target, target ? ok(r.ms <= 200) : '');
}
row(`core  synthetic 1 MB, every line unique (${unique1mb.length} ch)`, `${uniqueMs.toFixed(0)} ms  ${mbps(unique1mb.length, uniqueMs)} MB/s`, '≤ 200 ms', ok(uniqueMs <= 200));
if (bySize['10 MB']) {
  const growth = bySize['10 MB'].ms / bySize['1 MB'].ms;
  row('core  growth 1 MB → 10 MB', `${growth.toFixed(2)}× time for 10× text`, '≤ 12×', ok(growth <= 12));
}
const p50 = percentile(latencies, 50);
const p95 = percentile(latencies, 95);
const max = Math.max(...latencies);
row('lsp   keystroke → diagnostics, 30 KB, debounce 0 (200 edits)', `p50 ${p50.toFixed(1)}  p95 ${p95.toFixed(1)}  max ${max.toFixed(1)} ms`, 'p95 ≤ 20 ms', ok(p95 <= 20));
row('lsp   cold start → first diagnostics (30 KB)', `${coldStart.toFixed(0)} ms (initialize answered at ${initialized.toFixed(0)} ms)`, '≤ 500 ms', ok(coldStart <= 500));
row('lsp   server RSS after 1,000 edits', `${rss.toFixed(0)} MB (peak ${hwm.toFixed(0)} MB)`, '≤ 100 MB', ok(rss <= 100));
row('cli   100 files, one process (sequential, as today)', `${(cliSequential / 1000).toFixed(2)} s`);
row(`cli   100 files, ${workers} processes in parallel`, `${(cliParallel / 1000).toFixed(2)} s`);
row('size  dist/server.js', `${(bundle / 1e6).toFixed(2)} MB`, '≤ 2 MB', ok(bundle <= 2_000_000));

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['what', 'figure', 'target'][c].length));
const line = (r) => `| ${r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell.padEnd(1))).join(' | ')} |`;
console.log(line(['what', 'figure', 'target', ' ']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|---|`);
for (const r of rows) console.log(line(r));
console.log(`\nnode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
