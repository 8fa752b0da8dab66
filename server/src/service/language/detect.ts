import { tokenize, type Token } from '../text/tokenize';
import { ownString } from '../text/memo';
import type { LanguageData } from '../../data';

/**
 * Identifies the language from frequent words. Each language's word list comes from its data folder; a word
 * that several languages share (Danish and Norwegian share many) counts 1/n for each, so the words that
 * tell languages apart decide. Words outside every list add a little for the distinctive letter sequences they
 * contain. We measured this against the labelled fixtures (test/service/languages.test.ts):
 * it needs no model download, works from ~20 words, and a new language is a new word list.
 */
/** How much one letter-sequence hit counts next to one frequent word. */
const NGRAM_WEIGHT = 0.15;
/**
 * Letter sequences are read in at most this many words that are in no word list: enough to tell Finnish from its
 * neighbours in a short text; in a long one the frequent words decide anyway, and scanning every word was a
 * fifth of the analysis time.
 */
const NGRAM_WORDS = 400;

export class LanguageIdentifier {
  private readonly weights = new Map<string, Map<string, number>>();
  private readonly ngrams: { text: string; weights: Map<string, number> }[] = [];
  readonly codes: string[];
  private readonly ngramMemo = new Map<string, [string, number][]>();

  constructor(languages: LanguageData[]) {
    this.codes = languages.map((l) => l.code);
    const owners = new Map<string, string[]>();
    for (const language of languages) {
      for (const word of new Set(language.stopwords.map((w) => w.toLowerCase()))) {
        owners.set(word, [...(owners.get(word) ?? []), language.code]);
      }
    }
    for (const [word, codes] of owners) {
      const perLanguage = new Map<string, number>();
      for (const code of codes) perLanguage.set(code, 1 / codes.length);
      this.weights.set(word, perLanguage);
    }
    const ngramOwners = new Map<string, string[]>();
    for (const language of languages) {
      for (const ngram of new Set(language.ngrams ?? [])) ngramOwners.set(ngram, [...(ngramOwners.get(ngram) ?? []), language.code]);
    }
    for (const [text, codes] of ngramOwners) {
      this.ngrams.push({ text, weights: new Map(codes.map((code) => [code, NGRAM_WEIGHT / codes.length])) });
    }
  }

  /** Scores per language for text[from, to); looks at most at `limit` words. */
  scores(text: string, from = 0, to = text.length, limit = 4000, ngramWords = NGRAM_WORDS): Map<string, number> {
    const tokens: Token[] = [];
    // Tokenize in windows so a huge document is not tokenized whole just to read its first words.
    for (let at = from; at < to && tokens.length < limit; at += 20000) tokens.push(...tokenize(text, at, Math.min(to, at + 20000)));
    return this.scoreTokens(tokens, limit, ngramWords);
  }

  /** Scores per language for tokens already read; looks at most at `limit` of them. */
  scoreTokens(tokens: Token[], limit = 4000, ngramWords = NGRAM_WORDS): Map<string, number> {
    const scores = new Map<string, number>(this.codes.map((c) => [c, 0]));
    let unknown = 0;
    const count = Math.min(limit, tokens.length);
    for (let i = 0; i < count; i++) {
      const norm = tokens[i].norm;
      const w = this.weights.get(norm);
      if (w) {
        for (const [code, weight] of w) scores.set(code, (scores.get(code) ?? 0) + weight);
        continue;
      }
      if (++unknown > ngramWords) continue;
      for (const [code, weight] of this.ngramScores(norm)) scores.set(code, (scores.get(code) ?? 0) + weight);
    }
    return scores;
  }

  /** What the letter sequences of a word add to each language; remembered, since words repeat. */
  private ngramScores(norm: string): [string, number][] {
    let found = this.ngramMemo.get(norm);
    if (!found) {
      const sums = new Map<string, number>();
      // Padded with spaces so that sequences like "ez " can mark a word's end.
      const padded = ` ${norm} `;
      for (const ngram of this.ngrams) {
        if (padded.includes(ngram.text)) for (const [code, weight] of ngram.weights) sums.set(code, (sums.get(code) ?? 0) + weight);
      }
      found = [...sums];
      if (this.ngramMemo.size >= 50_000) this.ngramMemo.clear();
      this.ngramMemo.set(ownString(norm), found);
    }
    return found;
  }

  /** The best language and how sure we are (its share of all scores), or null when no word was known. */
  identify(text: string, from = 0, to = text.length, limit = 4000, ngramWords = NGRAM_WORDS): Identified | null {
    return best(this.scores(text, from, to, limit, ngramWords));
  }

  /** `identify` for tokens already read. */
  identifyTokens(tokens: Token[], limit = 4000, ngramWords = NGRAM_WORDS): Identified | null {
    return best(this.scoreTokens(tokens, limit, ngramWords));
  }
}

export interface Identified {
  language: string;
  /** The best language's share of all scores. */
  confidence: number;
  /** The best language's score (about one per frequent word). */
  evidence: number;
}

function best(scores: Map<string, number>): Identified | null {
  let language = '';
  let bestScore = 0;
  let total = 0;
  for (const [code, score] of scores) {
    total += score;
    if (score > bestScore) {
      language = code;
      bestScore = score;
    }
  }
  if (!language) return null;
  return { language, confidence: bestScore / total, evidence: bestScore };
}
