/**
 * GDPR Lens's analysis core: a pure library. It takes text and options and returns plain data; it uses no
 * Node API, no LSP type and nothing from VS Code, so the language server, the CLI and a browser worker all
 * share it. Offsets in results are offsets into the text given; `LineIndex` turns them into positions.
 */
import { analyze } from './analyze';
import type { AnalysisResult, AnalyzeOptions } from './types';

export * from './types';
export { LineIndex } from './text/lineIndex';
export { requirementIds, requirementInfo } from './requirements/evaluate';
export { supportedLanguages } from './lexicon/registry';
export { formatOf } from './document';
export { checkCodes } from './checks';

export { analyze } from './analyze';
export { fixesFor, insertAllMissing, type Fix, type TextEdit } from './features/fixes';

export interface PolicyService {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
}

export function createPolicyService(): PolicyService {
  return { analyze };
}

