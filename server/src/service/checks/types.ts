import type { ReadDocument } from '../requirements/analysis';
import type { AnalyzeOptions, Finding, RequirementResult, Severity } from '../types';

/** What every reviewer check gets: the read document, the requirement verdicts and the options. */
export interface CheckContext {
  read: ReadDocument;
  requirements: Map<string, RequirementResult>;
  /** The controller's country (ISO 3166-1 alpha-2), when the text shows it. */
  country: string | null;
  messagesLanguage: string;
  options: AnalyzeOptions;
}

/** A finding before its severity is resolved from the settings. */
export type CheckFinding = Omit<Finding, 'severity'>;

/** One reviewer check: a stable code, a default severity and a detector. */
export interface Check {
  code: string;
  defaultSeverity: Severity;
  run(context: CheckContext): CheckFinding[];
}
