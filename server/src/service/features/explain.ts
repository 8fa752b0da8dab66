import { normalizeCode } from '../language/codes';
import { hoverPacks, languagePacks, type ExplanationData, type TermData } from '../../data';
import { fill } from '../messages';
import { actInfo } from './vocabulary';

/**
 * Lookups in the hover knowledge: titles, our explanations, terms and the hover's labels. Explanations are
 * read in the reader's language and fall back to English; `fallback` says when that happened, so the hover
 * can say so in the reader's language.
 */

/** "sv-SE" → "sv", Norwegian → "nb"; a language we have no data for reads English. */
export function dataLanguage(code: string | undefined): string {
  const normalized = normalizeCode(code ?? 'en');
  return hoverPacks[normalized] ? normalized : 'en';
}

export interface Explained<T> {
  value: T;
  /** The reader's language had none, so this is the English one. */
  fallback: boolean;
}

function withFallback<T>(language: string, read: (language: string) => T | undefined): Explained<T> | undefined {
  const own = read(language);
  if (own !== undefined) return { value: own, fallback: false };
  const english = language === 'en' ? undefined : read('en');
  return english === undefined ? undefined : { value: english, fallback: true };
}

/** The official title of a GDPR article in a language's version of the regulation. */
export function articleTitle(language: string, article: number): string | undefined {
  return hoverPacks[dataLanguage(language)].articles.articles[String(article)]?.title;
}

export function articleExplanation(language: string, article: number): Explained<ExplanationData> | undefined {
  return withFallback(dataLanguage(language), (l) => usable(hoverPacks[l].articles.articles[String(article)]?.explanation));
}

export function recitalExplanation(language: string, recital: number): Explained<ExplanationData> | undefined {
  return withFallback(dataLanguage(language), (l) => usable(hoverPacks[l].articles.recitals?.[String(recital)]?.explanation));
}

function usable(explanation: ExplanationData | undefined): ExplanationData | undefined {
  return explanation?.summary ? explanation : undefined;
}

/** Our text on a provision of another act ("5(3)" of the ePrivacy Directive), or on the act as a whole. */
export function actExplanation(act: string, key: string | undefined, language: string): Explained<string> | undefined {
  const info = actInfo(act);
  const byLanguage = (key && info?.provisions?.[key]) || info?.summary;
  return byLanguage ? withFallback(dataLanguage(language), (l) => byLanguage[l]) : undefined;
}

export function actTitle(act: string, language: string): string | undefined {
  const title = actInfo(act)?.title;
  return title ? title[dataLanguage(language)] ?? title.en : undefined;
}

export function termsOf(language: string): TermData[] {
  return hoverPacks[dataLanguage(language)].terms.terms;
}

export function term(language: string, id: string): Explained<TermData> | undefined {
  return withFallback(dataLanguage(language), (l) => hoverPacks[l].terms.terms.find((t) => t.id === id));
}

/** A hover label in the reader's language (English when the language has none). */
export function label(language: string, key: string, values: Record<string, string> = {}): string {
  const template = hoverPacks[dataLanguage(language)].citations.labels[key] ?? hoverPacks.en.citations.labels[key] ?? key;
  return fill(template, values);
}

/** The language's own name ("Svenska"), for link labels. */
export function languageName(language: string): string {
  return languagePacks[dataLanguage(language)]?.language.name ?? language;
}
