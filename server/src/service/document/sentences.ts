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
 * Splits each block into sentences with `Intl.Segmenter` (Unicode's sentence rules, per locale).
 * Lines inside a block that end a clause without punctuation ("Legal basis: consent" followed by a
 * new line) are also boundaries, since plain-text policies often use lines as statements.
 */
export function splitSentences(view: string, blocks: Block[], language: string): Sentence[] {
  const sentences: Sentence[] = [];
  const seg = segmenter(language);
  blocks.forEach((block, index) => {
    const text = view.slice(block.start, block.end);
    for (const piece of seg.segment(text)) {
      let s = piece.index;
      let e = piece.index + piece.segment.length;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) sentences.push({ start: block.start + s, end: block.start + e, block: index });
    }
  });
  return sentences;
}
