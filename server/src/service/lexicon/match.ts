import { tokenize, type Token } from '../text/tokenize';
import { findEntities, type Entity } from '../text/entities';
import { TextMemo } from '../text/memo';
import type { CompiledLexicon } from './compile';
import type { Phrase } from './types';

/** One place where a concept is expressed. Offsets are into the view text. */
export interface Hit {
  concept: string;
  start: number;
  end: number;
  /** A negation ("not", "inte", "ikke", "ei", "nicht", "ne … pas") stands in the same clause. */
  negated: boolean;
}

/**
 * The concepts one stretch of text (a sentence) expresses. A remembered sentence found at another place is the
 * same set moved by an offset: it shares the hits and moves them only when they are asked for.
 */
export class ConceptSet {
  private readonly own: Hit[];
  private readonly byConcept: Map<string, Hit[]>;

  constructor(shared?: { own: Hit[]; byConcept: Map<string, Hit[]> }, private readonly offset = 0) {
    this.own = shared?.own ?? [];
    this.byConcept = shared?.byConcept ?? new Map();
  }

  /** Only while the set is being built (a set that shares its hits is never added to). */
  add(hit: Hit): void {
    this.own.push(hit);
    const list = this.byConcept.get(hit.concept);
    if (list) list.push(hit);
    else this.byConcept.set(hit.concept, [hit]);
  }

  get hits(): Hit[] {
    return this.moved(this.own);
  }

  has(concept: string): boolean {
    return this.byConcept.has(concept);
  }

  /** True when the concept is expressed at least once outside a negated clause. */
  hasAffirmed(concept: string): boolean {
    return this.byConcept.get(concept)?.some((hit) => !hit.negated) ?? false;
  }

  get(concept: string): Hit[] {
    return this.moved(this.byConcept.get(concept) ?? []);
  }

  concepts(): IterableIterator<string> {
    return this.byConcept.keys();
  }

  /** The same hits, `offset` further on (a remembered sentence found at another place). */
  shifted(offset: number): ConceptSet {
    return new ConceptSet({ own: this.own, byConcept: this.byConcept }, this.offset + offset);
  }

  private moved(hits: Hit[]): Hit[] {
    const offset = this.offset;
    return offset === 0 ? hits : hits.map((hit) => ({ ...hit, start: hit.start + offset, end: hit.end + offset }));
  }
}

export const NEGATION = 'NEGATION';
export const CLAUSE_BREAK = 'CLAUSE_BREAK';
/** Punctuation between two tokens that ends a clause; a colon only with a space ("EU:n" is one word in Finnish). */
const CLAUSE_PUNCTUATION = /[,;()–—]|:\s|\s-\s/;

/**
 * Finds every concept of the lexicon in text[from, to), which must be one sentence: phrases never cross it.
 * Linear in the number of tokens: each token is looked up once, and a phrase extends over at most a bounded
 * number of following tokens.
 */
export function matchSentence(lexicon: CompiledLexicon, text: string, from: number, to: number, entities?: Entity[]): ConceptSet {
  return matchTokens(lexicon, text, tokenize(text, from, to), from, to, entities);
}

