import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { killServers, TestClient } from '../helpers/lspClient';
import { labelledFixtures } from '../helpers/fixtures';
import { applyEdits, htmlNestingErrors, isSubsequence } from '../helpers/edits';
import { requirementIds } from '../../server/src/service';

after(killServers);

const REPLACING = new Set(['outdated-term', 'authority-country']);

function languageId(name: string): string {
  return name.endsWith('.html') ? 'html' : name.endsWith('.txt') ? 'plaintext' : 'markdown';
}

/**
 * The invariants of the quick-fixes, on every labelled fixture in every language, through the real server:
 * request `textDocument/codeAction` for each diagnostic, apply the returned WorkspaceEdit, check again.
 * - a fix only inserts text, or replaces exactly the term its diagnostic covers;
 * - after the fix for requirement R, R is no longer reported, and no new error appears;
 * - "Insert all missing sections" leaves no missing core requirement, and the result is still of its kind.
 */
describe('quick-fixes through the language server', () => {
  for (const fixture of labelledFixtures()) {
    test(`every fix in ${fixture.name} only adds text and resolves its finding`, async () => {
      const client = new TestClient();
      await client.initialize();
      client.settings = { debounceMs: 0 };
      const uri = `file:///work/site/${fixture.name.replace(/\.(txt|md|html)$/, '.privacy.$1')}`;
      await client.open(uri, fixture.text, languageId(fixture.name), 1);
      const published = await client.diagnostics(uri, (p) => p.version === 1);
      const errorsBefore = new Set(published.diagnostics.filter((d) => d.severity === 1).map((d) => String(d.code)));
      const problems: string[] = [];
      let version = 1;
      for (const diagnostic of published.diagnostics) {
        const actions = (await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic], only: ['quickfix'] },
        })) as CodeAction[];
        for (const action of actions) {
          const edits = action.edit?.changes?.[uri] ?? [];
          for (const edit of edits) {
            const inserts = edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
            const replacesTerm = REPLACING.has(String(diagnostic.code)) && JSON.stringify(edit.range) === JSON.stringify(diagnostic.range);
            if (!inserts && !replacesTerm) problems.push(`${diagnostic.code}: "${action.title}" rewrites text`);
          }
          const fixed = applyEdits(fixture.text, edits);
          if (!REPLACING.has(String(diagnostic.code)) && !isSubsequence(fixture.text, fixed)) problems.push(`${diagnostic.code}: text lost`);
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: fixed }] });
          const after = await client.diagnostics(uri, (p) => p.version === version);
          const still = after.diagnostics.some((d) => d.code === diagnostic.code && requirementIds.includes(String(diagnostic.code)));
          const newErrors = after.diagnostics.filter((d: Diagnostic) => d.severity === 1 && !errorsBefore.has(String(d.code))).map((d) => d.code);
          if (still) problems.push(`${diagnostic.code}: still reported after "${action.title}"`);
          if (newErrors.length) problems.push(`${diagnostic.code}: "${action.title}" brings new errors ${newErrors.join(', ')}`);
        }
      }
      assert.deepEqual(problems, []);
      await client.shutdown();
    });

    test(`"Insert all missing sections" completes ${fixture.name} and keeps it ${languageId(fixture.name)}`, async () => {
      const client = new TestClient();
      await client.initialize();
      const uri = `file:///work/site/${fixture.name.replace(/\.(txt|md|html)$/, '.privacy.$1')}`;
      await client.open(uri, fixture.text, languageId(fixture.name), 1);
      await client.diagnostics(uri, (p) => p.version === 1);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.gdprLens.insertAllMissing'] },
      })) as CodeAction[];
      const fixed = applyEdits(fixture.text, actions[0]?.edit?.changes?.[uri] ?? []);
      assert.ok(isSubsequence(fixture.text, fixed), 'nothing of the original is lost');
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
      const after = await client.diagnostics(uri, (p) => p.version === 2);
      const missingCore = after.diagnostics.filter((d) => d.severity === 1 && requirementIds.includes(String(d.code))).map((d) => d.code);
      assert.deepEqual(missingCore, []);
      if (fixture.name.endsWith('.html')) assert.equal(htmlNestingErrors(fixed), htmlNestingErrors(fixture.text), 'HTML nesting unchanged');
      await client.shutdown();
    });
  }
});

describe('clause completion through the language server', () => {
  test('offers the clause library of the document’s language at the start of a line, as snippets, missing ones first', async () => {
    const client = new TestClient();
    await client.initialize({ textDocument: { completion: { completionItem: { snippetSupport: true } } } });
    const uri = 'file:///work/site/integritetspolicy.md';
    const text = '# Integritetspolicy\n\nExempel AB, org.nr 556677-8899, är personuppgiftsansvarig. Du når oss på info@exempel.se.\n\n';
    await client.open(uri, text, 'markdown', 1);
    await client.diagnostics(uri);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } })) as { label: string; insertTextFormat?: number; sortText?: string; textEdit?: { newText: string } }[];
    const rights = items.find((i) => i.label === 'Dina rättigheter');
    assert.ok(rights, `clauses offered: ${items.map((i) => i.label).join(', ')}`);
    assert.equal(rights.insertTextFormat, 2, 'a snippet');
    assert.match(rights.textEdit!.newText, /Du har rätt att:/);
    assert.ok(rights.sortText!.startsWith('0'), 'a clause for a missing requirement comes first');
    const midSentence = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 20 } })) as { label: string }[];
    assert.ok(!midSentence.some((i) => i.label === 'Dina rättigheter'), 'not in the middle of a sentence');
    await client.shutdown();
  });
});
