import { analyze, type AnalysisResult, type RequirementResult } from '../../server/src/service';

/** Analyses an in-memory policy (Markdown unless the name says otherwise). */
export function check(text: string, fileName = 'privacy.md', language = 'auto'): AnalysisResult {
  return analyze(text, { fileName, language });
}

export function requirement(result: AnalysisResult, id: string): RequirementResult {
  const found = result.requirements.find((r) => r.id === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
}

/** The statuses of some requirements, as an object, for compact assertions. */
export function statuses(text: string, ids: string[], fileName?: string, language?: string): Record<string, string> {
  const result = check(text, fileName, language);
  return Object.fromEntries(ids.map((id) => [id, requirement(result, id).status]));
}
