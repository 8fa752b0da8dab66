import { CitationCursor } from './citationCursor';
import type { Reference } from './references';
import { matchAct, matchPhrase } from './vocabulary';

export type Item = Omit<Reference, 'act' | 'kind'>;

const MAX_PARAGRAPH = 30;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/**
 * The paragraph and point after an article or section number, in every style the vocabulary knows:
 * "(1)(f)", "6.1 f", "6.1.f", "Abs. 1 lit. f", ", stk. 1, litra f", "nr. 1 bokstav f", "1 kohdan f alakohta",
 * "I 1 lit. f". Each style fills the next free level (paragraph, then point).
 */
export class SubdivisionReader extends CitationCursor {
  /** Paragraphs and points after an article number, in any of the styles the vocabulary knows. */
  protected subdivisions(item: Item, k: number): number {
    for (let step = 0; step < 8; step++) {
      const next = this.subdivision(item, k);
      if (next < 0) break;
      // A trailing abbreviation dot may be the sentence's full stop: leave it out of the span.
      item.end = this.t[next - 1].norm === '.' ? this.t[next - 2].end : this.t[next - 1].end;
      k = next;
    }
    return k;
  }

  private subdivision(item: Item, k: number): number {
    const t = this.t[k];
    if (!t || !this.joined(k)) return -1;
    const w = this.v.words;
    const inner = this.parenthesised(k);
    if (inner) return this.setPart(item, inner.value) ? k + 3 : -1;
    // "6.1", "6.1.f": a dot between numbers, written without spaces.
    if (t.norm === '.' && !t.spaced && item.paragraph === undefined && item.point === undefined && this.num(k + 1) && !this.t[k + 1].spaced) {
      return this.setPart(item, Number(this.t[k + 1].norm)) ? k + 2 : -1;
    }
    if (t.norm === '.' && !t.spaced && item.paragraph !== undefined && item.point === undefined && this.letter(k + 1) && !this.t[k + 1].spaced) {
      item.point = this.t[k + 1].norm;
      return this.closing(k + 2);
    }
    // "artikel 6, stk. 1, litra f": a comma before a paragraph or point word belongs to the citation.
    const word = t.norm === ',' ? k + 1 : k;
    if (word !== k && !this.joined(word)) return -1;
    const norm = this.t[word]?.norm;
    if (w.paragraph.has(norm) || w.point.has(norm)) return this.named(item, word);
    if (w.skip.has(norm)) {
      const n = this.afterWord(word);
      return this.num(n) ? n + 1 : -1;
    }
    if (word !== k) return -1;
    if (this.v.roman && t.kind === 'word' && ROMAN[t.raw] && item.paragraph === undefined) {
      item.paragraph = ROMAN[t.raw];
      // "Art. 6 I 1 lit. f": the Arabic number after a Roman one is the sentence.
      return this.num(k + 1) && this.is(k + 2, 'point') ? k + 2 : k + 1;
    }
    if (t.kind === 'num' && this.is(k + 1, 'paragraphAfter')) {
      return this.setPart(item, Number(t.norm)) ? this.afterWord(k + 1) : -1;
    }
    if (this.letter(k) && this.is(k + 1, 'pointAfter') && item.point === undefined) {
      item.point = t.norm;
      return this.afterWord(k + 1);
    }
    if (item.paragraph !== undefined && item.point === undefined) {
      const letter = this.bareLetter(k);
      if (letter) {
        item.point = letter.point;
        return letter.next;
      }
    }
    return -1;
  }

  /** "paragraph 1", "Abs. 1", "stk. 1", "lit. f", "point (f)", "bokstav f", "Nr. 7". */
  private named(item: Item, k: number): number {
    const n = this.afterWord(k);
    const inner = this.parenthesised(n);
    if (inner) return this.setPart(item, inner.value) ? n + 3 : -1;
    if (this.num(n)) {
      if (!this.setPart(item, Number(this.t[n].norm))) return -1;
      // A numbered point may be written "point 7)"; a paragraph's ")" closes the writer's own parenthesis.
      return this.v.words.point.has(this.t[k].norm) ? this.closing(n + 1) : n + 1;
    }
    if (this.letter(n) && item.point === undefined && this.v.words.point.has(this.t[k].norm)) {
      item.point = this.t[n].norm;
      return this.closing(n + 1);
    }
    return -1;
  }

  /** Puts a number or letter into the next free level: paragraph, then point. */
  private setPart(item: Item, value: number | string): boolean {
    if (typeof value === 'string') {
      if (item.point !== undefined) return false;
      item.point = value;
      return true;
    }
    if (value < 1 || value > MAX_PARAGRAPH) return false;
    if (item.paragraph === undefined && item.point === undefined) item.paragraph = value;
    else if (item.point === undefined) item.point = String(value);
    else return false;
    return true;
  }

  /** A point written as a bare letter ("6.1 f", "point f)"), unless the letter is a word that begins the act's name. */
  protected bareLetter(k: number): { point: string; next: number } | null {
    if (!this.letter(k)) return null;
    const norm = this.t[k].norm;
    // "i.e.", "e.g." are abbreviations, not points.
    if (this.t[k + 1]?.norm === '.' && !this.t[k + 1].spaced && this.t[k + 2]?.kind === 'word' && !this.t[k + 2].spaced) return null;
    const connector = matchPhrase(this.v, 'connector', this.t, k);
    if (connector >= 0 && matchAct(this.t, connector)) return null;
    const next = this.closing(k + 1);
    if (this.v.words.letterWords.has(norm) && !this.endsCitation(next)) return null;
    return { point: norm, next };
  }

  /** Whether nothing but the end of a citation can follow at k: punctuation, an act, a list word. */
  private endsCitation(k: number): boolean {
    const t = this.t[k];
    if (!t || t.breaks >= 2 || t.kind === 'punct') return true;
    return matchAct(this.t, k) !== null || matchPhrase(this.v, 'list', this.t, k) >= 0;
  }
}
