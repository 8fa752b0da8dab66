/**
 * GDPR Lens's analysis core: a pure library. It takes text and options and returns plain data; it uses no
 * Node API, no LSP type and nothing from VS Code, so the language server, the CLI and a browser worker all
 * share it. Offsets in results are offsets into the text given; `LineIndex` turns them into positions.
 */
import { readDocument } from './requirements/analysis';
import { evaluateRequirements } from './requirements/evaluate';
import { diagnoseRequirements } from './requirements/diagnose';
import { inferCountry } from './requirements/country';
import { toSourceSpan } from './document';
import { supportedLanguages } from './lexicon/registry';
import { runChecks } from './checks';
import type { AnalysisResult, AnalyzeOptions, Finding, RequirementResult } from './types';

export * from './types';
export { LineIndex } from './text/lineIndex';
export { requirementIds, requirementInfo } from './requirements/evaluate';
export { supportedLanguages } from './lexicon/registry';
export { formatOf } from './document';
export { checkCodes } from './checks';

export interface PolicyService {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
}

export function createPolicyService(): PolicyService {
  return { analyze };
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const read = readDocument(text, options);
  const requirements = evaluateRequirements(read);
  const messagesLanguage = pickMessagesLanguage(options.messagesLanguage, read.language);
  const country = inferCountry(read.doc.view, read.language);
  const findings = [
    ...diagnoseRequirements(read, requirements, messagesLanguage, options.severity ?? {}),
    ...runChecks(
      { read, requirements: new Map(requirements.map((r) => [r.id, r])), country: country.country, messagesLanguage, options },
      options.severity ?? {},
    ),
  ];
  // Everything above works on the view (the visible text); results speak of the source.
  const toSource = (span: { start: number; end: number }) => toSourceSpan(read.doc, span);
  return {
    format: read.format,
    language: read.language,
    languageSource: read.languageSource,
    country: country.country,
    requirements: requirements.map((r): RequirementResult => ({ ...r, evidence: r.evidence.map(toSource), trigger: r.trigger.map(toSource) })),
    findings: findings.map((f): Finding => ({ ...f, span: toSource(f.span), related: f.related.map((r) => ({ ...r, span: toSource(r.span) })) })),
  };
}

function pickMessagesLanguage(wanted: string | undefined, documentLanguage: string): string {
  const code = (wanted ?? 'auto').toLowerCase().split(/[-_]/)[0];
  if (code !== 'auto' && supportedLanguages.includes(code)) return code;
  return documentLanguage;
}
