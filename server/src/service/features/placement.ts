import type { ReadDocument } from '../requirements/analysis';
import { toSourceSpan, type Block } from '../document';

/**
 * Where, and in what form, new text goes into a document, in the document's own style: its Markdown heading
 * level, its plain-text heading form (numbered, ALL CAPS or a plain line), its bullet character, its HTML tags.
 * Offsets returned are offsets into the source text.
 */

export interface Insertion {
  at: number;
  text: string;
}

/** The section whose heading expresses one of the concepts (in their order of preference), or -1. */
export function sectionWith(read: ReadDocument, concepts: string[]): number {
  for (const concept of concepts) {
    for (const [index, expressed] of read.headingConcepts) {
      if (expressed.has(concept)) return read.doc.blocks[index].section;
    }
  }
  return -1;
}

/** Source offset of the start of the line holding `offset`. */
function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Source offset where a block's line ends (before its line break). */
function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline < 0 ? source.length : newline > 0 && source[newline - 1] === '\r' ? newline - 1 : newline;
}

function sourceStart(read: ReadDocument, block: Block): number {
  return toSourceSpan(read.doc, { start: block.start, end: block.end }).start;
}

function sourceEnd(read: ReadDocument, block: Block): number {
  return toSourceSpan(read.doc, { start: block.start, end: block.end }).end;
}

/** The heading level new top-level sections get: the most common level below the title, else 2. */
function sectionLevel(read: ReadDocument): number {
  const counts = new Map<number, number>();
  for (const b of read.doc.blocks) if (b.kind === 'heading' && b.level > 1) counts.set(b.level, (counts.get(b.level) ?? 0) + 1);
  let best = 2;
  let most = 0;
  for (const [level, count] of counts) if (count > most || (count === most && level < best)) [best, most] = [level, count];
  return best;
}

/** The first heading block after `section`'s subtree at the same or a higher level, or -1 for the end. */
function nextSectionHeading(read: ReadDocument, section: number): number {
  const { sections, blocks } = read.doc;
  const level = sections[section]?.level ?? 0;
  const from = sections[section]?.heading ?? -1;
  for (let i = Math.max(0, from + 1); i < blocks.length; i++) {
    if (blocks[i].kind === 'heading' && blocks[i].level <= Math.max(level, 1) && i !== from) return i;
  }
  return -1;
}

const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s/;

/** How headings look in a plain-text document: numbered, ALL CAPS or plain lines. */
function plainHeading(read: ReadDocument, title: string, after: number): string {
  const { source } = read.doc;
  const headings = read.doc.blocks.filter((b) => b.kind === 'heading' && b.level > 1);
  const anchor = after >= 0 ? read.doc.sections[after]?.heading ?? -1 : -1;
  const anchorLine = anchor >= 0 ? source.slice(lineStart(source, sourceStart(read, read.doc.blocks[anchor])), sourceEnd(read, read.doc.blocks[anchor])) : '';
  const number = NUMBERED.exec(anchorLine)?.[1];
  if (number) {
    // A new sub-section of the related numbered section keeps the numbering valid: "3." → "3.4".
    const prefix = `${number}.`;
    const siblings = headings.filter((h) => source.slice(lineStart(source, sourceStart(read, h)), sourceStart(read, h)).trim().startsWith(prefix)).length;
    return `${number}.${siblings + 1} ${title}`;
  }
  const upper = headings.length > 0 && headings.every((h) => {
    const text = read.doc.view.slice(h.start, h.end);
    return text === text.toUpperCase();
  });
  return upper ? title.toUpperCase() : title;
}

/** The highest top-level section number of a plain-text notice ("7. Contact" → 7), or 0. */
function topNumber(read: ReadDocument): number {
  const { source } = read.doc;
  let top = 0;
  for (const block of read.doc.blocks) {
    if (block.kind !== 'heading') continue;
    const start = sourceStart(read, block);
    const m = /^\s*(\d{1,2})\.?\s*$/.exec(source.slice(lineStart(source, start), start));
    if (m) top = Math.max(top, Number(m[1]));
  }
  return top;
}

