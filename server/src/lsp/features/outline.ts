import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import { toRange } from '../convert';
import { documentRequest } from './request';
import type { Feature, FeatureContext } from './index';

/**
 * The outline (document symbols, nested by heading level) and one folding range per section, for every
 * checked document. VS Code's own Markdown support already has both for Markdown, so the client asks only for
 * the other formats; editors without Markdown support get them everywhere.
 */
export function registerOutline(context: FeatureContext): Feature {
  context.connection.onDocumentSymbol(
    documentRequest(context, 'outline', null, ({ document, result }): DocumentSymbol[] => {
      const symbols: DocumentSymbol[] = [];
      const children: DocumentSymbol[][] = [];
      result.sections.forEach((section, index) => {
        const symbol: DocumentSymbol = {
          name: section.title || '…',
          kind: SymbolKind.String,
          range: toRange(document, section.span),
          selectionRange: toRange(document, section.heading),
          children: [],
        };
        children[index] = symbol.children!;
        (section.parent >= 0 ? children[section.parent] : symbols).push(symbol);
      });
      return symbols;
    }),
  );
  context.connection.onFoldingRanges(
    documentRequest(context, 'folding', null, ({ document, result }): FoldingRange[] =>
      result.sections.flatMap((section) => {
        const startLine = document.positionAt(section.heading.start).line;
        const endLine = document.positionAt(section.span.end).line;
        return endLine > startLine ? [{ startLine, endLine }] : [];
      }),
    ),
  );
  return { capabilities: { documentSymbolProvider: true, foldingRangeProvider: true } };
}
