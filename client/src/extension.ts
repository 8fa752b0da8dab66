/**
 * The VS Code client: starts the bundled language server and forwards two commands. Everything about
 * policies (which documents to check, what to report) is decided by the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CLIENT_COMMAND_CHECK_DOCUMENT,
  CLIENT_COMMAND_INSERT_ALL_MISSING,
  CLIENT_COMMAND_RESTART,
  SERVER_COMMAND_INSERT_ALL_MISSING,
  POLICY_LANGUAGE_ID,
  SERVER_COMMAND_CHECK_DOCUMENT,
} from '../../server/src/shared/protocol';

const CHECKED_LANGUAGES = [POLICY_LANGUAGE_ID, 'markdown', 'plaintext', 'html'];
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('GDPR Lens', { log: true });
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides, by the gdprLens.files globs, which of these documents it checks.
    documentSelector: CHECKED_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'gdprLens' },
    outputChannel: output,
  };
  client = new LanguageClient('gdprLens', 'GDPR Lens', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(CLIENT_COMMAND_RESTART, async () => {
      await client?.restart();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('GDPR Lens: server restarted'), 3000);
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND_CHECK_DOCUMENT, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to check it with GDPR Lens.'));
        return;
      }
      let document = editor.document;
      // A document in another language is never sent to the server: read it as a privacy policy instead.
      if (!CHECKED_LANGUAGES.includes(document.languageId)) {
        document = await vscode.languages.setTextDocumentLanguage(document, POLICY_LANGUAGE_ID);
      }
      await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMAND_CHECK_DOCUMENT, arguments: [document.uri.toString()] });
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND_INSERT_ALL_MISSING, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMAND_INSERT_ALL_MISSING, arguments: [editor.document.uri.toString()] });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
