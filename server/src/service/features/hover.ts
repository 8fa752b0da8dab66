import type { Span } from '../types';
import { dataLanguage, label } from './explain';
import { documentLanguage, type FeatureOptions } from './featureOptions';
import { findingSection } from './findingSection';
import { referenceSection, termSection } from './hoverSections';
import { parseReferences, type Reference } from './references';
import { termAt, windowAround } from './terms';

export interface HoverResult {
  markdown: string;
  /** What the hover is about: the reference, the term, or the diagnostic's range. */
  span: Span;
}

/** How far around the offset a reference is looked for: a citation is short, but may wrap onto the next line. */
const REFERENCE_RADIUS = 300;
/** At most this many diagnostics are explained in one hover; the rest are counted. */
const MAX_FINDINGS = 3;

/**
 * The hover at `offset`: the reference or term written there, and the diagnostics whose range contains it.
 * Returns null where there is nothing to explain (and for offsets outside the text).
 */
export function hover(text: string, offset: number, options: FeatureOptions = {}): HoverResult | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return null;
  const doc = documentLanguage(text, options);
  const reader = dataLanguage(options.uiLanguage ?? doc);
  const sections: string[] = [];
  let span: Span | null = null;

  const ref = referenceAt(text, offset, doc);
  if (ref) {
    sections.push(referenceSection(ref, doc, reader));
    span = { start: ref.start, end: ref.end };
  } else {
    const hit = termAt(text, offset, doc);
    const section = hit ? termSection(hit.id, doc, reader) : null;
    if (hit && section) {
      sections.push(section);
      span = { start: hit.start, end: hit.end };
    }
  }

  const analysis = options.analysis;
  const findings = analysis?.findings.filter((f) => f.span.start <= offset && (offset < f.span.end || f.span.start === f.span.end)) ?? [];
  for (const finding of findings.slice(0, MAX_FINDINGS)) sections.push(findingSection(finding, analysis!, doc, reader));
  if (findings.length > MAX_FINDINGS) sections.push(`_${label(reader, 'moreFindings', { n: String(findings.length - MAX_FINDINGS) })}_`);
  if (sections.length === 0) return null;
  return { markdown: sections.join('\n\n---\n\n'), span: span ?? findings[0].span };
}

/** The reference whose span contains `offset`. */
export function referenceAt(text: string, offset: number, language: string): Reference | null {
  const { from, to } = windowAround(text, offset, REFERENCE_RADIUS, 1);
  return parseReferences(text, language, from, to).find((r) => r.start <= offset && offset < r.end) ?? null;
}
