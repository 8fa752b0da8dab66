// `npm run bench`: how fast the analysis core is, on the labelled fixtures and on large synthetic policies.
// Prints per-case timings and throughput; targets (a typical policy well under 50 ms, linear growth with
// size) are checked by reading these numbers, not by timed unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The core alone, bundled by esbuild.mjs as dist/bench-core.js.
const { analyze } = require('../dist/bench-core.js');

const dir = 'test/fixtures/labelled';
const fixtures = readdirSync(dir).filter((f) => !f.endsWith('.json')).map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

function time(fn, rounds) {
  fn(); // warm-up (compiles lexicons, JIT)
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], max: samples[samples.length - 1] };
}

const rows = [];
let totalBytes = 0;
let totalMs = 0;
for (const f of fixtures) {
  const t = time(() => analyze(f.text, { fileName: f.name }), 10);
  totalBytes += f.text.length;
  totalMs += t.median;
  rows.push([f.name, f.text.length, t.median, t.max]);
}
const seed = fixtures.map((f) => f.text).join('\n\n');
for (const size of [100_000, 1_000_000, 10_000_000]) {
  let text = '';
  while (text.length < size) text += seed + '\n\n';
  text = text.slice(0, size);
  const t = time(() => analyze(text, { fileName: 'big.md' }), size > 2_000_000 ? 1 : 3);
  rows.push([`synthetic ${size / 1e6} MB`, text.length, t.median, t.max]);
}
const junk = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
const j = time(() => analyze(junk, { fileName: 'junk.txt' }), 3);
rows.push(['1 MB of punctuation junk', junk.length, j.median, j.max]);

console.log(`${'case'.padEnd(34)} ${'chars'.padStart(10)} ${'median ms'.padStart(10)} ${'max ms'.padStart(9)} ${'MB/s'.padStart(7)}`);
for (const [name, chars, median, max] of rows) {
  console.log(`${String(name).padEnd(34)} ${String(chars).padStart(10)} ${median.toFixed(1).padStart(10)} ${max.toFixed(1).padStart(9)} ${(chars / 1e6 / (median / 1000)).toFixed(2).padStart(7)}`);
}
console.log(`\nBENCH fixtures: ${fixtures.length} documents, ${(totalMs / fixtures.length).toFixed(1)} ms mean median per document, ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(2)} MB/s`);
