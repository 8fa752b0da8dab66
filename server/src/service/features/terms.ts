import { CompiledLexicon } from '../lexicon/compile';
import { matchSentence } from '../lexicon/match';
import { dataLanguage, termsOf } from './explain';

/** How far around the hovered offset we look for a term: terms are a few words long. */
const WINDOW = 200;

const lexicons = new Map<string, CompiledLexicon>();

/**
 * The language's GDPR terms (data/<lang>/terms.json) as a lexicon whose concepts are the term ids, so terms
 * are found with the same word patterns, stems and compounds as the requirement concepts.
 */
function termLexicon(language: string): CompiledLexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    const concepts = Object.fromEntries(termsOf(language).map((t) => [t.id, t.forms]));
    lexicon = new CompiledLexicon({ language, concepts });
    lexicons.set(language, lexicon);
  }
  return lexicon;
}

export interface TermHit {
  id: string;
  start: number;
  end: number;
}

/** The term written at `offset`, in the document's language; the longest when several overlap. */
export function termAt(text: string, offset: number, language: string): TermHit | null {
  const { from, to } = windowAround(text, offset, WINDOW);
  const found = matchSentence(termLexicon(dataLanguage(language)), text, from, to, []);
  let best: (TermHit & { score: number }) | null = null;
  for (const hit of found.hits) {
    if (hit.start > offset || offset >= hit.end) continue;
    const length = hit.end - hit.start;
    if (best && length < best.end - best.start) continue;
    // The same words may be two terms ("personuppgiftsansvarig" is also "personuppgift*"): the closer form wins.
    const score = specificity(termsOf(language).find((t) => t.id === hit.concept)?.forms ?? [], text.slice(hit.start, hit.end));
    if (!best || length > best.end - best.start || score > best.score) best = { id: hit.concept, start: hit.start, end: hit.end, score };
  }
  return best && { id: best.id, start: best.start, end: best.end };
}

/** How closely a term's forms describe the words: the literal length of the longest form whose words all match. */
function specificity(forms: string[], written: string): number {
  const words = written.toLowerCase().split(/\s+/);
  let best = 0;
  for (const form of forms) {
    const patterns = form.toLowerCase().split(/\s+/);
    if (patterns.length !== words.length) continue;
    const matches = patterns.every((p, i) => {
      const core = p.replace(/^\*|\*$/g, '');
      if (p.startsWith('*') && p.endsWith('*')) return words[i].includes(core);
      if (p.endsWith('*')) return words[i].startsWith(core);
      if (p.startsWith('*')) return words[i].endsWith(core);
      return words[i] === core;
    });
    if (matches) best = Math.max(best, form.replace(/\*/g, '').length + (form.includes('*') ? 0 : 1));
  }
  return best;
}

/** The line around `offset` (and `lines` neighbours each way), at most `radius` characters each way, cut at whitespace. */
export function windowAround(text: string, offset: number, radius: number, lines = 0): { from: number; to: number } {
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => {
    const end = text.indexOf('\n', at);
    return end < 0 ? text.length : end;
  };
  let from = lineStart(offset);
  let to = lineEnd(offset);
  for (let n = 0; n < lines; n++) {
    if (from > 0) from = lineStart(from - 1);
    if (to < text.length) to = lineEnd(to + 1);
  }
  if (offset - from > radius) from = cut(text, offset - radius, 1);
  if (to - offset > radius) to = cut(text, offset + radius, -1);
  return { from, to };
}

/** Moves `at` to the nearest whitespace in `direction`, so the window does not start or end inside a word. */
function cut(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  for (let steps = 0; steps < 64 && i > 0 && i < text.length && !/\s/.test(text[i]); steps++) i += direction;
  return i;
}
