import { sliceOf, TextMemo } from '../text/memo';
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
 * Linear in the text: every window is segmented once. A block's sentences depend on its text alone, so they are
 * remembered per text: while a policy is edited only the changed blocks are segmented again.
 */
export function splitSentences(view: string, blocks: Block[], language: string, abbreviations: Set<string> = new Set()): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    const text = sliceOf(view, block.start, block.end);
    const key = `${language}\u0000${text}`;
    let spans = remembered.get(key);
    if (!spans) {
      spans = blockSentences(text, segmenter(language), abbreviations);
      remembered.set(key, spans);
    }
    for (let i = 0; i < spans.length; i += 2) sentences.push({ start: block.start + spans[i], end: block.start + spans[i + 1], block: index });
  });
  return sentences;
}

/** Sentence offsets (start, end, start, end, …) within blocks seen lately, by language and text. */
const remembered = new TextMemo<number[]>(20_000, 2_000_000);

/** The sentences of one block's text, as offsets into it. */
function blockSentences(text: string, seg: Intl.Segmenter, abbreviations: Set<string>): number[] {
  const spans: number[] = [];
  /** Whether the piece starting at `start` continues the previous sentence (ending at `end`) rather than starting one. */
  const continues = (previousStart: number, previousEnd: number, start: number): boolean => {
    const tail = text.slice(Math.max(previousStart, previousEnd - 12), previousEnd);
    if (ORDINAL_END.test(tail)) return true;
    const abbreviation = ABBREVIATION_END.exec(tail)?.[1];
    if (!abbreviation) return false;
    return abbreviations.has(abbreviation.toLowerCase()) || CONTINUES.test(text.slice(start, start + 1));
  };
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from, text.length);
    const window = text.slice(from, to);
    for (const piece of seg.segment(window)) {
      let s = piece.index;
      let e = piece.index + piece.segment.length;
      while (s < e && isSpace(window.charCodeAt(s))) s++;
      while (e > s && isSpace(window.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      const last = spans.length - 2;
      // "Stand: 1. März 2024", "Art. 6 Abs. 1", "tlf. 70 20 30 40", "z. B. Ihre": an abbreviation or a day
      // number with its dot does not end a sentence.
      if (last >= 0 && continues(spans[last], spans[last + 1], from + s)) spans[last + 1] = from + e;
      else spans.push(from + s, from + e);
    }
    from = to;
  }
  return spans;
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
