import { readDocument } from '../requirements/analysis';
import type { AnalyzeOptions } from '../types';
import { clausesOf } from './clauses';

/** A clause offered as a snippet completion (VS Code snippet syntax, with tab stops). */
export interface ClauseCompletion {
  label: string;
  detail: string;
  /** The clause's lines as a snippet. */
  snippet: string;
  /** The requirements it satisfies. */
  requirements: string[];
  /** Where the completion replaces the typed prefix: [start, end) offsets. */
  start: number;
  end: number;
  /** Clauses for what the document is missing come first. */
  sortText: string;
}

/**
 * Clause completion: at the start of a line (only a word typed so far), offers the clause library of the
 * document's language, clauses for missing requirements first. The snippets are the same data as the
 * quick-fixes and the static snippets files.
 */
export function completeClauses(text: string, offset: number, options: AnalyzeOptions = {}, missing: string[] = []): ClauseCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const typed = text.slice(lineStart, offset);
  // Only at the start of a line: nothing but an optional word (the prefix being typed) before the cursor.
  if (!/^[\p{L}-]{0,30}$/u.test(typed)) return [];
  const language = readDocument(text.length > 200_000 ? text.slice(0, 200_000) : text, options).language;
  const { clauses } = clausesOf(language);
  return clauses.map((clause) => {
    const fills = clause.requirements.some((id) => missing.includes(id));
    return {
      label: clause.title,
      detail: `GDPR Lens · ${clause.requirements.join(', ')}`,
      snippet: clause.body.join('\n'),
      requirements: clause.requirements,
      start: lineStart,
      end: offset,
      sortText: `${fills ? '0' : '1'}-${clause.prefix}`,
    };
  });
}
