/**
 * The web extension (vscode.dev, github.dev): the same client, with the language server in a web worker
 * (dist/browser/server.js). Documents of any scheme are checked, since web workspaces are virtual.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, clientOptions } from './activate';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('GDPR Lens', { log: true });
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true));
  client = new LanguageClient('gdprLens', 'GDPR Lens', clientOptions(output, undefined), worker);
  await activateClient(context, client, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

declare class Worker {
  constructor(url: string);
}
