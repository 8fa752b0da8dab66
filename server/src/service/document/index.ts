import type { Format } from '../types';
import { parseHtml } from './html';
import { parseMarkdownBlocks } from './markdown';
import { parsePlainTextBlocks } from './plaintext';
import { readFrontMatter } from './frontMatter';
import { buildSections } from './sections';
import { splitSentences } from './sentences';
import type { Block, PolicyDocument } from './model';
import type { SourceMap } from '../text/sourceMap';

export * from './model';

/** Guesses the format from a file name; Markdown when nothing says otherwise. */
export function formatOf(fileName: string | undefined): Format {
  const name = (fileName ?? '').toLowerCase();
  if (/\.(html?|xhtml)$/.test(name)) return 'html';
  if (/\.(txt|text|policy)$/.test(name) || name.endsWith('.policy.txt')) return 'plaintext';
  return 'markdown';
}

export interface ParsedDocument {
  doc: Omit<PolicyDocument, 'sentences'>;
  /** Settings found in the document (front matter, a `gdpr-lens` comment, `<html lang>`). */
  settings: Record<string, string>;
}

/** Structure first; sentences come later, once the language (and so the segmenter) is known. */
export function parseStructure(text: string, format: Format): ParsedDocument {
  const front = readFrontMatter(text);
  let view = text;
  let map: SourceMap | undefined;
  let blocks: Block[];
  const settings = { ...front.values };
  if (format === 'html') {
    const html = parseHtml(text);
    view = html.view;
    map = html.map;
    blocks = html.blocks;
    if (html.lang && !settings.language) settings['html-lang'] = html.lang;
  } else if (format === 'plaintext') {
    blocks = parsePlainTextBlocks(text, front.end);
  } else {
    // Blank the front matter (keeping offsets) so markdown-it does not read it as a setext heading.
    const blanked = front.end > 0 ? text.slice(0, front.end).replace(/[^\r\n]/g, ' ') + text.slice(front.end) : text;
    blocks = parseMarkdownBlocks(blanked);
  }
  const sections = buildSections(blocks, view);
  return { doc: { format, source: text, view, map, blocks, sections }, settings };
}

export function completeDocument(parsed: ParsedDocument['doc'], language: string, abbreviations?: Set<string>): PolicyDocument {
  return { ...parsed, sentences: splitSentences(parsed.view, parsed.blocks, language, abbreviations) };
}
