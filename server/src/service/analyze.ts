import { readDocument, type ReadDocument } from './requirements/analysis';
import { evaluateRequirements } from './requirements/evaluate';
import { diagnoseRequirements } from './requirements/diagnose';
import { inferCountry } from './requirements/country';
import { toSourceSpan } from './document';
import { supportedLanguages } from './lexicon/registry';
import { checkCodes, runChecks } from './checks';
import { applyDeclaredFacts, rememberDeclaredFacts } from './declared';
import { applySuppressions, SUPPRESSION_UNKNOWN, SUPPRESSION_UNUSED, viewOffsetOf } from './suppression';
import { requirementIds } from './requirements/evaluate';
import { outlineOf } from './features/outline';
import { nextAnalysis } from './text/memo';
import type { AnalysisResult, AnalyzeOptions, Finding, RequirementResult } from './types';

/** The whole reading of a document, in view offsets: what features such as fixes work from. */
export interface Analysis {
  read: ReadDocument;
  requirements: RequirementResult[];
  findings: Finding[];
  country: string | null;
  messagesLanguage: string;
}

export function analyzeInternal(text: string, options: AnalyzeOptions = {}): Analysis {
  nextAnalysis();
  const read = readDocument(text, options);
  const requirements = applyDeclaredFacts(evaluateRequirements(read), options.facts);
  rememberDeclaredFacts(read, options.facts);
  const messagesLanguage = pickMessagesLanguage(options.messagesLanguage, read.language);
  const declaredCountry = options.country ?? options.facts?.country;
  const country = declaredCountry ? { country: declaredCountry.toUpperCase() } : inferCountry(read.doc.view, read.language, read.doc.blocks);
  const diagnosed = [
    ...diagnoseRequirements(read, requirements, messagesLanguage, options.severity ?? {}),
    ...runChecks(
      { read, requirements: new Map(requirements.map((r) => [r.id, r])), country: country.country, messagesLanguage, options },
      options.severity ?? {},
    ),
  ];
  const findings = suppress(read, diagnosed, messagesLanguage, options);
  return { read, requirements, findings, country: country.country, messagesLanguage };
}

/** Analyses a policy: every requirement's status and every finding, with offsets into `text`. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const { read, requirements, findings, country } = analyzeInternal(text, options);
  // Everything above works on the view (the visible text); results speak of the source.
  const toSource = (span: { start: number; end: number }) => toSourceSpan(read.doc, span);
  return {
    format: read.format,
    language: read.language,
    languageSource: read.languageSource,
    country,
    requirements: requirements.map((r): RequirementResult => ({ ...r, evidence: r.evidence.map(toSource), trigger: r.trigger.map(toSource) })),
    findings: findings.map((f): Finding => ({ ...f, span: toSource(f.span), related: f.related.map((r) => ({ ...r, span: toSource(r.span) })) })),
    sections: outlineOf(read.doc).map((s) => ({ ...s, heading: toSource(s.heading), span: toSource(s.span), ownEnd: toSource({ start: s.ownEnd, end: s.ownEnd }).end })),
  };
}

const knownCodes = new Set([...requirementIds, ...Object.keys(checkCodes), SUPPRESSION_UNKNOWN, SUPPRESSION_UNUSED]);

/** Inline `gdpr-lens-disable` comments hide findings (statuses stay as they are); see suppression.ts. */
function suppress(read: ReadDocument, findings: Finding[], messagesLanguage: string, options: AnalyzeOptions): Finding[] {
  const { doc } = read;
  const toSource = (offset: number) => toSourceSpan(doc, { start: offset, end: offset }).start;
  return applySuppressions(doc.source, findings, {
    knownCodes,
    messagesLanguage,
    severities: options.severity ?? {},
    toSource,
    toView: (offset) => (doc.map ? viewOffsetOf(toSource, doc.view.length, offset) : offset),
  });
}

function pickMessagesLanguage(wanted: string | undefined, documentLanguage: string): string {
  const code = (wanted ?? 'auto').toLowerCase().split(/[-_]/)[0];
  if (code !== 'auto' && supportedLanguages.includes(code)) return code;
  return documentLanguage;
}
