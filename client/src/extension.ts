/**
 * The VS Code client on the desktop (and in code-server): starts the bundled language server as a Node
 * process over IPC. Everything about policies is decided by the server; see activate.ts for the rest.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, clientOptions } from './activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('GDPR Lens', { log: true });
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  client = new LanguageClient('gdprLens', 'GDPR Lens', serverOptions, clientOptions(output, ['file', 'untitled']));
  await activateClient(context, client, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
