import { join } from 'node:path';
import Mocha from 'mocha';

/** The entry VS Code calls in its extension host: runs the suite's mocha tests. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  mocha.addFile(join(__dirname, 'diagnostics.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
  });
}
