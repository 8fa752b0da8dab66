import { MarkupKind, type Hover } from 'vscode-languageserver';
import { hover } from '../../service';
import { toRange } from '../convert';
import { documentRequest, offsetOf } from './request';
import type { Feature, FeatureContext } from './index';

/**
 * Hovers on references ("Art. 6(1)(f) GDPR"), terms ("personuppgiftsansvarig") and diagnostics, in the
 * reader's language (the client's locale, or gdprLens.messagesLanguage). Only checked documents get them.
 */
export function registerHover(context: FeatureContext): Feature {
  context.connection.onHover(
    documentRequest(context, 'hover', null, ({ document, result, settings }, params): Hover | null => {
      const offset = offsetOf(document, params.position);
      if (offset === null) return null;
      const found = hover(document.getText(), offset, { analysis: result, uiLanguage: context.uiLanguage(settings, result.language) });
      if (!found) return null;
      return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(document, found.span) };
    }),
  );
  return { capabilities: { hoverProvider: true } };
}
