/**
 * Client strings through @vscode/l10n, fed with the bundle VS Code loaded for the UI language
 * (l10n/bundle.l10n.<lang>.json). The same `t` works in the Node and the browser extension host.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

let configured = false;

export function t(message: string, ...args: Array<string | number | boolean>): string {
  if (!configured) {
    configured = true;
    if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  }
  return l10n.t(message, ...args);
}
