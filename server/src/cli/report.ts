import { LineIndex, type AnalysisResult, type Range, type Severity } from '../service';

/** One file's result in the CLI's JSON contract (version 1): positions are 0-based, characters in UTF-16 units. */
export interface FileReport {
  path: string;
  language: string;
  country: string | null;
  requirements: {
    id: string;
    status: string;
    kind: string;
    article: string;
    evidence: Range[];
    trigger?: Range[];
  }[];
  diagnostics: {
    code: string;
    severity: Severity;
    message: string;
    range: Range;
    relatedInformation?: { range: Range; message: string }[];
  }[];
}

export function fileReport(path: string, text: string, result: AnalysisResult): FileReport {
  const lines = new LineIndex(text);
  return {
    path,
    language: result.language,
    country: result.country,
    requirements: result.requirements.map((r) => ({
      id: r.id,
      status: r.status,
      kind: r.effectiveKind,
      article: r.article,
      evidence: r.evidence.map((s) => lines.rangeOf(s)),
      ...(r.kind === 'conditional' || r.trigger.length > 0 ? { trigger: r.trigger.map((s) => lines.rangeOf(s)) } : {}),
    })),
    diagnostics: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: lines.rangeOf(f.span),
      ...(f.related.length ? { relatedInformation: f.related.map((r) => ({ range: lines.rangeOf(r.span), message: r.message })) } : {}),
    })),
  };
}
