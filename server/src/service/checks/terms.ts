/**
 * Finds literal terms as whole words: case-insensitively, or exactly when written with a leading "=" ("=PUL").
 *
 * Lists are long (every authority's current and former names in several languages, every outdated law) and a
 * document is checked against all of them. So every list's terms are indexed together by their first letters,
 * and one pass over a text's word starts serves every list: at each word start, the text's first letters pick
 * the few terms that can match there, which are tried there only (sticky regular expressions).
 */
import { ownString, sliceOf, TextMemo } from '../text/memo';
import { matchesOf } from '../text/matches';

export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

/**
 * Terms are indexed by up to this many first letters of their first word: enough that a frequent word ("data",
 * "personal") selects only the terms that really start with it.
 */
const KEY = 6;

class Entry {
  private compiled: RegExp | undefined;

  constructor(readonly owner: TermMatcher, private readonly source: string, private readonly flags: string) {}

  /** Sticky: tried at one word start. Compiled when first needed: most groups never are, and startup counts. */
  get pattern(): RegExp {
    return (this.compiled ??= new RegExp(this.source, this.flags));
  }
}

/** A letter tree of the terms' first letters: exact ones, and lower-cased ones. */
interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}
const exactTree: Node = { next: new Map(), entries: [] };
const lowerTree: Node = { next: new Map(), entries: [] };

function nodeFor(tree: Node, key: string): Node {
  let node = tree;
  for (const letter of key) {
    let child = node.next.get(letter);
    if (!child) node.next.set(letter, (child = { next: new Map(), entries: [] }));
    node = child;
  }
  return node;
}

export class TermMatcher {
  /** Terms that do not start with a letter or digit: scanned the plain way. */
  private readonly other: RegExp[] = [];

  /**
   * `inflected`: case-insensitive terms may carry a case ending ("Datatilsynets", "tietosuojavaltuutetun
   * toimistolle", "der Bundesbeauftragten"): up to six more letters after the term.
   */
  constructor(terms: string[], inflected = false) {
    const group = (list: string[], exact: boolean, ending: string) => {
      const byKey = new Map<string, string[]>();
      for (const term of list) {
        if (!WORD_CHAR.test(term.charAt(0))) {
          // No look-behind: a term that starts with "§" cannot be glued to the word before it anyway.
          this.other.push(new RegExp(`${escape(term)}${ending}(?![\\p{L}\\p{N}])`, exact ? 'gu' : 'giu'));
          continue;
        }
        const key = keyOf(term, exact);
        byKey.set(key, [...(byKey.get(key) ?? []), term]);
      }
      for (const [key, members] of byKey) {
        nodeFor(exact ? exactTree : lowerTree, key).entries.push(new Entry(this, wholeWords(members, ending), exact ? 'yu' : 'yiu'));
      }
    };
    group(terms.filter((t) => !t.startsWith('=')), false, inflected ? '\\p{L}{0,6}' : '');
    group(terms.filter((t) => t.startsWith('=')).map((t) => t.slice(1)), true, '');
    if (this.other.length) withOtherTerms.push(this);
  }

  /**
   * The terms in a document's blocks (paragraphs, items, rows, headings: a term never crosses one), with the
   * matches of each block remembered by its text, so an edit scans only the edited block.
   */
  findIn(doc: { view: string; blocks: readonly { start: number; end: number }[] }): TermMatch[] {
    return scannedDocument(doc).get(this) ?? [];
  }

  /** The matches of this list's terms that do not start with a letter or digit ("§ 15a TMG"). */
  findOthers(text: string): TermMatch[] {
    const found: TermMatch[] = [];
    for (const pattern of this.other) {
      for (const m of matchesOf(pattern, text)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found;
  }
}

/** Lists with terms that do not start with a letter or digit. */
const withOtherTerms: TermMatcher[] = [];

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A whole run of letters and digits: its start is a word start (no look-behind, so the scan is fast). */
const WORD = /[\p{L}\p{N}]+/gu;

/** The index key of a term: its first word's first letters. */
function keyOf(term: string, exact: boolean): string {
  const first = (/^[\p{L}\p{N}]+/u.exec(term)?.[0] ?? term.charAt(0)).slice(0, KEY);
  return exact ? first : first.toLowerCase();
}

type Scanned = Map<TermMatcher, TermMatch[]>;
const documents = new WeakMap<object, Scanned>();
const blocks = new TextMemo<Scanned>(20_000, 2_000_000);

function scannedDocument(doc: { view: string; blocks: readonly { start: number; end: number }[] }): Scanned {
  let result = documents.get(doc);
  if (!result) {
    result = new Map();
    for (const block of doc.blocks) {
      const text = sliceOf(doc.view, block.start, block.end);
      let found = blocks.get(text);
      if (!found) blocks.set(text, (found = withOthers(text, scan(text))));
      for (const [owner, matches] of found) {
        const list = result.get(owner) ?? [];
        for (const m of matches) list.push({ start: m.start + block.start, end: m.end + block.start, text: m.text });
        result.set(owner, list);
      }
    }
    documents.set(doc, result);
  }
  return result;
}

/** `scan`'s matches plus those of the terms that do not start with a letter, for every list. */
function withOthers(text: string, found: Scanned): Scanned {
  for (const owner of withOtherTerms) {
    const extra = owner.findOthers(text);
    if (extra.length === 0) continue;
    found.set(owner, [...(found.get(owner) ?? []), ...extra].sort((a, b) => a.start - b.start));
  }
  // Match texts are slices of the block: keep copies, not the block.
  for (const [owner, matches] of found) found.set(owner, matches.map((m) => ({ ...m, text: ownString(m.text) })));
  return found;
}

/** One pass over the word starts of `text`, trying at each the terms its first letters select. */
function scan(text: string): Map<TermMatcher, TermMatch[]> {
  const result = new Map<TermMatcher, TermMatch[]>();
  /** Per list, where its last match ended: its matches do not overlap. */
  const next = new Map<TermMatcher, number>();
  const best = new Map<TermMatcher, RegExpExecArray>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const first = m[0].length > KEY ? m[0].slice(0, KEY) : m[0];
    for (const [tree, letters] of [[exactTree, first], [lowerTree, first.toLowerCase()]] as const) {
      let node: Node | undefined = tree;
      for (let i = 0; node && i < letters.length; i++) {
        node = node.next.get(letters[i]);
        if (!node) break;
        for (const entry of node.entries) {
          const { owner } = entry;
          if (start < (next.get(owner) ?? 0)) continue;
          const pattern = entry.pattern;
          pattern.lastIndex = start;
          const found = pattern.exec(text);
          const previous = best.get(owner);
          if (found && (!previous || found[0].length > previous[0].length)) best.set(owner, found);
        }
      }
    }
    if (best.size === 0) continue;
    for (const [owner, found] of best) {
      const list = result.get(owner) ?? [];
      list.push({ start, end: start + found[0].length, text: found[0] });
      result.set(owner, list);
      next.set(owner, start + found[0].length);
    }
    best.clear();
  }
  return result;
}

function wholeWords(terms: string[], ending: string): string {
  // Longest first, so "personuppgiftslagens" wins over "personuppgiftslag".
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})${ending}(?![\\p{L}\\p{N}])`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
