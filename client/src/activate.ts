/**
 * What the Node and the browser extension share: the client options, the commands and the checklist.
 * Only the way the server is started differs (a Node process, or a web worker).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  CLIENT_COMMAND_CHECK_DOCUMENT,
  CLIENT_COMMAND_INSERT_ALL_MISSING,
  CLIENT_COMMAND_RESTART,
  POLICY_LANGUAGE_ID,
  SERVER_COMMAND_CHECK_DOCUMENT,
  SERVER_COMMAND_INSERT_ALL_MISSING,
} from '../../server/src/shared/protocol';
import { registerChecklist } from './checklist';
import { t } from './l10n';

const CHECKED_LANGUAGES = [POLICY_LANGUAGE_ID, 'markdown', 'plaintext', 'html'];

/** The documents sent to the server (it decides by the gdprLens.files globs which of them it checks). */
export function clientOptions(output: vscode.LogOutputChannel, schemes: string[] | undefined): LanguageClientOptions {
  return {
    documentSelector: CHECKED_LANGUAGES.flatMap((language) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }])),
    synchronize: { configurationSection: 'gdprLens' },
    outputChannel: output,
    middleware: {
      // VS Code's Markdown support has its own outline and folding; ours would show every heading twice.
      provideDocumentSymbols: (document, token, next) => (document.languageId === 'markdown' ? [] : next(document, token)),
      provideFoldingRanges: (document, context, token, next) => (document.languageId === 'markdown' ? [] : next(document, context, token)),
    },
  };
}

/** Registers the commands and the checklist, then starts the client. */
export async function activateClient(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  const executeOnServer = (command: string, document: vscode.TextDocument) =>
    client.sendRequest('workspace/executeCommand', { command, arguments: [client.code2ProtocolConverter.asUri(document.uri)] });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(CLIENT_COMMAND_RESTART, async () => {
      // BaseLanguageClient (shared by Node and browser) has no restart(): stop and start again.
      await client.stop();
      await client.start();
      void vscode.window.setStatusBarMessage(t('GDPR Lens: server restarted'), 3000);
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND_CHECK_DOCUMENT, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(t('Open a document to check it with GDPR Lens.'));
        return;
      }
      let document = editor.document;
      // A document in another language is never sent to the server: read it as a privacy policy instead.
      if (!CHECKED_LANGUAGES.includes(document.languageId)) {
        document = await vscode.languages.setTextDocumentLanguage(document, POLICY_LANGUAGE_ID);
      }
      await executeOnServer(SERVER_COMMAND_CHECK_DOCUMENT, document);
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND_INSERT_ALL_MISSING, async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await executeOnServer(SERVER_COMMAND_INSERT_ALL_MISSING, editor.document);
    }),
  );
  registerChecklist(context, client);
  await client.start();
}
