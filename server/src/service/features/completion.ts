import { hoverPacks } from '../../data';
import type { Span } from '../types';
import { citationTokens } from './citationTokens';
import { articleExplanation, articleTitle, dataLanguage, label } from './explain';
import { documentLanguage, type FeatureOptions } from './featureOptions';
import { matchAct, vocabularyFor } from './vocabulary';

export interface ReferenceCompletion {
  /** The article number ("12"). */
  label: string;
  /** Its official title in the document's language. */
  detail: string;
  /** Our summary in the reader's language (Markdown), when we have one. */
  documentation?: string;
  insertText: string;
  /** The text the completion replaces: the digits typed so far. */
  span: Span;
  sortText: string;
}

/** How far back on the line the citation before the cursor is read. */
const LOOK_BACK = 80;

/**
 * Article numbers to complete a reference being typed: "Art. 1" offers 1, 10–19 with their titles, in the
 * document's citation words ("artikel 1", "Artikel 1", "artikkel 1"). Finnish writes the number first: digits
 * typed before "artikla", or after the act's name ("tietosuoja-asetuksen 1"), are completed there.
 */
export function completeReference(text: string, offset: number, options: FeatureOptions = {}): ReferenceCompletion[] {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return [];
  const doc = documentLanguage(text, options);
  const reader = dataLanguage(options.uiLanguage ?? doc);
  const vocabulary = vocabularyFor(doc);
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - LOOK_BACK);
  const tokens = citationTokens(text, lineStart, offset);
  let last = tokens.length - 1;
  const typed = last >= 0 && tokens[last].kind === 'num' && tokens[last].end === offset ? tokens[last--] : undefined;
  // The cursor must stand after whitespace or after the digits typed so far: "Art. |" or "Art. 1|".
  if (!typed && (offset === lineStart || !/\s/.test(text[offset - 1]))) return [];
  if (typed && typed.norm.length > 2) return [];
  const prefix = typed?.norm ?? '';
  const start = typed ? typed.start : offset;

  let suffix: string | null = null;
  if (last >= 0 && tokens[last].norm === '.' && last > 0 && vocabulary.words.article.has(tokens[last - 1].norm)) suffix = '';
  else if (last >= 0 && vocabulary.words.article.has(tokens[last].norm)) suffix = '';
  else if (vocabulary.words.articleAfter.size > 0) {
    // Number-first: "|1 artikla" (an article word follows) or "tietosuoja-asetuksen 1|" (an act precedes).
    const after = /^\s+(\S+)/.exec(text.slice(offset, offset + 40));
    const next = after ? citationTokens(after[1])[0]?.norm : undefined;
    if (next && vocabulary.words.articleAfter.has(next)) suffix = '';
    else if (actEndsAt(text, lineStart, start)) suffix = ` ${hoverPacks[doc].citations.words.articleAfter[0] ?? ''}`.trimEnd();
  }
  if (suffix === null) return [];

  const items: ReferenceCompletion[] = [];
  for (let n = 1; n <= 99; n++) {
    const number = String(n);
    if (!number.startsWith(prefix)) continue;
    const explained = articleExplanation(reader, n);
    const summary = explained?.value.summary;
    items.push({
      label: number,
      detail: articleTitle(doc, n) ?? '',
      ...(summary ? { documentation: explained!.fallback ? `${summary}\n\n_${label(reader, 'fallback')}_` : summary } : {}),
      insertText: number + suffix,
      span: { start, end: offset },
      sortText: number.padStart(3, '0'),
    });
  }
  return items;
}

/** Whether an act's name ends right before `at` (only whitespace between). */
function actEndsAt(text: string, from: number, at: number): boolean {
  const tokens = citationTokens(text, from, at);
  for (let i = 0; i < tokens.length; i++) {
    const act = matchAct(tokens, i);
    if (act && act.next === tokens.length) return true;
  }
  return false;
}
