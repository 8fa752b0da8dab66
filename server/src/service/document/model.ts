import type { Format, Span } from '../types';
import type { SourceMap } from '../text/sourceMap';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

/**
 * One unit of structure: a heading, a paragraph, a list item or a table row.
 * `start`/`end` are offsets into the document's view text and cover the block's content without markup
 * (no "#", bullet or pipe at the edges).
 */
export interface Block {
  kind: BlockKind;
  /** Heading level (1 = title) or list nesting depth (0 = top level); 0 for paragraphs and rows. */
  level: number;
  start: number;
  end: number;
  /** Index of the section the block belongs to (headings belong to the section they open). */
  section: number;
  /**
   * For list items: the paragraph just before the list, when it introduces it ("You have these rights:");
   * for table rows: the table's header row. Its concepts are context for this block.
   */
  leadIn?: number;
  /** A table's header row ("| Purpose | Legal basis | Retention |"): context for the rows, never evidence. */
  header?: boolean;
}

export interface Section {
  /** Index of the heading block, or -1 for the text before the first heading. */
  heading: number;
  level: number;
  /** Index of the enclosing section, or -1. */
  parent: number;
  /** Indexes of the section's own non-heading blocks (not those of subsections). */
  body: number[];
}

export interface Sentence {
  start: number;
  end: number;
  block: number;
}

/** A policy as the engine sees it, whatever its format. */
export interface PolicyDocument {
  format: Format;
  /** The text as given. */
  source: string;
  /** The text analysed: the source itself for Markdown and plain text, the visible text for HTML. */
  view: string;
  /** Present when view and source differ (HTML). */
  map?: SourceMap;
  blocks: Block[];
  sections: Section[];
  sentences: Sentence[];
}

export function blockText(doc: PolicyDocument, block: Block): string {
  return doc.view.slice(block.start, block.end);
}

/** Converts a span of the view into a span of the source text. */
export function toSourceSpan(doc: PolicyDocument, span: Span): Span {
  if (!doc.map) return span;
  return { start: doc.map.toSource(span.start), end: doc.map.toSource(span.end, true) };
}