/** The bullet a plain-text document uses ("•", "-", "*"), from its first list item. */
function plainBullet(read: ReadDocument): string {
  const item = read.doc.blocks.find((b) => b.kind === 'item');
  if (!item) return '-';
  const { source } = read.doc;
  const marker = source.slice(lineStart(source, sourceStart(read, item)), sourceStart(read, item)).trim();
  return marker && !/\d/.test(marker) ? marker : '-';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A section (heading + body lines, "- " lines being list items) in the document's format and style. */
function formatSection(read: ReadDocument, title: string, body: string[], after: number): string {
  const format = read.doc.format;
  const level = sectionLevel(read);
  if (format === 'html') {
    const parts = [`<h${level}>${escapeHtml(title)}</h${level}>`];
    let list: string[] = [];
    const flush = () => {
      if (list.length) parts.push(`<ul>\n${list.map((l) => `  <li>${escapeHtml(l)}</li>`).join('\n')}\n</ul>`);
      list = [];
    };
    for (const line of body) {
      if (line.startsWith('- ')) list.push(line.slice(2));
      else {
        flush();
        parts.push(`<p>${escapeHtml(line)}</p>`);
      }
    }
    flush();
    return parts.join('\n');
  }
  if (format === 'plaintext') {
    const bullet = plainBullet(read);
    return [plainHeading(read, title, after), '', ...body.map((l) => (l.startsWith('- ') ? `${bullet} ${l.slice(2)}` : l))].join('\n');
  }
  return [`${'#'.repeat(level)} ${title}`, '', ...body].join('\n');
}

/**
 * Inserts a new section after the section `after` (at the end of its subtree), or before the section `before`,
 * or at the end of the document (inside <body>/<main> for HTML).
 */
export function insertSection(read: ReadDocument, title: string, body: string[], after: number, before = -1): Insertion {
  const { source } = read.doc;
  const top = topNumber(read);
  if (read.doc.format === 'plaintext' && after < 0 && top > 0) {
    // A numbered plain-text notice gets the next number at its end: inserting in the middle would repeat one.
    const bullet = plainBullet(read);
    const text = [`${top + 1}. ${title}`, '', ...body.map((l) => (l.startsWith('- ') ? `${bullet} ${l.slice(2)}` : l))].join('\n');
    const ending = source.endsWith('\n\n') ? '' : source.endsWith('\n') ? '\n' : '\n\n';
    return { at: source.length, text: `${ending}${text}\n` };
  }
  const text = formatSection(read, title, body, after);
  let heading = -1;
  if (after >= 0) heading = nextSectionHeading(read, after);
  else if (before >= 0) heading = read.doc.sections[before].heading;
  if (heading >= 0) {
    const start = sourceStart(read, read.doc.blocks[heading]);
    const at = read.doc.format === 'html' ? source.lastIndexOf('<', start) : lineStart(source, start);
    return { at, text: `${text}\n\n` };
  }
  if (read.doc.format === 'html') {
    const close = Math.max(source.lastIndexOf('</main>'), source.lastIndexOf('</article>'));
    const body = close >= 0 ? close : source.lastIndexOf('</body>');
    if (body >= 0) return { at: body, text: `${text}\n` };
  }
  const ending = source.endsWith('\n\n') ? '' : source.endsWith('\n') ? '\n' : '\n\n';
  return { at: source.length, text: `${ending}${text}\n` };
}

/** A paragraph right after the title (for a "last updated" line), or at the top. */
export function insertAfterTitle(read: ReadDocument, line: string): Insertion {
  const { source } = read.doc;
  const title = read.doc.blocks.find((b) => b.kind === 'heading');
  if (read.doc.format === 'html') {
    const end = title ? source.indexOf('>', source.indexOf('</', sourceEnd(read, title))) + 1 : 0;
    return { at: end, text: `\n<p>${escapeHtml(line)}</p>` };
  }
  if (!title) return { at: 0, text: `${line}\n\n` };
  const end = lineEnd(source, sourceEnd(read, title));
  return { at: end, text: `\n\n${line}` };
}

/** A new paragraph right after a block (for a sentence that belongs next to another one). */
export function insertParagraphAfter(read: ReadDocument, block: Block, line: string): Insertion {
  const { source } = read.doc;
  const end = sourceEnd(read, block);
  if (read.doc.format === 'html') {
    const close = source.indexOf('>', source.indexOf('</', end)) + 1;
    const tag = block.kind === 'item' ? 'li' : 'p';
    return { at: close > 0 ? close : end, text: `\n<${tag}>${escapeHtml(line)}</${tag}>` };
  }
  if (block.kind === 'item') return insertItemAfter(read, block, line);
  return { at: lineEnd(source, end), text: `\n\n${line}` };
}

/** A new list item after `item`, with the same bullet (or the next number) and indentation. */
export function insertItemAfter(read: ReadDocument, item: Block, text: string): Insertion {
  const { source } = read.doc;
  const start = sourceStart(read, item);
  const end = sourceEnd(read, item);
  if (read.doc.format === 'html') {
    const close = source.indexOf('</li>', end);
    const indent = /[ \t]*$/.exec(source.slice(lineStart(source, source.lastIndexOf('<li', start)), source.lastIndexOf('<li', start)))?.[0] ?? '';
    return close >= 0 ? { at: close + 5, text: `\n${indent}<li>${escapeHtml(text)}</li>` } : { at: end, text: ` ${escapeHtml(text)}` };
  }
  const prefix = source.slice(lineStart(source, start), start);
  const numbered = /^(\s*)(\d{1,3})([.)]\s*)$/.exec(prefix);
  const marker = numbered ? `${numbered[1]}${Number(numbered[2]) + 1}${numbered[3]}` : prefix;
  return { at: lineEnd(source, end), text: `\n${marker}${text}` };
}
