import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { SourceMap } from '../text/sourceMap';
import type { Block } from './model';

/**
 * Reads the visible text of an HTML page through htmlparser2 (a maintained, forgiving, streaming parser that
 * reports source offsets). The result is a "view": the visible text, one block per line group, with a
 * `SourceMap` so that every offset found in the view maps back into the HTML source.
 */

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br', 'html',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

export interface HtmlView {
  view: string;
  map: SourceMap;
  blocks: Block[];
  /** The `lang` attribute of the root element, if any. */
  lang?: string;
}

export function parseHtml(source: string): HtmlView {
  const map = new SourceMap();
  const blocks: Block[] = [];
  let view = '';
  let hiddenDepth = 0;
  let listDepth = 0;
  let lang: string | undefined;
  /** The current row has header cells; the index of the table's header row. */
  let rowHasTh = false;
  let headerRow = -1;
  const kinds: { tag: string; kind: Block['kind']; level: number }[] = [];
  let blockStart = -1;

  const flush = () => {
    if (blockStart < 0) return;
    let s = blockStart;
    let e = view.length;
    while (s < e && /\s/.test(view[s])) s++;
    while (e > s && /\s/.test(view[e - 1])) e--;
    if (e > s) {
      // The innermost heading, list item or table row decides, so <li><p>Access</p></li> stays a list item.
      const decisive = [...kinds].reverse().find((k) => k.kind !== 'paragraph') ?? { kind: 'paragraph' as const, level: 0 };
      const block: Block = { kind: decisive.kind, level: decisive.level, start: s, end: e, section: 0 };
      if (block.kind === 'row' && rowHasTh) {
        block.header = true;
        headerRow = blocks.length;
      } else if (block.kind === 'row' && headerRow >= 0) {
        block.leadIn = headerRow;
      }
      blocks.push(block);
      view += '\n\n';
    } else {
      view = view.slice(0, blockStart);
    }
    blockStart = -1;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) lang = attributes.lang;
        if (hiddenDepth > 0 || HIDDEN.has(name)) {
          if (!VOID.has(name)) hiddenDepth++;
          return;
        }
        if (name === 'td' || name === 'th') {
          if (name === 'th') rowHasTh = true;
          if (blockStart >= 0) appendRaw(' | ');
          return;
        }
        if (name === 'tr') rowHasTh = false;
        if (!BLOCK.has(name)) return;
        flush();
        if (name === 'ul' || name === 'ol') listDepth++;
        const kind = blockKind(name, listDepth);
        if (kind && !VOID.has(name)) kinds.push({ tag: name, ...kind });
      },
      onclosetag(name, implied) {
        if (hiddenDepth > 0) {
          if (!VOID.has(name)) hiddenDepth--;
          return;
        }
        void implied;
        if (!BLOCK.has(name) || VOID.has(name)) return;
        flush();
        if (name === 'table') headerRow = -1;
        if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
        const top = kinds[kinds.length - 1];
        if (top && top.tag === name) kinds.pop();
      },
      ontext(raw) {
        if (hiddenDepth > 0) return;
        appendText(raw, parser.startIndex);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );

  function appendRaw(text: string): void {
    if (blockStart < 0) blockStart = view.length;
    map.add(view.length, parser.startIndex, parser.startIndex, false);
    view += text;
  }

  function appendText(raw: string, srcStart: number): void {
    if (blockStart < 0) {
      if (!/\S/.test(raw)) return;
      blockStart = view.length;
    }
    let last = 0;
    ENTITY.lastIndex = 0;
    for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
      copy(raw.slice(last, m.index), srcStart + last);
      const decoded = decodeHTML(m[0]).replace(/\s/g, ' ');
      map.add(view.length, srcStart + m.index, srcStart + m.index + m[0].length, false);
      view += decoded;
      last = m.index + m[0].length;
    }
    copy(raw.slice(last), srcStart + last);
  }

  function copy(text: string, srcStart: number): void {
    if (!text) return;
    map.add(view.length, srcStart, srcStart + text.length, true);
    view += text.replace(/[\t\n\r\f\v]/g, ' ');
  }

  parser.write(source);
  parser.end();
  flush();
  return { view, map, blocks, lang };
}

function blockKind(tag: string, listDepth: number): { kind: Block['kind']; level: number } {
  if (/^h[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'li' || tag === 'dd') return { kind: 'item', level: Math.max(0, listDepth - 1) };
  if (tag === 'tr') return { kind: 'row', level: 0 };
  return { kind: 'paragraph', level: 0 };
}
