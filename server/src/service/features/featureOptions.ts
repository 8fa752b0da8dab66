import { languagePacks } from '../../data';
import { LanguageIdentifier } from '../language/detect';
import type { AnalysisResult } from '../types';
import { dataLanguage } from './explain';

/** What hovers, links and completion know about a document besides its text. */
export interface FeatureOptions {
  /** The document's language ("sv"), or "auto" (the default): the analysis's, else identified from the text. */
  language?: string;
  /** The reader's language for explanations and labels (the editor's UI language); defaults to the document's. */
  uiLanguage?: string;
  /** The document's analysis: its language is used, and its findings get hovers. */
  analysis?: AnalysisResult;
}

const identifier = new LanguageIdentifier(Object.values(languagePacks).map((p) => p.language));

/** The document's language: the option, the analysis's, or identified from the text (English when unsure). */
export function documentLanguage(text: string, options: FeatureOptions): string {
  const wanted = options.language?.toLowerCase();
  if (wanted && wanted !== 'auto') return dataLanguage(wanted);
  if (options.analysis) return dataLanguage(options.analysis.language);
  const found = identifier.identify(text);
  return found && found.evidence >= 1 ? dataLanguage(found.language) : 'en';
}
