import { citationTokens } from './citationTokens';
import { isAcronym } from './citationCursor';
import { SubdivisionReader, type Item } from './subdivisions';
import { actInfo, matchAct, matchPhrase, vocabularyFor } from './vocabulary';

/** A reference to a provision: "Art. 6(1)(f) GDPR", "skäl 47", "§ 25 TDDDG". Offsets are into the text. */
export interface Reference {
  start: number;
  end: number;
  /** "gdpr", "eprivacy", or a national act's id from data/common/acts.json. */
  act: string;
  kind: 'article' | 'recital';
  /** The article (or, in a national act, the section: "§ 25") or the recital. */
  article: number;
  paragraph?: number;
  /** A point's letter ("f"), or its number where an act numbers them ("Art. 6 Abs. 1 Nr. 2"). */
  point?: string;
  /** The last article of a range ("Articles 15 to 22"). */
  to?: number;
  /** The chapter of a Swedish section ("9 kap. 28 §"). */
  chapter?: number;
}

interface Body {
  kind: 'article' | 'recital' | 'section';
  items: Item[];
  next: number;
}

const MAX_ITEMS = 20;

/**
 * Every reference in text[from, to), in the citation style of `language` (and English). A hand-written scanner
 * over citation tokens: each start position looks ahead a bounded number of tokens (lists and ranges aside, which
 * it consumes), so the whole text is read in linear time. A reference to another act ("§ 25 TDDDG", "Art. 5
 * ePrivacy-Richtlinie") carries that act; one to an act we do not know ("Art. 8 EMRK", "Article 8 of the Charter")
 * is dropped rather than mistaken for a GDPR article.
 */
export function parseReferences(text: string, language = 'en', from = 0, to = text.length): Reference[] {
  return new Scanner(citationTokens(text, from, to), vocabularyFor(language)).all();
}

class Scanner extends SubdivisionReader {
  all(): Reference[] {
    const out: Reference[] = [];
    let i = 0;
    while (i < this.t.length) {
      const found = this.group(i);
      if (found) {
        out.push(...found.refs);
        i = found.next;
      } else i++;
    }
    return out;
  }

  /** A citation starting at token i: an optional act before it, the body, an optional act after it. */
  private group(i: number): { refs: Reference[]; next: number } | null {
    const prefix = matchAct(this.t, i);
    if (prefix && this.joined(prefix.next)) {
      const body = this.body(prefix.next);
      if (body) return this.finish(i, body, prefix.act);
    }
    const body = this.body(i);
    return body ? this.finish(i, body, undefined) : null;
  }

  private body(j: number): Body | null {
    const t = this.t[j];
    if (!t) return null;
    const w = this.v.words;
    if (t.kind === 'num') return this.numberFirst(j);
    if (w.article.has(t.norm)) return this.wordFirst(j, 'article');
    if (w.section.has(t.norm)) return this.wordFirst(j, 'section');
    if (w.recital.has(t.norm)) return this.wordFirst(j, 'recital');
    if (w.recitalLead.has(t.norm)) {
      // Finnish "johdanto-osan 47 kappale": the number between a lead word and the recital word.
      const k = this.num(j + 1) ? j + 1 : this.is(j + 1, 'recital') ? this.afterWord(j + 1) : -1;
      if (k < 0 || !this.num(k)) return null;
      const { items, next } = this.numbers(k);
      if (!this.is(next, 'recitalAfter')) return { kind: 'recital', items, next };
      items[items.length - 1].end = this.wordEnd(next);
      return { kind: 'recital', items, next: this.afterWord(next) };
    }
    return null;
  }

  /** "Art. 6(1)(f)", "Articles 15 to 22", "Recital 47", "§ 25 Abs. 1": the word, then numbers. */
  private wordFirst(j: number, kind: Body['kind']): Body | null {
    let k = this.afterWord(j);
    if (kind === 'section' && this.t[k]?.norm === '§' && !this.t[k].spaced) k++;
    if (this.is(k, 'number')) k = this.afterWord(k);
    if (kind === 'recital' && this.t[k]?.norm === '(' && this.num(k + 1) && this.t[k + 2]?.norm === ')') {
      const item = { start: this.t[k].start, end: this.t[k + 2].end, article: Number(this.t[k + 1].norm) };
      return { kind, items: [item], next: k + 3 };
    }
    if (!this.num(k) || !this.joined(k)) return null;
    const { items, next } = kind === 'recital' ? this.numbers(k) : this.articles(k);
    return { kind, items, next };
  }

  /** Number-first styles: Finnish "6 artiklan 1 kohdan f alakohta", "4 §", Swedish "9 kap. 28 §". */
  private numberFirst(j: number): Body | null {
    if (this.is(j + 1, 'chapterAfter')) {
      const k = this.afterWord(j + 1);
      if (!this.num(k) || !this.is(k + 1, 'sectionAfter')) return null;
      const item: Item = { start: this.t[j].start, end: this.wordEnd(k + 1), article: Number(this.t[k].norm), chapter: Number(this.t[j].norm) };
      return { kind: 'section', items: [item], next: this.subdivisions(item, this.afterWord(k + 1)) };
    }
    const { items, next } = this.numbers(j);
    for (const kind of ['articleAfter', 'sectionAfter'] as const) {
      if (!this.is(next, kind)) continue;
      const last = items[items.length - 1];
      last.end = this.wordEnd(next);
      let k = this.afterWord(next);
      if (!last.to) k = this.subdivisions(last, k);
      return { kind: kind === 'articleAfter' ? 'article' : 'section', items, next: k };
    }
    return null;
  }

