import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** Waits for diagnostics from GDPR Lens on a document, by event rather than by sleeping. */
function diagnosticsFor(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gdpr-lens');
  if (current.length > 0) return Promise.resolve(current);
  return new Promise((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gdpr-lens');
      if (found.length > 0) {
        subscription.dispose();
        resolve(found);
      }
    });
  });
}

suite('GDPR Lens in VS Code', () => {
  test('a seed policy opened in the editor gets GDPR diagnostics', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'integritetspolicy.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsFor(uri);
    const codes = diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.ok(codes.includes('transfer-safeguards'), `codes: ${codes.join(', ')}`);
  });

  test('the privacy-policy language is registered for *.policy.md', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'example.policy.md'));
    assert.strictEqual(document.languageId, 'privacy-policy');
    const diagnostics = await diagnosticsFor(document.uri);
    assert.ok(diagnostics.length > 0);
  });
});
