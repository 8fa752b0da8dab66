import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { killServers, TestClient } from '../helpers/lspClient';

after(killServers);
import { cases } from '../fixtures/checks/cases';

// The reviewer checks as an editor sees them: every positive and negative case opened in the real server over
// stdio, in its language (through the gdprLens.language setting), diagnostics compared by code.
describe('reviewer checks through the language server', () => {
  test('raise each check on its positive cases and not on its negative ones', async () => {
    const client = new TestClient();
    await client.initialize();
    const byLanguage = new Map<string, typeof cases>();
    for (const c of cases) byLanguage.set(c.language, [...(byLanguage.get(c.language) ?? []), c]);
    const problems: string[] = [];
    for (const [language, group] of byLanguage) {
      client.settings = { language };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await Promise.all(
        group.flatMap((c, i) => [
          ['yes', c.yes],
          ['no', c.no],
        ].map(async ([side, text]) => {
          const uri = `file:///work/site/${language}-${i}-${side}.policy.md`;
          await client.open(uri, text, 'privacy-policy');
          const published = await client.diagnostics(uri);
          const raised = published.diagnostics.some((d) => d.code === c.code);
          if (raised !== (side === 'yes')) problems.push(`${c.code} (${language}) ${side === 'yes' ? 'not raised' : 'raised'} on: ${text.split('\n').pop()}`);
          await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        })),
      );
    }
    assert.deepEqual(problems, []);
    assert.equal(await client.shutdown(), 0);
  });
});
