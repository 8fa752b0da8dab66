import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesFor, insertAllMissing, type AnalysisResult, type Finding, type TextEdit } from '../../service';
import { DIAGNOSTIC_SOURCE, SERVER_COMMAND_INSERT_ALL_MISSING, SOURCE_ACTION_INSERT_ALL_MISSING } from '../../shared/protocol';
import { analysisOptions } from '../convert';
import type { Feature, FeatureContext } from './index';

/**
 * Quick-fixes attached to their diagnostics, and the source action "Insert all missing sections" (also a
 * command, so a client can bind it). The diagnostics carry what a fix needs (`data`); the fix itself is computed
 * by the analysis core from the document's current text.
 */
export function registerCodeActions(context: FeatureContext): Feature {
  const { connection } = context;

  connection.onCodeAction(async (params) => {
    const analysis = await context.analysis(params.textDocument.uri);
    if (!analysis) return [];
    const { document, settings, result } = analysis;
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (!only || only.some((kind) => kind.startsWith(CodeActionKind.QuickFix))) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const finding = findingOf(document, result, diagnostic);
        if (!finding) continue;
        for (const fix of safely(() => fixesFor(document.getText(), finding, analysisOptions(document, settings, context.uiLanguage(settings))), [])) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred,
            edit: { changes: { [document.uri]: fix.edits.map((e) => toLsp(document, e)) } },
          });
        }
      }
    }
    if (!only || only.some((kind) => SOURCE_ACTION_INSERT_ALL_MISSING.startsWith(kind))) {
      const all = safely(() => insertAllMissing(document.getText(), analysisOptions(document, settings, context.uiLanguage(settings))), null);
      if (all && all.edits.length) {
        actions.push({ title: all.title, kind: SOURCE_ACTION_INSERT_ALL_MISSING, edit: { changes: { [document.uri]: all.edits.map((e) => toLsp(document, e)) } } });
      }
    }
    return actions;
  });

  return {
    capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, SOURCE_ACTION_INSERT_ALL_MISSING] } },
    commands: [SERVER_COMMAND_INSERT_ALL_MISSING],
    async executeCommand(params) {
      const uri = params.arguments?.[0];
      if (typeof uri !== 'string') return { applied: false };
      const analysis = await context.analysis(uri);
      if (!analysis) return { applied: false };
      const all = insertAllMissing(analysis.document.getText(), analysisOptions(analysis.document, analysis.settings, context.uiLanguage(analysis.settings)));
      if (!all.edits.length) return { applied: false };
      return connection.workspace.applyEdit({ label: all.title, edit: { changes: { [uri]: all.edits.map((e) => toLsp(analysis.document, e)) } } });
    },
  };
}

/** The finding behind a diagnostic the client sends back: same code and same range in the current version. */
function findingOf(document: TextDocument, result: AnalysisResult, diagnostic: Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return result.findings.find((f) => f.code === diagnostic.code && f.span.start === start && f.span.end === end);
}

function toLsp(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText };
}

/** A fix that fails must not take the code-action request down with it. */
function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
