import type { Block } from './model';

/**
 * Plain-text policies have no markup, so structure is inferred line by line:
 * - bullets ("•", "-", "*", "–", "·", "a)", "1)") are list items, nested by indentation;
 * - numbered headings ("1. Who we are", "3.2 Retention") are headings, their depth giving the level;
 * - ALL-CAPS lines and short lines ending in "?" are headings, and so are Markdown-style lines in a text file
 *   ("## Your rights", or a line underlined with "===" / "---"); lines of only "-", "=", "_" or "*" separate;
 * - a short line without final punctuation is a heading when body text follows it (so a column of
 *   short lines, like an address block, stays text);
 * - other lines form paragraphs; a paragraph breaks where a line ends a sentence or is much shorter than
 *   a wrapped line, so "Name: …" / "Legal basis: …" lines stay separate statements.
 * One pass over the lines, one look-ahead: linear in the text.
 */

interface Line {
  start: number;
  end: number;
  /** Content start after indentation. */
  contentStart: number;
  indent: number;
  text: string;
}

const BULLET = /^(?:[•\-*–·▪◦‣○●■□➢►✓✔]|\(?[a-zA-Z0-9]{1,2}\))[ \t]+/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(\S.*)$/;
const NUMBERED_ITEM = /^\d{1,3}[.)][ \t]+/;
const FINAL_PUNCTUATION = /[.,;:!…)\]"”»]$/;
const LABEL_VALUE = /\S:\s+\S/;
const CONTACT_LIKE = /@|https?:|www\.|\+\d|\d{3,}/;
const MAX_HEADING_LENGTH = 90;
/** "## Your rights" in a text file written like Markdown. */
const HASH_HEADING = /^(#{1,6})[ \t]+(\S.*?)[ \t#]*$/;
/** "-----", "=====", "_____", "*****": a rule, or the underline of the heading above it. */
const RULE = /^(?:-{3,}|={3,}|_{3,}|\*{3,})[ \t]*$/;
/** "=====" or "-----" under a title: the title is a heading (level 1 or 2). */
const UNDERLINE = /^(?:={3,}|-{3,})[ \t]*$/;

export function parsePlainTextBlocks(text: string, from = 0): Block[] {
  const lines = splitLines(text, from);
  const blocks: Block[] = [];
  let paragraph: { start: number; end: number } | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', level: 0, start: paragraph.start, end: paragraph.end, section: 0 });
    paragraph = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.length === 0 || RULE.test(line.text)) {
      flush();
      continue;
    }
    const hashes = HASH_HEADING.exec(line.text);
    if (hashes && /\p{L}/u.test(hashes[2])) {
      flush();
      const start = line.contentStart + line.text.indexOf(hashes[2], hashes[1].length);
      blocks.push({ kind: 'heading', level: hashes[1].length, start, end: start + hashes[2].length, section: 0 });
      continue;
    }
    const underlined = i + 1 < lines.length && !paragraph && UNDERLINE.test(lines[i + 1].text) && isHeadingCandidate(line.text);
    if (underlined) {
      flush();
      blocks.push({ kind: 'heading', level: lines[i + 1].text.startsWith('=') ? 1 : 2, start: line.contentStart, end: line.end, section: 0 });
      i++;
      continue;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet && !isNumberedHeading(lines, i)) {
      flush();
      blocks.push({ kind: 'item', level: Math.min(6, Math.floor(line.indent / 2)), start: line.contentStart + bullet[0].length, end: line.end, section: 0 });
      continue;
    }
    const level = headingLevel(lines, i, blocks.length === 0 && !paragraph);
    if (level > 0) {
      flush();
      const numbered = NUMBERED.exec(line.text);
      const start = numbered && level > 0 ? line.end - numbered[2].length : line.contentStart;
      blocks.push({ kind: 'heading', level, start, end: line.end, section: 0 });
      continue;
    }
    if (NUMBERED_ITEM.test(line.text)) {
      flush();
      const marker = NUMBERED_ITEM.exec(line.text)![0];
      blocks.push({ kind: 'item', level: Math.min(6, Math.floor(line.indent / 2)), start: line.contentStart + marker.length, end: line.end, section: 0 });
      continue;
    }
    if (paragraph && breaksBefore(lines[i - 1], line)) flush();
    if (paragraph) paragraph.end = line.end;
    else paragraph = { start: line.contentStart, end: line.end };
  }
  flush();
  return blocks;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    let end = i;
    let contentStart = start;
    let indent = 0;
    while (contentStart < end && (text[contentStart] === ' ' || text[contentStart] === '\t' || text[contentStart] === '\u00a0')) {
      indent += text[contentStart] === '\t' ? 4 : 1;
      contentStart++;
    }
    while (end > contentStart && /\s/.test(text[end - 1])) end--;
    lines.push({ start, end, contentStart, indent, text: text.slice(contentStart, end) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

/** 0 when the line is not a heading, else its level. */
function headingLevel(lines: Line[], i: number, first: boolean): number {
  const text = lines[i].text;
  if (text.length > MAX_HEADING_LENGTH || !/\p{L}/u.test(text)) return 0;
  const numbered = NUMBERED.exec(text);
  if (numbered && isNumberedHeading(lines, i)) return 1 + numbered[1].split('.').length;
  if (isAllCaps(text) && text.length >= 3) return 2;
  const next = nextNonBlank(lines, i);
  // Body text follows, or the next line heads a section itself (this one is then an empty section).
  const hasBody = next >= 0 && (isBodyText(lines[next].text) || isStrongHeading(lines, next) || headsSection(lines, next));
  if (text.endsWith('?') && hasBody && text.length <= MAX_HEADING_LENGTH) return 2;
  if (!isHeadingCandidate(text) || !hasBody) return 0;
  // A candidate glued to the line before it is part of that paragraph, not a heading.
  if (i > 0 && lines[i - 1].text.length > 0) return 0;
  return first ? 1 : 2;
}

/** Text that a heading can stand above: a statement, a long line, a "label: value" line or a bullet. */
function isBodyText(text: string): boolean {
  return FINAL_PUNCTUATION.test(text) || text.length > 50 || LABEL_VALUE.test(text) || (BULLET.test(text) && !NUMBERED.test(text)) || NUMBERED_ITEM.test(text);
}

/** Numbered and ALL-CAPS headings need no body to be headings; a title above them is one too. */
function isStrongHeading(lines: Line[], i: number): boolean {
  const text = lines[i].text;
  return (NUMBERED.test(text) && isNumberedHeading(lines, i)) || (isAllCaps(text) && text.length >= 3 && text.length <= MAX_HEADING_LENGTH);
}

/** A candidate line with body text right after it: a section heading, one look-ahead deep. */
function headsSection(lines: Line[], i: number): boolean {
  if (!isHeadingCandidate(lines[i].text) || (i > 0 && lines[i - 1].text.length > 0)) return false;
  const next = nextNonBlank(lines, i);
  return next >= 0 && (isBodyText(lines[next].text) || isStrongHeading(lines, next));
}

function isHeadingCandidate(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH || FINAL_PUNCTUATION.test(text)) return false;
  // Headings rarely hold numbers; addresses, dates and phone lines do.
  if (/\d/.test(text.replace(/^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+/, ''))) return false;
  if (LABEL_VALUE.test(text) || CONTACT_LIKE.test(text)) return false;
  if (BULLET.test(text) && !NUMBERED.test(text)) return false;
  const first = text.match(/\p{L}|\d/u)?.[0] ?? '';
  if (!first || first !== first.toUpperCase()) return false;
  return text.split(/\s+/).length <= 12;
}

/** "1. Who we are" heads a section; "1. Your name" in a run of numbered short lines is a list item. */
function isNumberedHeading(lines: Line[], i: number): boolean {
  const m = NUMBERED.exec(lines[i].text);
  if (!m || FINAL_PUNCTUATION.test(m[2]) || m[2].length > MAX_HEADING_LENGTH - 6) return false;
  if (m[1].includes('.') || /^\d+\.\s/.test(lines[i].text)) {
    const next = nextNonBlank(lines, i);
    // The last line of the text: a short numbered title there is an (empty) section heading.
    if (next < 0) return true;
    const nextText = lines[next].text;
    const nextNumbered = NUMBERED.exec(nextText);
    // A run of short numbered lines is a list; a numbered line followed by prose heads a section.
    if (nextNumbered && next === i + 1) return false;
    return !nextNumbered || next > i + 1;
  }
  return false;
}

function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 3 && !CONTACT_LIKE.test(text);
}

function nextNonBlank(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text.length > 0) return j;
  return -1;
}

/** Inside a run of lines: break after a finished sentence or a short line (a list without bullets, a label). */
function breaksBefore(previous: Line, line: Line): boolean {
  const startsUpper = /^[\p{Lu}\d"“«(]/u.test(line.text);
  if (!startsUpper) return false;
  if (/[.!?:;]$/.test(previous.text)) return true;
  return previous.text.length < 60;
}
