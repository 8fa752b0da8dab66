/**
 * Finds literal terms as whole words: case-insensitively, or exactly when written with a leading "=" ("=PUL").
 *
 * Lists are long (every authority's current and former names in several languages) and one alternation of all
 * of them costs a try of every term at every position. So terms are grouped by their first letters: at each
 * word start the text's first letters pick the one small group that can match there, which is tried there
 * only (a sticky regular expression). Word starts are computed once per text and shared by every list.
 */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

/** Terms are grouped by up to this many first letters. */
const KEY = 3;

export class TermMatcher {
  /** Sticky patterns by the lower-cased first letters of their terms (and the exact ones by exact letters). */
  private readonly insensitive = new Map<string, RegExp>();
  private readonly sensitive = new Map<string, RegExp>();
  private readonly keyLengths: number[];
  /** Terms that do not start with a letter or digit: scanned the plain way. */
  private readonly other: RegExp[] = [];

  /**
   * `inflected`: case-insensitive terms may carry a case ending ("Datatilsynets", "tietosuojavaltuutetun
   * toimistolle", "der Bundesbeauftragten"): up to six more letters after the term.
   */
  constructor(terms: string[], inflected = false) {
    const lengths = new Set<number>();
    const group = (list: string[], exact: boolean, ending: string) => {
      const byKey = new Map<string, string[]>();
      for (const term of list) {
        if (!WORD_CHAR.test(term.charAt(0))) {
          this.other.push(new RegExp(wholeWords([term], ending), exact ? 'gu' : 'giu'));
          continue;
        }
        const key = keyOf(term, exact);
        lengths.add(key.length);
        byKey.set(key, [...(byKey.get(key) ?? []), term]);
      }
      const target = exact ? this.sensitive : this.insensitive;
      for (const [key, members] of byKey) target.set(key, new RegExp(wholeWords(members, ending), exact ? 'yu' : 'yiu'));
    };
    group(terms.filter((t) => !t.startsWith('=')), false, inflected ? '\\p{L}{0,6}' : '');
    group(terms.filter((t) => t.startsWith('=')).map((t) => t.slice(1)), true, '');
    this.keyLengths = [...lengths].sort((a, b) => b - a);
  }

  find(text: string, from = 0, to = text.length): TermMatch[] {
    const scope = from === 0 && to === text.length ? text : text.slice(from, to);
    const words = wordStarts(scope);
    const lookups: { map: Map<string, RegExp>; keys: string[] }[] = [];
    for (const length of this.keyLengths) {
      if (this.insensitive.size) lookups.push({ map: this.insensitive, keys: words.lower(length) });
      if (this.sensitive.size) lookups.push({ map: this.sensitive, keys: words.exact(length) });
    }
    // Only the words whose first letters are one of this list's keys can start a match.
    const candidates: number[] = [];
    for (const length of this.keyLengths) {
      for (const [map, lower] of [[this.insensitive, true], [this.sensitive, false]] as const) {
        if (map.size === 0) continue;
        const index = words.index(length, lower);
        for (const key of map.keys()) for (const w of index.get(key) ?? []) candidates.push(w);
      }
    }
    candidates.sort((a, b) => a - b);
    const out: TermMatch[] = [];
    let next = 0;
    for (const w of candidates) {
      const start = words.starts[w];
      if (start < next) continue;
      let best: RegExpExecArray | null = null;
      for (const { map, keys } of lookups) {
        const pattern = map.get(keys[w]);
        if (!pattern) continue;
        pattern.lastIndex = start;
        const m = pattern.exec(scope);
        if (m && (!best || m[0].length > best[0].length)) best = m;
      }
      if (best) {
        out.push({ start: from + start, end: from + start + best[0].length, text: best[0] });
        next = start + best[0].length;
      }
    }
    for (const pattern of this.other) {
      for (const m of scope.matchAll(pattern)) out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, text: m[0] });
    }
    return this.other.length ? out.sort((a, b) => a.start - b.start) : out;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_KEY = new RegExp(`(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]{1,${KEY}}`, 'gu');

/** The first letters of a term's first word that group it (lower-cased unless it is an exact term). */
function keyOf(term: string, exact: boolean): string {
  const word = /^[\p{L}\p{N}]+/u.exec(term)?.[0] ?? term.charAt(0);
  const key = word.slice(0, KEY);
  return exact ? key : key.toLowerCase();
}

/** Where the words of a text start, and their first letters as keys (computed once per key length). */
class WordStarts {
  readonly starts: number[] = [];
  private readonly lowered = new Map<number, string[]>();
  private readonly exactKeys = new Map<number, string[]>();
  private readonly indexes = new Map<number, Map<string, number[]>>();

  constructor(text: string) {
    // One pass finds every word start and its first letters (at most KEY of them).
    const firsts: string[] = [];
    WORD_KEY.lastIndex = 0;
    for (let m = WORD_KEY.exec(text); m; m = WORD_KEY.exec(text)) {
      this.starts.push(m.index);
      firsts.push(m[0]);
    }
    this.exactKeys.set(KEY, firsts);
  }

  exact(length: number): string[] {
    let keys = this.exactKeys.get(length);
    if (!keys) {
      keys = this.exact(KEY).map((first) => first.slice(0, length));
      this.exactKeys.set(length, keys);
    }
    return keys;
  }

  /** The words (by index) that start with each key of this length. */
  index(length: number, lower: boolean): Map<string, number[]> {
    const id = lower ? -length : length;
    let index = this.indexes.get(id);
    if (!index) {
      index = new Map();
      const keys = lower ? this.lower(length) : this.exact(length);
      keys.forEach((key, w) => {
        const list = index!.get(key);
        if (list) list.push(w);
        else index!.set(key, [w]);
      });
      this.indexes.set(id, index);
    }
    return index;
  }

  lower(length: number): string[] {
    let keys = this.lowered.get(length);
    if (!keys) {
      keys = this.exact(length).map((key) => key.toLowerCase());
      this.lowered.set(length, keys);
    }
    return keys;
  }
}

/** The word starts of the last text asked about: every list scans the same view. */
let last: WordStarts | null = null;
let lastText: string | null = null;

function wordStarts(text: string): WordStarts {
  if (lastText !== text || !last) {
    last = new WordStarts(text);
    lastText = text;
  }
  return last;
}

function wholeWords(terms: string[], ending: string): string {
  // Longest first, so "personuppgiftslagens" wins over "personuppgiftslag".
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})${ending}(?![\\p{L}\\p{N}])`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
