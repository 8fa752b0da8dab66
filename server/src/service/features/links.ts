import { formatReference, officialLinks } from './cite';
import { actTitle, articleTitle } from './explain';
import { documentLanguage, type FeatureOptions } from './featureOptions';
import { parseReferences } from './references';
import type { Span } from '../types';

export interface DocumentLinkData {
  span: Span;
  url: string;
  tooltip: string;
}

/** A link for every reference in the text, to the official text in the document's language (EUR-Lex for EU acts). */
export function documentLinks(text: string, options: FeatureOptions = {}): DocumentLinkData[] {
  const language = documentLanguage(text, options);
  const links: DocumentLinkData[] = [];
  for (const ref of parseReferences(text, language)) {
    const url = officialLinks(ref, [language])[0]?.url;
    if (!url) continue;
    const title = ref.act === 'gdpr' ? (ref.kind === 'article' && !ref.to ? articleTitle(language, ref.article) : undefined) : actTitle(ref.act, language);
    const cite = formatReference(ref, language);
    links.push({ span: { start: ref.start, end: ref.end }, url, tooltip: title ? `${cite} · ${title}` : cite });
  }
  return links;
}
