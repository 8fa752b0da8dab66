import { capitalize, requirementText } from '../messages';
import type { AnalysisResult, Kind, Severity, Span, Status } from '../types';
import { dataLanguage } from './explain';

/** One requirement as a checklist shows it. */
export interface ChecklistItem {
  id: string;
  /** The requirement's name in the reader's language ("The retention period"). */
  title: string;
  /** The article that asks for it, as the vocabulary writes it ("13(2)(a)"). */
  article: string;
  kind: Kind;
  effectiveKind: Kind;
  status: Status;
  /** The severity of its diagnostic, when one is reported (a missing requirement whose severity is not "off"). */
  severity?: Severity;
  evidence: Span[];
  trigger: Span[];
  /** Where a click should go: the evidence of a present requirement, the diagnostic of a missing one. */
  target: Span | null;
}

export interface Checklist {
  language: string;
  country: string | null;
  /** Requirements the text satisfies. */
  present: number;
  /** Requirements that apply to this document (present or missing). */
  applicable: number;
  items: ChecklistItem[];
}

/**
 * The checklist of a document: every requirement of the vocabulary with its status, in the vocabulary's order,
 * for a tree view, a status-bar score or another editor's panel.
 */
export function checklistOf(analysis: AnalysisResult, readerLanguage: string): Checklist {
  const reader = dataLanguage(readerLanguage);
  const findings = new Map(analysis.findings.map((f) => [f.code, f]));
  const items = analysis.requirements.map((r): ChecklistItem => {
    const finding = r.status === 'missing' ? findings.get(r.id) : undefined;
    return {
      id: r.id,
      title: capitalize(requirementText(reader, r.id).title),
      article: r.article,
      kind: r.kind,
      effectiveKind: r.effectiveKind,
      status: r.status,
      ...(finding ? { severity: finding.severity } : {}),
      evidence: r.evidence,
      trigger: r.trigger,
      target: finding?.span ?? r.evidence[0] ?? r.trigger[0] ?? null,
    };
  });
  const present = items.filter((i) => i.status === 'present').length;
  const applicable = present + items.filter((i) => i.status === 'missing').length;
  return { language: analysis.language, country: analysis.country, present, applicable, items };
}
