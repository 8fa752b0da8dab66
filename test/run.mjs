// Runs every *.test.ts under test/ (except the editor-hosted suites in test/vscode) with node's built-in
// runner, through tsx so the tests are TypeScript. Extra arguments go to `node --test`
// (e.g. `node test/run.mjs --test-name-pattern=negation`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = readdirSync(join(root, 'test'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith('vscode'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join('test', f));

// With no files, `node --test` would search the whole tree on its own (and find other suites): say so instead.
if (files.length === 0) {
  console.error(`No test file under test/ matches ${only.join(', ')}`);
  process.exit(1);
}

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-timeout=120000', ...flags, ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
