import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type ResponseError } from 'vscode-languageserver';
import { completeClauses, completeReference } from '../../service';
import { toRange } from '../convert';
import { malformed, offsetOf, wellFormed } from './request';
import type { Feature, FeatureContext } from './index';

/** Digits complete a reference as it is typed ("Art. 1" → 1, 10–19 with their titles); a space or dot opens the list. */
const TRIGGERS = [' ', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Completion: article numbers in references (with their titles in the document's language), and, at the start of
 * a line, the clause library of the document's language as snippets (clauses for missing requirements first).
 * One handler serves both, since a server has one completion handler.
 */
export function registerCompletion(context: FeatureContext): Feature {
  context.connection.onCompletion(async (params): Promise<CompletionItem[] | ResponseError> => {
    if (!wellFormed(params)) return malformed();
    try {
      const found = await context.analysis(params.textDocument.uri);
      const offset = found ? offsetOf(found.document, params.position) : null;
      if (!found || offset === null) return [];
      const options = { analysis: found.result, uiLanguage: context.uiLanguage(found.settings, found.result.language) };
      const text = found.document.getText();
      const missing = found.result.requirements.filter((r) => r.status === 'missing').map((r) => r.id);
      const clauses = completeClauses(text, offset, { format: found.result.format, language: found.result.language }, missing).map((item): CompletionItem => ({
        label: item.label,
        kind: CompletionItemKind.Snippet,
        detail: item.detail,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: toRange(found.document, { start: item.start, end: item.end }), newText: item.snippet },
        sortText: item.sortText,
      }));
      return [...clauses, ...completeReference(text, offset, options).map((item) => ({
        label: item.label,
        kind: CompletionItemKind.Reference,
        detail: item.detail,
        ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
        textEdit: { range: toRange(found.document, item.span), newText: item.insertText },
        filterText: item.label,
        sortText: item.sortText,
      }))];
    } catch (error) {
      context.connection.console.error(`GDPR Lens completion failed: ${(error as Error).stack ?? error}`);
      return [];
    }
  });
  return { capabilities: { completionProvider: { triggerCharacters: TRIGGERS, resolveProvider: false } } };
}
