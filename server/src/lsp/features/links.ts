import type { DocumentLink } from 'vscode-languageserver';
import { documentLinks } from '../../service';
import { toRange } from '../convert';
import { documentRequest } from './request';
import type { Feature, FeatureContext } from './index';

/** Every reference in a checked document links to the official text in the document's language. */
export function registerLinks(context: FeatureContext): Feature {
  context.connection.onDocumentLinks(
    documentRequest(context, 'document links', null, ({ document, result }): DocumentLink[] =>
      documentLinks(document.getText(), { analysis: result }).map((link) => ({
        range: toRange(document, link.span),
        target: link.url,
        tooltip: link.tooltip,
      })),
    ),
  );
  return { capabilities: { documentLinkProvider: { resolveProvider: false } } };
}