/** `matchSentence` for the sentence's tokens, already read (they must be those of text[from, to)). */
export function matchTokens(lexicon: CompiledLexicon, text: string, tokens: Token[], from: number, to: number, entities?: Entity[]): ConceptSet {
  const set = new ConceptSet();
  const singles: Set<string>[] = tokens.map(() => new Set<string>());
  const candidates = tokens.map((token) => lexicon.candidatesOf(token.norm));
  // Pass 1: one-word phrases, which @CONCEPT patterns in longer phrases refer to.
  tokens.forEach((token, i) => {
    for (const phrase of candidates[i].sure) if (phrase.words.length === 1) singles[i].add(phrase.concept);
    for (const phrase of candidates[i].check) {
      if (phrase.words.length === 1 && phrase.words[0].kind === 'cased' && lexicon.wordMatches(phrase.words[0], token, singles[i])) singles[i].add(phrase.concept);
    }
  });
  const raw: { concept: string; first: number; last: number }[] = [];
  tokens.forEach((token, i) => {
    for (const concept of singles[i]) raw.push({ concept, first: i, last: i });
    for (const phrase of candidates[i].sure) {
      if (phrase.words.length === 1) continue;
      const last = matchAfter(lexicon, phrase, tokens, singles, 0, i);
      if (last >= 0) raw.push({ concept: phrase.concept, first: i, last });
    }
    for (const phrase of candidates[i].check) {
      if (phrase.words.length === 1 && phrase.words[0].kind !== 'concept') continue;
      if (!lexicon.wordMatches(phrase.words[0], token, singles[i])) continue;
      const last = matchAfter(lexicon, phrase, tokens, singles, 0, i);
      if (last >= 0) raw.push({ concept: phrase.concept, first: i, last });
    }
  });
  for (const e of entities ?? findEntities(text, from, to)) {
    for (const concept of lexicon.entityConcepts.get(e.kind) ?? []) {
      const first = tokens.findIndex((t) => t.end > e.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1].start < e.end) last++;
      if (first >= 0) raw.push({ concept, first, last });
    }
  }
  const clauses = clauseIds(text, tokens, raw);
  // Count negation words per clause and per token, so each hit's check is O(its own length).
  const negationsInClause = new Map<number, number>();
  const negationAt = new Uint8Array(tokens.length);
  for (const r of raw) {
    if (r.concept !== NEGATION) continue;
    negationAt[r.first] = 1;
    negationsInClause.set(clauses[r.first], (negationsInClause.get(clauses[r.first]) ?? 0) + 1);
  }
  for (const r of raw) {
    let inside = 0;
    for (let t = r.first; t <= r.last; t++) inside += negationAt[t];
    const negated = r.concept !== NEGATION && (negationsInClause.get(clauses[r.first]) ?? 0) - inside > 0;
    set.add({ concept: r.concept, start: tokens[r.first].start, end: tokens[r.last].end, negated });
  }
  return set;
}

/**
 * `matchTokens` with a memory of the sentences seen lately, per lexicon: a sentence's concepts depend on its text
 * alone, so while a policy is edited only the changed sentences are matched again. Bounded; exact.
 */
export function matchRemembered(lexicon: CompiledLexicon, text: string, tokens: Token[], from: number, to: number): ConceptSet {
  const key = text.slice(from, to);
  let memo = memos.get(lexicon);
  if (!memo) memos.set(lexicon, (memo = new TextMemo(SENTENCE_MEMO_ENTRIES, SENTENCE_MEMO_CHARS)));
  const known = memo.get(key);
  if (known) return known.shifted(from);
  const set = matchTokens(lexicon, text, tokens, from, to);
  memo.set(key, set.shifted(-from));
  return set;
}

const memos = new WeakMap<CompiledLexicon, TextMemo<ConceptSet>>();


/** Sentences remembered per lexicon: a few policies' worth. */
const SENTENCE_MEMO_ENTRIES = 20_000;
const SENTENCE_MEMO_CHARS = 2_000_000;

/** Word `w` of `phrase` matched token `t`: the index of the phrase's last token when the rest matches too, or -1. */
function matchAfter(lexicon: CompiledLexicon, phrase: Phrase, tokens: Token[], singles: Set<string>[], w: number, t: number): number {
  if (w === phrase.words.length - 1) return t;
  const gap = phrase.gaps[w] ?? 0;
  for (let next = t + 1; next <= t + 1 + gap && next < tokens.length; next++) {
    if (!lexicon.wordMatches(phrase.words[w + 1], tokens[next], singles[next])) continue;
    const end = matchAfter(lexicon, phrase, tokens, singles, w + 1, next);
    if (end >= 0) return end;
  }
  return -1;
}

/** Clause number of each token: a new clause starts after a comma, semicolon, colon or parenthesis, or at a CLAUSE_BREAK word. */
function clauseIds(text: string, tokens: Token[], raw: { concept: string; first: number }[]): number[] {
  const breaks = new Set(raw.filter((r) => r.concept === CLAUSE_BREAK).map((r) => r.first));
  const ids: number[] = [];
  let clause = 0;
  tokens.forEach((token, i) => {
    if (i > 0 && (breaks.has(i) || CLAUSE_PUNCTUATION.test(text.slice(tokens[i - 1].end, token.start)))) clause++;
    ids.push(clause);
  });
  return ids;
}
