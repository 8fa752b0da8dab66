/**
 * Inline suppression comments, in any format (Markdown, HTML, plain text), read from the source text:
 *
 *   <!-- gdpr-lens-disable right-portability, dpo-contact -- we are not a data controller for that -->
 *       hides those findings in the whole document (no id: every finding);
 *   <!-- gdpr-lens-disable-next-line vague-purpose -- reason -->
 *       hides those findings that start on the next non-blank line after the comment.
 *
 * A suppression hides findings only: requirement statuses stay as they are. An id that is no finding code is
 * reported (`suppression-unknown`, a warning on the id), and a suppression that hides nothing is a hint
 * (`suppression-unused`). Both can themselves be set in `severity` (e.g. "off").
 */
import { message } from './messages';
import type { Finding, Severity, SeveritySetting, Span } from './types';

export const SUPPRESSION_UNKNOWN = 'suppression-unknown';
export const SUPPRESSION_UNUSED = 'suppression-unused';

export interface SuppressionId {
  id: string;
  /** The id's span in the source. */
  span: Span;
}

export interface Suppression {
  scope: 'document' | 'next-line';
  /** Empty: every finding. */
  ids: SuppressionId[];
  /** The whole comment in the source. */
  span: Span;
  /** For `next-line`: the 0-based source line it applies to (-1 when no line follows). */
  line: number;
}

const DIRECTIVE = /<!--\s*gdpr-lens-(disable-next-line|disable)\b([\s\S]*?)-->/g;

/** Finds every suppression comment of the source text. */
export function parseSuppressions(source: string): Suppression[] {
  const result: Suppression[] = [];
  if (!source.includes('gdpr-lens-disable')) return result;
  const lineStarts = lineStartsOf(source);
  for (const match of source.matchAll(DIRECTIVE)) {
    const start = match.index ?? 0;
    const bodyStart = start + match[0].indexOf(match[1]) + match[1].length;
    let body = match[2];
    // "-- reason" ends the ids; a reason may say anything.
    const reason = body.search(/(^|\s)--(\s|$)/);
    if (reason >= 0) body = body.slice(0, reason);
    const ids: SuppressionId[] = [];
    for (const m of body.matchAll(/[^\s,]+/g)) {
      const idStart = bodyStart + (m.index ?? 0);
      ids.push({ id: m[0], span: { start: idStart, end: idStart + m[0].length } });
    }
    const scope = match[1] === 'disable' ? 'document' : 'next-line';
    const end = start + match[0].length;
    result.push({ scope, ids, span: { start, end }, line: scope === 'next-line' ? nextNonBlankLine(source, lineStarts, end) : -1 });
  }
  return result;
}

export interface SuppressionContext {
  /** The codes that exist (requirement ids, check codes). */
  knownCodes: ReadonlySet<string>;
  messagesLanguage: string;
  severities: Record<string, SeveritySetting>;
  /** Source offset of a finding's (view) offset. */
  toSource(offset: number): number;
  /** A view offset for a source offset (the comment itself may not be in the view, e.g. in HTML). */
  toView(offset: number): number;
}

/**
 * Drops the findings that a suppression comment hides and adds the findings about the comments themselves.
 * Findings are in view offsets, comments in source offsets; the context converts.
 */
export function applySuppressions(source: string, findings: Finding[], context: SuppressionContext): Finding[] {
  const suppressions = parseSuppressions(source);
  if (suppressions.length === 0) return findings;
  const lineStarts = lineStartsOf(source);
  const used = suppressions.map((s) => s.ids.map(() => false));
  const usedAll = suppressions.map(() => false);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const line = lineOf(lineStarts, context.toSource(finding.span.start));
    let hidden = false;
    suppressions.forEach((s, i) => {
      if (s.scope === 'next-line' && s.line !== line) return;
      if (s.ids.length === 0) {
        usedAll[i] = true;
        hidden = true;
        return;
      }
      s.ids.forEach((id, j) => {
        if (id.id === finding.code) {
          used[i][j] = true;
          hidden = true;
        }
      });
    });
    if (!hidden) kept.push(finding);
  }
  const extra: Finding[] = [];
  const add = (code: string, severity: Severity, key: string, id: string, span: Span) => {
    const setting = context.severities[code];
    if (setting === 'off') return;
    const start = context.toView(span.start);
    const end = Math.max(start, context.toView(span.end));
    extra.push({
      code,
      severity: setting ?? severity,
      message: message(context.messagesLanguage, key, { id }),
      span: { start, end },
      related: [],
      data: { kind: 'suppression', id },
    });
  };
  suppressions.forEach((s, i) => {
    if (s.ids.length === 0) {
      if (!usedAll[i]) add(SUPPRESSION_UNUSED, 'hint', 'suppressionUnused', '*', s.span);
      return;
    }
    s.ids.forEach((id, j) => {
      if (!context.knownCodes.has(id.id)) add(SUPPRESSION_UNKNOWN, 'warning', 'suppressionUnknown', id.id, id.span);
      else if (!used[i][j]) add(SUPPRESSION_UNUSED, 'hint', 'suppressionUnused', id.id, id.span);
    });
  });
  return [...kept, ...extra];
}

/** The smallest view offset whose source offset is at or after `source` (for a monotonic map). */
export function viewOffsetOf(toSource: (view: number) => number, viewLength: number, source: number): number {
  let lo = 0;
  let hi = viewLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toSource(mid) < source) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first line after the one holding `offset` that has non-blank text (-1 if none). */
function nextNonBlankLine(text: string, starts: number[], offset: number): number {
  for (let line = lineOf(starts, offset) + 1; line < starts.length; line++) {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    if (text.slice(starts[line], end).trim() !== '') return line;
  }
  return -1;
}
