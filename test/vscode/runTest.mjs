// `npm run test:vscode`: runs test/vscode/suite in a real VS Code through @vscode/test-electron.
// It downloads VS Code, so it is not part of `npm test` (CI has no access to VS Code's servers).
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'out', 'vscode-suite');

await esbuild.build({
  entryPoints: [join(root, 'test/vscode/suite/index.ts'), join(root, 'test/vscode/suite/diagnostics.test.ts')],
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(out, 'index.js'),
    launchArgs: [join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions'],
  });
} catch (error) {
  console.error('VS Code tests failed:', error);
  process.exit(1);
}
