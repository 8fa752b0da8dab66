import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { completeClauses, completeReference } from '../../service';
import { toRange } from '../convert';
import { documentRequest, offsetOf } from './request';
import type { Feature, FeatureContext } from './index';

/** Digits complete a reference as it is typed ("Art. 1" → 1, 10–19 with their titles); a space or dot opens the list. */
const TRIGGERS = [' ', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Completion: article numbers in references (with their titles in the document's language), and, at the start of
 * a line, the clause library of the document's language as snippets (clauses for missing requirements first).
 * One handler serves both, since a server has one completion handler.
 */
export function registerCompletion(context: FeatureContext): Feature {
  context.connection.onCompletion(
    documentRequest(context, 'completion', [] as CompletionItem[], ({ document, result, settings }, params): CompletionItem[] => {
      const offset = offsetOf(document, params.position);
      if (offset === null) return [];
      const options = { analysis: result, uiLanguage: context.uiLanguage(settings, result.language) };
      const text = document.getText();
      const missing = result.requirements.filter((r) => r.status === 'missing').map((r) => r.id);
      const clauses = completeClauses(text, offset, { format: result.format, language: result.language }, missing).map((item): CompletionItem => ({
        label: item.label,
        kind: CompletionItemKind.Snippet,
        detail: item.detail,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: toRange(document, { start: item.start, end: item.end }), newText: item.snippet },
        sortText: item.sortText,
      }));
      return [...clauses, ...completeReference(text, offset, options).map((item) => ({
        label: item.label,
        kind: CompletionItemKind.Reference,
        detail: item.detail,
        ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
        textEdit: { range: toRange(document, item.span), newText: item.insertText },
        filterText: item.label,
        sortText: item.sortText,
      }))];
    }),
  );
  return { capabilities: { completionProvider: { triggerCharacters: TRIGGERS, resolveProvider: false } } };
}
