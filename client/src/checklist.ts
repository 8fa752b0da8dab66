/**
 * The checklist view and the status-bar score. Both show what the server answers to the documented
 * `gdprLens/checklist` request for the active editor; the client decides nothing about policies.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ChecklistItemWire, ChecklistResult } from '../../server/src/shared/checklist';
import { CHECKLIST_REQUEST, CLIENT_COMMAND_REFRESH_CHECKLIST, CLIENT_COMMAND_REVEAL_RANGE, CLIENT_COMMAND_SHOW_CHECKLIST } from '../../server/src/shared/protocol';
import { t } from './l10n';

export const CHECKLIST_VIEW = 'gdprLens.checklist';
const MARK: Record<ChecklistItemWire['status'], string> = { present: '✓', missing: '✗', 'not-applicable': '–' };

/** The latest checklist of the active editor's document, refreshed when its diagnostics change. */
export class ChecklistModel implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  current: ChecklistResult = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.refreshSoon();
      }),
    ];
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 100);
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    let next: ChecklistResult = null;
    if (document && this.client.isRunning()) {
      const uri = this.client.code2ProtocolConverter.asUri(document.uri);
      next = await this.client.sendRequest<ChecklistResult>(CHECKLIST_REQUEST, { textDocument: { uri } }).catch(() => null);
    }
    this.current = next;
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** One row per requirement, in the vocabulary's order; a click reveals the evidence or where it belongs. */
export class ChecklistTree implements vscode.TreeDataProvider<ChecklistItemWire> {
  readonly onDidChangeTreeData: vscode.Event<void>;

  constructor(private readonly model: ChecklistModel) {
    this.onDidChangeTreeData = model.onDidChange;
  }

  getChildren(element?: ChecklistItemWire): ChecklistItemWire[] {
    return element ? [] : (this.model.current?.items ?? []);
  }

  getTreeItem(item: ChecklistItemWire): vscode.TreeItem {
    const row = new vscode.TreeItem(`${MARK[item.status]} ${item.title}`);
    row.id = item.id;
    row.description = `Art. ${item.article}`;
    row.tooltip = new vscode.MarkdownString(`**${item.title}** — \`${item.id}\`\n\nGDPR Art. ${item.article} · ${statusText(item)}`);
    row.contextValue = item.status;
    const list = this.model.current;
    if (list && item.target) {
      row.command = {
        title: t('Reveal'),
        command: CLIENT_COMMAND_REVEAL_RANGE,
        arguments: [list.uri, item.target],
      };
    }
    return row;
  }
}

function statusText(item: ChecklistItemWire): string {
  if (item.status === 'present') return t('present');
  if (item.status === 'missing') return item.effectiveKind === 'recommended' ? t('missing (recommended)') : t('missing');
  return t('not applicable');
}

/** "GDPR 17/21" for the active policy; a click opens the checklist. Hidden for documents that are not checked. */
export function createScoreItem(model: ChecklistModel): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('gdprLens.score', vscode.StatusBarAlignment.Left, 50);
  item.name = t('GDPR Lens score');
  item.command = CLIENT_COMMAND_SHOW_CHECKLIST;
  const update = () => {
    const list = model.current;
    if (!list) return item.hide();
    const missing = list.applicable - list.present;
    item.text = `$(checklist) GDPR ${list.present}/${list.applicable}`;
    item.tooltip = t('{0} of {1} required disclosures present, {2} missing. Click to open the checklist.', list.present, list.applicable, missing);
    item.backgroundColor = list.items.some((i) => i.status === 'missing' && i.severity === 'error')
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    item.show();
  };
  const listener = model.onDidChange(update);
  return vscode.Disposable.from(item, listener);
}

/** Registers the view (with the score as its badge) and the commands that open it and reveal ranges. */
export function registerChecklist(context: vscode.ExtensionContext, client: BaseLanguageClient): ChecklistModel {
  const model = new ChecklistModel(client);
  const view = vscode.window.createTreeView(CHECKLIST_VIEW, { treeDataProvider: new ChecklistTree(model) });
  model.onDidChange(() => {
    const list = model.current;
    view.description = list ? `${list.present}/${list.applicable}` : undefined;
    view.badge = list && list.applicable > list.present
      ? { value: list.applicable - list.present, tooltip: t('{0} required disclosures missing', list.applicable - list.present) }
      : undefined;
  });
  context.subscriptions.push(
    model,
    view,
    createScoreItem(model),
    vscode.commands.registerCommand(CLIENT_COMMAND_SHOW_CHECKLIST, async () => {
      await vscode.commands.executeCommand(`${CHECKLIST_VIEW}.focus`);
      await model.refresh();
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND_REFRESH_CHECKLIST, () => model.refresh()),
    vscode.commands.registerCommand(CLIENT_COMMAND_REVEAL_RANGE, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const document = await vscode.workspace.openTextDocument(client.protocol2CodeConverter.asUri(uri));
      const editor = await vscode.window.showTextDocument(document);
      const target = client.protocol2CodeConverter.asRange(range);
      editor.selection = new vscode.Selection(target.start, target.end);
      editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
  model.refreshSoon();
  return model;
}
