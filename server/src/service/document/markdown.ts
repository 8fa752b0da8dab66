import MarkdownIt from 'markdown-it';
import { LineIndex } from '../text/lineIndex';
import type { Block } from './model';

const parser = new MarkdownIt('commonmark').enable('table');

const LIST_MARKER = /^[ \t>]*(?:[-*+•]|\d{1,9}[.)])[ \t]+/;
const HEADING_MARKUP = /^[ \t>]*#{1,6}[ \t]*/;
const TABLE_DELIMITER = /^[\s|:-]*$/;

/**
 * Reads Markdown blocks through markdown-it, which knows CommonMark's rules (setext headings, lazy
 * continuation, nested lists, tables); we only use its line maps and take the text from the source,
 * so every offset is an offset into the original document. `text` must have the front matter blanked.
 */
export function parseMarkdownBlocks(text: string): Block[] {
  const tokens = parser.parse(text, {});
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  let listDepth = -1;
  let itemOpen = false;
  let inHead = false;
  let headerRow = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'list_item_open':
        itemOpen = true;
        break;
      case 'heading_open': {
        const [from] = token.map ?? [0, 1];
        const level = Number(token.tag.slice(1));
        const setext = token.markup === '=' || token.markup === '-';
        const start = lines.lineStart(from);
        const end = lines.lineEnd(setext ? Math.max(from, (token.map?.[1] ?? from + 2) - 2) : from);
        push(blocks, text, 'heading', level, start, end, setext ? null : HEADING_MARKUP, true);
        break;
      }
      case 'paragraph_open': {
        const [from, to] = token.map ?? [0, 1];
        const kind = itemOpen || listDepth >= 0 ? 'item' : 'paragraph';
        push(blocks, text, kind, Math.max(0, listDepth), lines.lineStart(from), lines.lineEnd(to - 1), itemOpen ? LIST_MARKER : null, false);
        itemOpen = false;
        break;
      }
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'table_close':
        headerRow = -1;
        break;
      case 'tr_open': {
        const [from] = token.map ?? [0, 1];
        const start = lines.lineStart(from);
        const end = lines.lineEnd(from);
        if (TABLE_DELIMITER.test(text.slice(start, end))) break;
        const before = blocks.length;
        push(blocks, text, 'row', 0, start, end, null, false);
        if (blocks.length === before) break;
        if (inHead) {
          blocks[before].header = true;
          headerRow = before;
        } else if (headerRow >= 0) {
          blocks[before].leadIn = headerRow;
        }
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

function push(blocks: Block[], text: string, kind: Block['kind'], level: number, start: number, end: number,
  marker: RegExp | null, trimClosingHashes: boolean): void {
  let s = start;
  if (marker) {
    const m = marker.exec(text.slice(start, Math.min(end, start + 64)));
    if (m) s += m[0].length;
  }
  let e = end;
  if (trimClosingHashes) while (e > s && (text[e - 1] === '#' || text[e - 1] === ' ')) e--;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) blocks.push({ kind, level, start: s, end: e, section: 0 });
}
