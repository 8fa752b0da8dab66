import { ErrorCodes, MarkupKind, ResponseError, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../service';
import { toRange } from '../convert';
import type { Feature, FeatureContext } from './index';

/**
 * Hovers on references ("Art. 6(1)(f) GDPR"), terms ("personuppgiftsansvarig") and diagnostics, in the
 * reader's language (the client's locale, or gdprLens.messagesLanguage). Only checked documents get them.
 */
export function registerHover(context: FeatureContext): Feature {
  context.connection.onHover(async (params): Promise<Hover | null | ResponseError> => {
    if (!wellFormed(params)) return malformed();
    try {
      const found = await context.analysis(params.textDocument.uri);
      const offset = found ? offsetOf(found.document, params.position) : null;
      if (!found || offset === null) return null;
      const result = hover(found.document.getText(), offset, { analysis: found.result, uiLanguage: context.uiLanguage(found.settings) });
      if (!result) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(found.document, result.span) };
    } catch (error) {
      context.connection.console.error(`GDPR Lens hover failed: ${(error as Error).stack ?? error}`);
      return null;
    }
  });
  return { capabilities: { hoverProvider: true } };
}

/** Whether a request names a document: a malformed request is answered with an error, as LSP asks. */
export function wellFormed(params: unknown): boolean {
  return typeof (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri === 'string';
}

export function malformed(): ResponseError {
  return new ResponseError(ErrorCodes.InvalidParams, 'GDPR Lens: the request names no textDocument.uri');
}

/** The offset of a position, or null when the position is not in the document (clients can send stale ones). */
export function offsetOf(document: TextDocument, position: Position | undefined): number | null {
  const { line, character } = position ?? {};
  if (!Number.isInteger(line) || !Number.isInteger(character) || line! < 0 || character! < 0 || line! >= document.lineCount) return null;
  return document.offsetAt({ line: line!, character: character! });
}
