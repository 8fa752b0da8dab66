import type { CitationToken } from './citationTokens';
import type { Vocabulary } from './vocabulary';

/**
 * Questions about the citation tokens at an index, shared by the grammar of references and of their
 * subdivisions. Every question looks at a bounded number of tokens; a blank line (two line breaks) ends a
 * citation, so no question looks across one.
 */
export class CitationCursor {
  constructor(
    protected readonly t: CitationToken[],
    protected readonly v: Vocabulary,
  ) {}

  /** "(1)" or "(f)" at k. */
  protected parenthesised(k: number): { value: number | string } | null {
    if (this.t[k]?.norm !== '(' || this.t[k + 2]?.norm !== ')') return null;
    const inner = this.t[k + 1];
    if (inner.kind === 'num') return { value: Number(inner.norm) };
    return this.letter(k + 1) ? { value: inner.norm } : null;
  }

  protected closing(k: number): number {
    return this.t[k]?.norm === ')' && !this.t[k].spaced ? k + 1 : k;
  }

  /** A word for another act, or a compound ending in one ("Europakonventionen", "markedsføringsloven"). */
  protected foreign(norm: string): boolean {
    if (this.v.words.foreign.has(norm)) return true;
    for (const word of this.v.words.foreign) if (word.length >= 5 && norm.endsWith(word)) return true;
    return false;
  }

  protected afterWord(k: number): number {
    let n = k + 1;
    // An abbreviation's dot ("Art.", "Abs.", "n°") and a Finnish case ending after a colon ("§:n"); a dot before a
    // capitalised word ends the sentence ("… 6 artikla. GDPR …"), and the next sentence is not part of the citation.
    const dot = this.t[n] && !this.t[n].spaced && (this.t[n].norm === '.' || this.t[n].norm === '°' || this.t[n].norm === 'º');
    const next = this.t[n + 1];
    if (dot && !(this.t[n].norm === '.' && next?.kind === 'word' && next.spaced && /^\p{Lu}/u.test(next.raw))) n++;
    if (this.t[n]?.norm === ':' && !this.t[n].spaced && this.t[n + 1]?.kind === 'word' && !this.t[n + 1].spaced && this.t[n + 1].norm.length <= 4) n += 2;
    return n;
  }

  /** The end of the word at k with a Finnish case ending ("§:n"), but not an abbreviation's dot (it may end the sentence). */
  protected wordEnd(k: number): number {
    const n = this.afterWord(k);
    return this.t[n - 1].norm === '.' ? this.t[k].end : this.t[n - 1].end;
  }

  protected is(k: number, kind: keyof Vocabulary['words']): boolean {
    const t = this.t[k];
    return t !== undefined && t.breaks < 2 && this.v.words[kind].has(t.norm);
  }

  protected num(k: number): boolean {
    const t = this.t[k];
    return t !== undefined && t.kind === 'num' && t.breaks < 2 && t.norm.length <= 4;
  }

  protected letter(k: number): boolean {
    const t = this.t[k];
    return t !== undefined && t.kind === 'word' && t.breaks < 2 && /^[a-z]$/.test(t.norm);
  }

  protected joined(k: number): boolean {
    return k < this.t.length && this.t[k].breaks < 2;
  }
}

/** "EMRK", "TMG", "ECHR": an act we do not know, so the reference is not to the GDPR. */
export function isAcronym(t: CitationToken): boolean {
  return t.kind === 'word' && t.raw.length >= 2 && /^\p{Lu}[\p{Lu}\d-]*\p{Lu}$/u.test(t.raw);
}