  /** Article numbers with their subdivisions and ranges, and the list that may follow ("13, 14 and 21"). */
  private articles(k: number): { items: Item[]; next: number } {
    const first = this.article(k);
    const items = [first.item];
    let next = first.next;
    while (items.length < MAX_ITEMS) {
      const after = matchPhrase(this.v, 'list', this.t, next);
      if (after < 0 || !this.joined(after)) break;
      const prev = items[items.length - 1];
      const more = this.num(after) ? this.article(after) : this.continuation(prev, after);
      // Listed articles ascend: "Article 13, 2 copies" is not a list.
      if (!more || (this.num(after) && more.item.article <= (prev.to ?? prev.article))) break;
      items.push(more.item);
      next = more.next;
    }
    return { items, next };
  }

  private article(k: number): { item: Item; next: number } {
    const item: Item = { start: this.t[k].start, end: this.t[k].end, article: Number(this.t[k].norm) };
    const range = this.range(k + 1, item.article);
    if (range) {
      item.to = range.to;
      item.end = this.t[range.next - 1].end;
      return { item, next: range.next };
    }
    return { item, next: this.subdivisions(item, k + 1) };
  }

  /** "(b)" or "(2)" after "and", continuing the previous reference's article ("Art. 6(1)(a) and (b)"). */
  private continuation(prev: Item, k: number): { item: Item; next: number } | null {
    const inner = this.parenthesised(k);
    const letter = inner === null && prev.point !== undefined ? this.bareLetter(k) : null;
    if (inner === null && letter === null) return null;
    const item: Item = { start: this.t[k].start, end: this.t[k].end, article: prev.article };
    if (letter !== null) {
      item.paragraph = prev.paragraph;
      item.point = letter.point;
      item.end = this.t[letter.next - 1].end;
      return { item, next: letter.next };
    }
    if (typeof inner!.value === 'number') {
      if (prev.paragraph === undefined) return null;
      item.paragraph = inner!.value;
    } else {
      item.paragraph = prev.paragraph;
      item.point = inner!.value;
    }
    item.end = this.t[k + 2].end;
    return { item, next: this.subdivisions(item, k + 3) };
  }

  /** Numbers joined by list words or a range word, as in "13 ja 14" or "15–22" (for recitals and Finnish). */
  private numbers(k: number): { items: Item[]; next: number } {
    const items: Item[] = [];
    let next = k;
    while (this.num(next) && items.length < MAX_ITEMS) {
      const item: Item = { start: this.t[next].start, end: this.t[next].end, article: Number(this.t[next].norm) };
      items.push(item);
      next++;
      const range = this.range(next, item.article);
      if (range) {
        item.to = range.to;
        item.end = this.t[range.next - 1].end;
        next = range.next;
      }
      const after = matchPhrase(this.v, 'list', this.t, next);
      if (after < 0 || !this.num(after) || !this.joined(after)) break;
      next = after;
    }
    return { items, next };
  }

  private range(k: number, from: number): { to: number; next: number } | null {
    const after = matchPhrase(this.v, 'range', this.t, k);
    if (after < 0 || !this.num(after) || !this.joined(after)) return null;
    const to = Number(this.t[after].norm);
    return to > from ? { to, next: after + 1 } : null;
  }

  /** The acts after the body, validation, and the references with their spans. */
  private finish(start: number, body: Body, prefixAct: string | undefined): { refs: Reference[]; next: number } | null {
    let next = body.next;
    let act = prefixAct;
    let end = -1;
    const suffix = this.suffixAct(next);
    if (suffix === 'foreign') return null;
    if (suffix) {
      act = suffix.act;
      end = this.t[suffix.next - 1].end;
      next = suffix.next;
    }
    act ??= body.kind === 'section' ? undefined : 'gdpr';
    if (!act) return null;
    const info = actInfo(act);
    const max = body.kind === 'recital' ? info?.maxRecital : info?.maxArticle ?? (info?.country ? 999 : undefined);
    if (!max) return null;
    const valid = (n: number | undefined) => n === undefined || (n >= 1 && n <= max);
    const items = body.items.filter((item, i) => i === 0 || (valid(item.article) && valid(item.to)));
    if (!valid(items[0].article) || !valid(items[0].to)) return null;
    items[0].start = this.t[start].start;
    if (end >= 0) items[items.length - 1].end = end;
    const kind = body.kind === 'recital' ? 'recital' : 'article';
    return { refs: items.map((item) => ({ ...item, act: act!, kind })), next };
  }

  /** The act named after a citation ("GDPR", "of the ePrivacy Directive", ", i databeskyttelsesforordningen"). */
  private suffixAct(k: number): { act: string; next: number } | 'foreign' | null {
    if (!this.joined(k)) return null;
    const starts = this.t[k].norm === ',' ? [k, k + 1] : [k];
    for (const at of starts) {
      const connector = matchPhrase(this.v, 'connector', this.t, at);
      const act = (connector >= 0 && this.joined(connector) ? matchAct(this.t, connector) : null) ?? (this.joined(at) ? matchAct(this.t, at) : null);
      if (act) return act;
    }
    // Another act named right after the citation: a word for one ("of the Charter") or an acronym we do not know.
    const connector = matchPhrase(this.v, 'connector', this.t, k);
    const word = connector >= 0 ? connector : k;
    if (this.joined(word) && (this.foreign(this.t[word].norm) || isAcronym(this.t[word]))) return 'foreign';
    return null;
  }

}
