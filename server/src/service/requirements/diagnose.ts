import { requirementInfo } from './evaluate';
import { message, requirementText } from '../messages';
import type { ReadDocument } from './analysis';
import type { Finding, RequirementResult, Severity, SeveritySetting, Span } from '../types';

/**
 * One finding per missing requirement: error for core requirements and triggered conditionals, warning for
 * recommended ones, unless the settings say otherwise. It sits where the disclosure belongs (the section
 * that its anchor concepts name, e.g. the rights section for a right), else on the title line.
 */
export function diagnoseRequirements(read: ReadDocument, results: RequirementResult[], messagesLanguage: string,
  severities: Record<string, SeveritySetting>): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    if (result.status !== 'missing') continue;
    const setting = severities[result.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? (result.effectiveKind === 'core' ? 'error' : 'warning');
    const text = requirementText(messagesLanguage, result.id);
    const trigger = result.trigger[0];
    const values = {
      title: text.title,
      hint: text.missing,
      article: result.article,
      trigger: trigger ? quote(read.doc.view, trigger) : '',
    };
    findings.push({
      code: result.id,
      severity,
      message: message(messagesLanguage, trigger ? 'missingTriggered' : 'missing', values),
      span: anchorSpan(read, requirementInfo(result.id)?.anchor ?? []),
      related: result.trigger.slice(0, 3).map((span) => ({ span, message: message(messagesLanguage, 'triggerRelated', values) })),
      data: { kind: 'missing-requirement', requirement: result.id, language: read.language },
    });
  }
  return findings;
}

/** The heading of the first section whose heading expresses one of the anchor concepts, else the title line. */
export function anchorSpan(read: ReadDocument, anchors: string[]): Span {
  return sectionHeadingSpan(read, anchors) ?? titleSpan(read);
}

/** The heading of the first section whose heading expresses one of the concepts, if any. */
export function sectionHeadingSpan(read: ReadDocument, anchors: string[]): Span | null {
  const { doc } = read;
  for (const concept of anchors) {
    for (const [index, concepts] of read.headingConcepts) {
      if (concepts.has(concept)) return { start: doc.blocks[index].start, end: doc.blocks[index].end };
    }
  }
  return null;
}

export function titleSpan(read: ReadDocument): Span {
  const first = read.doc.blocks.find((b) => b.kind === 'heading') ?? read.doc.blocks[0];
  if (!first) return { start: 0, end: 0 };
  // Keep the range on one line: a squiggle over a whole paragraph helps nobody.
  const lineEnd = read.doc.view.indexOf('\n', first.start);
  return { start: first.start, end: lineEnd > first.start && lineEnd < first.end ? lineEnd : first.end };
}

function quote(view: string, span: Span): string {
  const text = view.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
