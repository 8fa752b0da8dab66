import { normalizeWord, type Token } from '../text/tokenize';
import { ownString } from '../text/memo';
import type { LexiconData, Phrase, WordPattern } from './types';

const MAX_GAP = 8;
/** Distinct token texts remembered per lexicon (a few MB at most); the memo starts over beyond it. */
const MEMO_LIMIT = 50_000;

/**
 * A lexicon compiled for lookups in time independent of its size: each phrase is indexed by its first
 * word pattern, exact words in a map, prefixes and suffixes in maps keyed by the affix, infixes by the
 * affix's length. A token is looked up by its prefixes, suffixes and substrings of the indexed lengths.
 */
export class CompiledLexicon {
  readonly language: string;
  readonly concepts: string[];
  /** Concepts that an entity scanner feeds directly ("#email" → CONTACT_CHANNEL). */
  readonly entityConcepts = new Map<string, string[]>();
  private readonly exact = new Map<string, Phrase[]>();
  private readonly prefix = new Map<string, Phrase[]>();
  private readonly suffix = new Map<string, Phrase[]>();
  private readonly infix = new Map<string, Phrase[]>();
  private readonly infixLengths = new Set<number>();
  private readonly special: Phrase[] = [];
  private readonly numbers: Set<string>;
  private maxPrefix = 0;
  private maxSuffix = 0;
  /** Candidate phrases per token form: words repeat (Zipf), so most tokens are looked up once per lexicon. */
  private readonly memo = new Map<string, Candidates>();

  constructor(data: LexiconData) {
    this.language = data.language;
    this.numbers = new Set((data.numbers ?? []).map(normalizeWord));
    this.concepts = Object.keys(data.concepts);
    for (const [concept, entries] of Object.entries(data.concepts)) {
      for (const entry of entries) {
        const trimmed = entry.trim();
        if (/^#(email|url|phone)$/.test(trimmed)) {
          const list = this.entityConcepts.get(trimmed) ?? [];
          list.push(concept);
          this.entityConcepts.set(trimmed, list);
          continue;
        }
        this.index(parsePhrase(concept, trimmed));
      }
    }
  }

  private index(phrase: Phrase): void {
    const first = phrase.words[0];
    switch (first.kind) {
      case 'cased':
        addTo(this.exact, normalizeWord(first.value), phrase);
        break;
      case 'exact':
        addTo(this.exact, first.value, phrase);
        break;
      case 'prefix':
        addTo(this.prefix, first.value, phrase);
        this.maxPrefix = Math.max(this.maxPrefix, first.value.length);
        break;
      case 'suffix':
        addTo(this.suffix, first.value, phrase);
        this.maxSuffix = Math.max(this.maxSuffix, first.value.length);
        break;
      case 'infix':
        addTo(this.infix, first.value, phrase);
        this.infixLengths.add(first.value.length);
        break;
      default:
        this.special.push(phrase);
    }
  }

  /**
   * The phrases that can start at a token with this normalised text: `sure` ones whose first word the text
   * alone matches, and those whose first word depends on the token (`=Cased`, `@CONCEPT`) to `check`.
   * Memoised per text, so a word seen before costs one lookup; the memo is bounded.
   */
  candidatesOf(norm: string): Candidates {
    let found = this.memo.get(norm);
    if (!found) {
      const all: Phrase[] = [];
      for (const form of forms(norm)) this.candidates(form, all);
      found = { sure: [], check: [] };
      for (const phrase of new Set(all)) {
        const first = phrase.words[0];
        if (first.kind === 'cased' || first.kind === 'concept') found.check.push(phrase);
        else if (this.textMatches(first, norm)) found.sure.push(phrase);
      }
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(ownString(norm), found);
    }
    return found;
  }

  /** The phrases whose first word pattern could match this token (callers still verify special kinds). */
  private candidates(norm: string, out: Phrase[]): void {
    pushAll(out, this.exact.get(norm));
    const max = Math.min(norm.length, Math.max(this.maxPrefix, this.maxSuffix));
    for (let k = 1; k <= max; k++) {
      if (k <= this.maxPrefix) pushAll(out, this.prefix.get(norm.slice(0, k)));
      if (k <= this.maxSuffix) pushAll(out, this.suffix.get(norm.slice(norm.length - k)));
    }
    for (const length of this.infixLengths) {
      for (let i = 0; i + length <= norm.length; i++) pushAll(out, this.infix.get(norm.slice(i, i + length)));
    }
    for (const phrase of this.special) out.push(phrase);
  }

