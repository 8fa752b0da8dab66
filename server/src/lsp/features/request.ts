import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext } from './index';

type Found = NonNullable<Awaited<ReturnType<FeatureContext['analysis']>>>;

/**
 * Wraps a request about one document: a request without `textDocument.uri` is answered with InvalidParams,
 * an unchecked document with `empty`, and a failure is logged and answered with `empty` too, so one bad request
 * never takes the server down.
 */
export function documentRequest<P, R>(
  context: FeatureContext,
  what: string,
  empty: R,
  handler: (found: Found, params: P) => R | Promise<R>,
): (params: P) => Promise<R | ResponseError> {
  return async (params) => {
    if (!wellFormed(params)) return malformed();
    try {
      const found = await context.analysis((params as { textDocument: { uri: string } }).textDocument.uri);
      return found ? await handler(found, params) : empty;
    } catch (error) {
      context.connection.console.error(`GDPR Lens ${what} failed: ${(error as Error).stack ?? error}`);
      return empty;
    }
  };
}

/** Whether a request names a document: a malformed request is answered with an error, as LSP asks. */
function wellFormed(params: unknown): boolean {
  return typeof (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri === 'string';
}

function malformed(): ResponseError {
  return new ResponseError(ErrorCodes.InvalidParams, 'GDPR Lens: the request names no textDocument.uri');
}

/** The offset of a position, or null when the position is not in the document (clients can send stale ones). */
export function offsetOf(document: TextDocument, position: Position | undefined): number | null {
  const { line, character } = position ?? {};
  if (!Number.isInteger(line) || !Number.isInteger(character) || line! < 0 || character! < 0 || line! >= document.lineCount) return null;
  return document.offsetAt({ line: line!, character: character! });
}
