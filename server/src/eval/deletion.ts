import { analyze } from '../service';
import type { LabelledDocument } from './labels';

export interface DeletionOutcome {
  path: string;
  id: string;
  /** Still present after its evidence was deleted. */
  survived: boolean;
}

/**
 * The deletion test: for every requirement labelled present, delete the lines that hold its evidence quotes
 * and check again; the requirement should no longer be present. Lines rather than quotes, because a quote may
 * be part of a longer sentence that would otherwise survive half-cut.
 */
export function deletionTest(doc: LabelledDocument): DeletionOutcome[] {
  const outcomes: DeletionOutcome[] = [];
  for (const [id, label] of Object.entries(doc.requirements)) {
    if (label.status !== 'present' || label.evidence.length === 0) continue;
    const mutated = deleteEvidenceLines(doc.text, label.evidence);
    if (mutated === null) continue;
    const status = analyze(mutated, { fileName: doc.path }).requirements.find((r) => r.id === id)?.status;
    outcomes.push({ path: doc.path, id, survived: status === 'present' });
  }
  return outcomes;
}

/** Blanks every line that overlaps an occurrence of a quote; null when a quote is not in the text. */
export function deleteEvidenceLines(text: string, quotes: string[]): string | null {
  const doomed: [number, number][] = [];
  for (const quote of quotes) {
    let at = text.indexOf(quote);
    if (at < 0) return null;
    for (; at >= 0; at = text.indexOf(quote, at + 1)) {
      const start = text.lastIndexOf('\n', at) + 1;
      const newline = text.indexOf('\n', at + quote.length);
      doomed.push([start, newline < 0 ? text.length : newline]);
    }
  }
  doomed.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [start, end] of doomed) out = out.slice(0, start) + out.slice(end);
  return out;
}