  /** Whether one word pattern accepts a token; `concepts` are the token's one-word concepts, for @CONCEPT. */
  wordMatches(pattern: WordPattern, token: Token, concepts: Set<string>): boolean {
    if (pattern.kind === 'cased') return token.raw === pattern.value;
    if (pattern.kind === 'concept') return concepts.has(pattern.value);
    return this.textMatches(pattern, token.norm);
  }

  /** Whether a pattern that depends on the text alone accepts a token's text or its elided form ("l'accès" → "accès"). */
  private textMatches(pattern: WordPattern, norm: string): boolean {
    if (this.formMatches(pattern, norm)) return true;
    const apostrophe = norm.indexOf("'");
    return apostrophe > 0 && apostrophe < norm.length - 1 && this.formMatches(pattern, norm.slice(apostrophe + 1));
  }

  private formMatches(pattern: WordPattern, form: string): boolean {
    switch (pattern.kind) {
      case 'exact': return form === pattern.value;
      case 'prefix': return form.startsWith(pattern.value);
      case 'suffix': return form.endsWith(pattern.value);
      case 'infix': return form.includes(pattern.value);
      case 'num': return NUMBER.test(form) || this.numbers.has(form);
      case 'date': return DATE.test(form);
      case 'year': return YEAR.test(form);
      default: return false;
    }
  }
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
const YEAR = /^(?:19|20)\d\d$/;

/** The phrases that can start at one token (see `CompiledLexicon.candidatesOf`). */
export interface Candidates {
  sure: Phrase[];
  check: Phrase[];
}

/** A token and, for elided forms like "l'accès" or "d'opposition", the word after the apostrophe. */
export function forms(norm: string): string[] {
  const apostrophe = norm.indexOf("'");
  if (apostrophe > 0 && apostrophe < norm.length - 1) return [norm, norm.slice(apostrophe + 1)];
  return [norm];
}

export function parsePhrase(concept: string, text: string): Phrase {
  const words: WordPattern[] = [];
  const gaps: number[] = [];
  for (const part of text.split(/\s+/)) {
    if (!part) continue;
    const gap = /^~(\d)$/.exec(part);
    if (gap) {
      if (words.length === 0) throw new Error(`Lexicon phrase for ${concept} starts with a gap: "${text}"`);
      gaps[words.length - 1] = Math.min(MAX_GAP, Number(gap[1]));
      continue;
    }
    words.push(parseWord(concept, text, part));
    gaps[words.length - 1] = gaps[words.length - 1] ?? 0;
  }
  if (words.length === 0) throw new Error(`Empty lexicon phrase for ${concept}`);
  return { concept, words, gaps };
}

function parseWord(concept: string, phrase: string, part: string): WordPattern {
  if (part === '#num') return { kind: 'num' };
  if (part === '#date') return { kind: 'date' };
  if (part === '#year') return { kind: 'year' };
  if (part.startsWith('@')) return { kind: 'concept', value: part.slice(1) };
  if (part.startsWith('=') && part.length > 1) return { kind: 'cased', value: part.slice(1).normalize('NFC') };
  const value = normalizeWord(part.replace(/^\*|\*$/g, ''));
  if (!value || /\s/.test(value)) throw new Error(`Bad word pattern "${part}" in ${concept}: "${phrase}"`);
  const starts = part.startsWith('*');
  const ends = part.endsWith('*') && part.length > 1;
  if (starts && ends) return { kind: 'infix', value };
  if (starts) return { kind: 'suffix', value };
  if (ends) return { kind: 'prefix', value };
  return { kind: 'exact', value };
}

function addTo(map: Map<string, Phrase[]>, key: string, phrase: Phrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function pushAll<T>(out: T[], items: T[] | undefined): void {
  if (items) for (const item of items) out.push(item);
}
