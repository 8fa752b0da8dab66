import type { DocumentLink, ResponseError } from 'vscode-languageserver';
import { documentLinks } from '../../service';
import { toRange } from '../convert';
import { malformed, wellFormed } from './hover';
import type { Feature, FeatureContext } from './index';

/** Every reference in a checked document links to the official text in the document's language. */
export function registerLinks(context: FeatureContext): Feature {
  context.connection.onDocumentLinks(async (params): Promise<DocumentLink[] | null | ResponseError> => {
    if (!wellFormed(params)) return malformed();
    try {
      const found = await context.analysis(params.textDocument.uri);
      if (!found) return null;
      return documentLinks(found.document.getText(), { analysis: found.result }).map((link) => ({
        range: toRange(found.document, link.span),
        target: link.url,
        tooltip: link.tooltip,
      }));
    } catch (error) {
      context.connection.console.error(`GDPR Lens document links failed: ${(error as Error).stack ?? error}`);
      return null;
    }
  });
  return { capabilities: { documentLinkProvider: { resolveProvider: false } } };
}
