// `npm run demo`: checks two bundled sample policies (a Swedish and an English seed) with the CLI and
// explains the exit status. Findings are the point of the demo, so exit status 1 ("error-level findings")
// counts as success here; a usage or input problem (2) or a crash fails the demo.
import { spawnSync } from 'node:child_process';

const samples = ['test/fixtures/labelled/sv-cloudist.txt', 'test/fixtures/labelled/en-cloudvisor.txt'];
const result = spawnSync(process.execPath, ['dist/cli.js', 'check', ...samples], { stdio: 'inherit' });
if (result.status === 0 || result.status === 1) {
  console.log(`\ngdpr-lens exited with ${result.status}: ${result.status === 1 ? 'the samples have error-level findings, as expected.' : 'no error-level findings.'}`);
  console.log('Try: node dist/cli.js check --format json test/fixtures/labelled/sv-cloudist.txt');
  process.exit(0);
}
process.exit(result.status ?? 1);
