import { languagePacks } from '../../data';
import { message } from '../messages';
import type { Token } from '../text/tokenize';
import { ownString } from '../text/memo';
import type { ReadDocument } from '../requirements/analysis';
import { titleSpan } from '../requirements/diagnose';
import type { Check, CheckContext, CheckFinding } from './types';

/**
 * Art. 12 asks for clear and plain language. Two measures:
 * - sentences longer than a configurable number of words (default 40);
 * - one score for the document, by the formula its language's data names: LIX for Swedish, Danish, Norwegian and
 *   Finnish (Björnsson; higher is harder), Flesch reading ease for English, Amstad's German adaptation of it,
 *   Kandel & Moles's French one (lower is harder). It is reported when it passes the language's threshold.
 */
export type Formula = 'lix' | 'flesch' | 'amstad' | 'kandel-moles';

export interface ReadabilityScore {
  formula: Formula;
  score: number;
  words: number;
  sentences: number;
}

export const DEFAULT_MAX_SENTENCE_WORDS = 40;
const VOWEL_GROUP = /[aeiouyäöüåæøéèêëàâîïôûùœ]+/g;

export function readabilityScore(context: Pick<CheckContext, 'read'>): ReadabilityScore | null {
  const { read } = context;
  const config = languagePacks[read.language]?.language.readability;
  if (!config) return null;
  let words = 0;
  let longWords = 0;
  let syllables = 0;
  let sentences = 0;
  read.doc.sentences.forEach((s, i) => {
    if (read.doc.blocks[s.block].kind === 'heading') return;
    const tokens = wordsOf(read, i);
    if (tokens.length === 0) return;
    sentences++;
    for (const t of tokens) {
      words++;
      if (t.norm.length > 6) longWords++;
      syllables += syllablesOf(t.norm);
    }
  });
  if (words < 100 || sentences === 0) return null;
  const asl = words / sentences;
  const asw = syllables / words;
  const score = (() => {
    switch (config.formula) {
      case 'lix': return asl + (100 * longWords) / words;
      case 'flesch': return 206.835 - 1.015 * asl - 84.6 * asw;
      case 'amstad': return 180 - asl - 58.5 * asw;
      case 'kandel-moles': return 207 - 1.015 * asl - 73.6 * asw;
    }
  })();
  return { formula: config.formula, score: Math.round(score * 10) / 10, words, sentences };
}

export const longSentences: Check = {
  code: 'long-sentence',
  defaultSeverity: 'information',
  run({ read, messagesLanguage, options }) {
    const max = options.readability?.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
    const findings: CheckFinding[] = [];
    for (const [i, s] of read.doc.sentences.entries()) {
      if (read.doc.blocks[s.block].kind === 'heading') continue;
      const count = wordsOf(read, i).length;
      if (count > max) {
        findings.push({ code: 'long-sentence', message: message(messagesLanguage, 'longSentence', { words: String(count), max: String(max) }), span: { start: s.start, end: s.end }, related: [] });
      }
    }
    return findings;
  },
};

export const readability: Check = {
  code: 'readability',
  defaultSeverity: 'information',
  run(context) {
    const result = readabilityScore(context);
    const config = languagePacks[context.read.language]?.language.readability;
    if (!result || !config) return [];
    const threshold = context.options.readability?.thresholds?.[context.read.language] ?? config.threshold;
    const harder = config.higherIsHarder ? result.score > threshold : result.score < threshold;
    if (!harder) return [];
    return [{
      code: 'readability',
      message: message(context.messagesLanguage, 'readability', { formula: config.name, score: String(result.score), threshold: String(threshold) }),
      span: titleSpan(context.read),
      related: [],
      data: { ...result },
    }];
  },
};

/** The words of sentence `i` (tokens with a letter: numbers and codes are not words for readability). */
function wordsOf(read: ReadDocument, i: number): Token[] {
  let words = wordsBySentence.get(read);
  if (!words) wordsBySentence.set(read, (words = []));
  return (words[i] ??= read.sentenceTokens[i].filter((t) => LETTER.test(t.norm)));
}

/** Both checks count the words of every sentence: once per document. */
const wordsBySentence = new WeakMap<ReadDocument, Token[][]>();

const LETTER = /\p{L}/u;

/** Syllables of a word, estimated as its groups of vowels; remembered, since words repeat. */
function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = Math.max(1, word.match(VOWEL_GROUP)?.length ?? 1);
    if (syllableCounts.size >= 100_000) syllableCounts.clear();
    syllableCounts.set(ownString(word), count);
  }
  return count;
}

const syllableCounts = new Map<string, number>();
