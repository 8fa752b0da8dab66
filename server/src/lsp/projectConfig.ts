import type { AnalyzeOptions } from '../service';

/**
 * What a `.gdpr-lens.json` adds to a document's analysis in the editor. The server itself reads no files (it is
 * shared with a future browser worker): the Node entry gives it a reader (server/src/node/projectConfig.ts).
 */
export interface ProjectConfig {
  /** The config file that applies, if any, and its URI. */
  path: string | null;
  uri?: string;
  /** Options from the file (document type defaults and rules merged); empty when there is none or it is invalid. */
  options: Pick<AnalyzeOptions, 'language' | 'messagesLanguage' | 'severity' | 'country' | 'facts'>;
  /** Why the file could not be used (one line), when it could not. */
  error?: string;
}

export type ProjectConfigReader = (documentPath: string) => ProjectConfig;

/**
 * Precedence: defaults < document type < config file < editor settings < inline comments. Editor settings
 * left at their defaults ("auto", no severity entry) let the file decide.
 */
export function withProjectConfig(options: AnalyzeOptions, config: ProjectConfig | null): AnalyzeOptions {
  if (!config) return options;
  const c = config.options;
  const merged: AnalyzeOptions = { ...options, severity: { ...(c.severity ?? {}), ...(options.severity ?? {}) } };
  if ((options.language ?? 'auto') === 'auto' && c.language) merged.language = c.language;
  if (c.country && !options.country) merged.country = c.country;
  if (c.facts && !options.facts) merged.facts = c.facts;
  return merged;
}
