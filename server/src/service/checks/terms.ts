/**
 * Finds literal terms as whole words: case-insensitively, or exactly when written with a leading "=" ("=PUL").
 * All terms of one list become one alternation of escaped literals, so a scan is one linear pass.
 */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

export class TermMatcher {
  private readonly insensitive: RegExp | null;
  private readonly sensitive: RegExp | null;

  /**
   * `inflected`: case-insensitive terms may carry a case ending ("Datatilsynets", "tietosuojavaltuutetun
   * toimistolle", "der Bundesbeauftragten"): up to six more letters after the term.
   */
  constructor(terms: string[], inflected = false) {
    const exact = terms.filter((t) => t.startsWith('=')).map((t) => t.slice(1));
    const loose = terms.filter((t) => !t.startsWith('='));
    this.insensitive = loose.length ? new RegExp(wholeWords(loose, inflected ? '\\p{L}{0,6}' : ''), 'giu') : null;
    this.sensitive = exact.length ? new RegExp(wholeWords(exact, ''), 'gu') : null;
  }

  find(text: string, from = 0, to = text.length): TermMatch[] {
    const slice = text.slice(from, to);
    const out: TermMatch[] = [];
    for (const pattern of [this.insensitive, this.sensitive]) {
      if (!pattern) continue;
      for (const m of slice.matchAll(pattern)) out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, text: m[0] });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

function wholeWords(terms: string[], ending: string): string {
  // Longest first, so "personuppgiftslagens" wins over "personuppgiftslag".
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})${ending}(?![\\p{L}\\p{N}])`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
