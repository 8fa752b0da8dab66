/**
 * GDPR Lens's analysis core: a pure library. It takes text and options and returns plain data; it uses no
 * Node API, no LSP type and nothing from VS Code, so the language server, the CLI and a browser worker all
 * share it. Offsets in results are offsets into the text given; `LineIndex` turns them into positions.
 */
import { analyze } from './analyze';
import type { AnalysisResult, AnalyzeOptions } from './types';
import { hover, type HoverResult } from './features/hover';
import { documentLinks, type DocumentLinkData } from './features/links';
import { completeReference, type ReferenceCompletion } from './features/completion';
import type { FeatureOptions } from './features/featureOptions';

export * from './types';
export { LineIndex } from './text/lineIndex';
export { requirementIds, requirementInfo } from './requirements/evaluate';
export { supportedLanguages } from './lexicon/registry';
export { formatOf } from './document';
export { normalizeCode } from './language/codes';
export { checkCodes } from './checks';

export { analyze } from './analyze';
export { fixesFor, insertAllMissing, type Fix, type TextEdit } from './features/fixes';
export { parseReferences, type Reference } from './features/references';
export { hover, type HoverResult } from './features/hover';
export { documentLinks, type DocumentLinkData } from './features/links';
export { completeReference, type ReferenceCompletion } from './features/completion';
export { completeClauses, type ClauseCompletion } from './features/clauseCompletion';
export type { FeatureOptions } from './features/featureOptions';
export { checklistOf, type Checklist, type ChecklistItem } from './features/checklist';
export { requirementsInSection } from './features/outline';

export interface PolicyService {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** The explanation of the reference, term or diagnostic at `offset` (Markdown), or null. */
  hover(text: string, offset: number, options?: FeatureOptions): HoverResult | null;
  /** Links from every reference to the official text. */
  documentLinks(text: string, options?: FeatureOptions): DocumentLinkData[];
  /** Article numbers for the reference being typed at `offset`. */
  completeReference(text: string, offset: number, options?: FeatureOptions): ReferenceCompletion[];
}

export function createPolicyService(): PolicyService {
  return { analyze, hover, documentLinks, completeReference };
}

