import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { killServers, TestClient } from '../helpers/lspClient';
import { requirementIds } from '../../server/src/service';
import type { ChecklistResult } from '../../server/src/shared/checklist';

after(killServers);

// Outline, folding, section lenses and the gdprLens/checklist request through the real server process.
const policy = [
  'Integritetspolicy för Exempel AB', // 0: a plain-text title
  '',
  '1. Vem ansvarar', // 2
  '',
  'Exempel AB, org.nr 556677-8899, Storgatan 1, 111 22 Stockholm, är personuppgiftsansvarig.',
  'Du når oss på info@exempel.se.',
  '',
  '2. Hur länge sparar vi uppgifterna', // 7
  '',
  'Vi sparar uppgifterna i 24 månader efter avslutat avtal.',
  '',
  '2.1 Bokföring', // 11
  '',
  'Bokföringsunderlag sparas i sju år enligt bokföringslagen.',
  '',
].join('\n');
const uri = 'file:///work/site/integritetspolicy.txt';

async function opened(settings: Record<string, unknown> = {}): Promise<TestClient> {
  const client = new TestClient();
  client.settings = settings;
  await client.initialize();
  await client.open(uri, policy, 'plaintext');
  await client.diagnostics(uri);
  return client;
}

type Symbol = { name: string; range: { start: { line: number }; end: { line: number } }; selectionRange: { start: { line: number } }; children?: Symbol[] };

describe('the document structure through the language server', () => {
  test('the outline nests numbered plain-text headings under the title', async () => {
    const client = await opened();
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Symbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Integritetspolicy för Exempel AB');
    const names = symbols[0].children!.map((s) => s.name);
    assert.deepEqual(names, ['1. Vem ansvarar', '2. Hur länge sparar vi uppgifterna']);
    const retention = symbols[0].children![1];
    assert.equal(retention.selectionRange.start.line, 7);
    assert.deepEqual(retention.children!.map((s) => s.name), ['2.1 Bokföring']);
    assert.equal(retention.range.end.line, 13, 'a section ends with its last subsection');
    await client.shutdown();
  });

  test('each section with text under it folds from its heading to its last line', async () => {
    const client = await opened();
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as { startLine: number; endLine: number }[];
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [[0, 13], [2, 5], [7, 13], [11, 13]],
    );
    await client.shutdown();
  });

  test('a lens on a heading names the requirements its own text satisfies, and the setting turns lenses off', async () => {
    const client = await opened();
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { range: { start: { line: number } }; command: { title: string; command: string } }[];
    const byLine = new Map(lenses.map((l) => [l.range.start.line, l.command.title]));
    assert.match(byLine.get(2) ?? '', /controller-identity ✓/);
    assert.match(byLine.get(2) ?? '', /Art\. 13\(1\)\(a\)/);
    assert.match(byLine.get(7) ?? '', /Art\. 13\(2\)\(a\)[^·]* retention ✓/);
    assert.ok(!/controller-identity/.test(byLine.get(7) ?? ''), 'a lens names only its own section');
    assert.equal(lenses[0].command.command, 'gdprLens.showChecklist');
    await client.shutdown();

    const off = await opened({ codeLens: false });
    assert.deepEqual(await off.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }), []);
    await off.shutdown();
  });
});

describe('the gdprLens/checklist request', () => {
  test('lists every requirement with its status, a localised title, the article and where a click goes', async () => {
    const client = await opened({ messagesLanguage: 'sv' });
    const list = (await client.connection.sendRequest('gdprLens/checklist', { textDocument: { uri } })) as ChecklistResult;
    assert.ok(list);
    assert.equal(list.uri, uri);
    assert.equal(list.version, 1);
    assert.equal(list.language, 'sv');
    assert.equal(list.country, 'SE');
    assert.deepEqual(list.items.map((i) => i.id), [...requirementIds]);
    const identity = list.items.find((i) => i.id === 'controller-identity')!;
    assert.equal(identity.status, 'present');
    assert.match(identity.article, /^13\(1\)\(a\)/);
    assert.equal(identity.target?.start.line, 4, 'a present requirement points at its evidence');
    const access = list.items.find((i) => i.id === 'right-access')!;
    assert.equal(access.status, 'missing');
    assert.equal(access.severity, 'error');
    assert.ok(access.target, 'a missing requirement points where it belongs');
    assert.match(access.title, /^[A-ZÅÄÖ]/, 'titles start with a capital');
    assert.match(access.title, /tillgång/i, 'the title is in the reader language');
    const present = list.items.filter((i) => i.status === 'present').length;
    assert.equal(list.present, present);
    assert.equal(list.applicable, present + list.items.filter((i) => i.status === 'missing').length);
    // The diagnostics say the same: every missing requirement with a severity has a diagnostic.
    const diagnostics = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics.map((d) => d.code);
    for (const item of list.items.filter((i) => i.severity)) assert.ok(diagnostics.includes(item.id), item.id);
    await client.shutdown();
  });

  test('answers null for a document that is not open, and an error for a request without a document', async () => {
    const client = await opened();
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens']) {
      assert.equal(await client.connection.sendRequest(method, { textDocument: { uri: 'file:///nowhere/privacy.md' } }), null, method);
      await assert.rejects(client.connection.sendRequest(method, { nonsense: true }), /textDocument\.uri/, `${method}: a malformed request is an error`);
    }
    assert.equal(await client.connection.sendRequest('gdprLens/checklist', { textDocument: { uri: 'file:///nowhere/privacy.md' } }), null);
    await assert.rejects(client.connection.sendRequest('gdprLens/checklist', {}), /textDocument\.uri/);
    await client.shutdown();
  });
});
