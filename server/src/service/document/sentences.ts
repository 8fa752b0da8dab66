import type { Block, Sentence } from './model';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * `Intl.Segmenter` slows down more than linearly on long strings with many breaks (300 kB of punctuation junk
 * took 3.5 s), so it is fed windows of at most this many characters, cut where a sentence surely ends
 * (after ". ", a line break) or at least between words. A "sentence" longer than this is not prose anyway.
 */
const WINDOW = 2000;
const ORDINAL_END = /(?:^|[^\d.])\d{1,2}\.$/;
/** A short word and its dot at the end of a piece: "Art.", "Abs.", "tlf.", "org.nr.", "d.". */
const ABBREVIATION_END = /(?:^|[\s(])(\p{L}{1,5}\.(?:\p{L}{1,4}\.)?)$/u;
/** What a sentence after an abbreviation does not start with: a capital letter (digits and lower case continue). */
const CONTINUES = /^[\p{Ll}\d§(]/u;

/**
 * Splits each block into sentences with `Intl.Segmenter` (Unicode's sentence rules, per locale).
 * Linear in the text: every window is segmented once.
 */
export function splitSentences(view: string, blocks: Block[], language: string, abbreviations: Set<string> = new Set()): Sentence[] {
  const sentences: Sentence[] = [];
  const seg = segmenter(language);
  /** Whether the piece at [start, end) continues the previous sentence rather than starting one. */
  const continues = (previous: Sentence, start: number): boolean => {
    const tail = view.slice(Math.max(previous.start, previous.end - 12), previous.end);
    if (ORDINAL_END.test(tail)) return true;
    const abbreviation = ABBREVIATION_END.exec(tail)?.[1];
    if (!abbreviation) return false;
    return abbreviations.has(abbreviation.toLowerCase()) || CONTINUES.test(view.slice(start, start + 1));
  };
  blocks.forEach((block, index) => {
    for (let from = block.start; from < block.end; ) {
      const to = windowEnd(view, from, block.end);
      const text = view.slice(from, to);
      for (const piece of seg.segment(text)) {
        let s = piece.index;
        let e = piece.index + piece.segment.length;
        while (s < e && isSpace(text.charCodeAt(s))) s++;
        while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
        if (e <= s) continue;
        const previous = sentences[sentences.length - 1];
        // "Stand: 1. März 2024", "Art. 6 Abs. 1", "tlf. 70 20 30 40", "z. B. Ihre": an abbreviation or a day
        // number with its dot does not end a sentence.
        if (previous && previous.block === index && continues(previous, from + s)) {
          previous.end = from + e;
        } else {
          sentences.push({ start: from + s, end: from + e, block: index });
        }
      }
      from = to;
    }
  });
  return sentences;
}

function windowEnd(view: string, from: number, end: number): number {
  if (end - from <= WINDOW) return end;
  const limit = from + WINDOW;
  let space = -1;
  for (let i = limit; i > from + WINDOW / 2; i--) {
    const c = view.charCodeAt(i);
    if (c === 10) return i + 1;
    if (isSpace(c)) {
      const before = view.charCodeAt(i - 1);
      if (before === 46 /* . */ || before === 33 /* ! */ || before === 63 /* ? */) return i + 1;
      if (space < 0) space = i + 1;
    }
  }
  return space > 0 ? space : limit;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029;
}
