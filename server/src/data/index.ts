/**
 * The registry of knowledge: every data file the service reads, in one place. Adding a language means adding
 * its folder (language.json, lexicon.json, messages.json) and one entry below; the engine does not change.
 * Static imports keep the bundle self-contained (no file system at run time, so it also runs in a browser).
 */
import requirements from './common/requirements.json';
import countries from './common/countries.json';
import common from './common/lexicon.json';

import enLanguage from './en/language.json';
import enLexicon from './en/lexicon.json';
import enMessages from './en/messages.json';
import svLanguage from './sv/language.json';
import svLexicon from './sv/lexicon.json';
import svMessages from './sv/messages.json';
import daLanguage from './da/language.json';
import daLexicon from './da/lexicon.json';
import daMessages from './da/messages.json';
import nbLanguage from './nb/language.json';
import nbLexicon from './nb/lexicon.json';
import nbMessages from './nb/messages.json';
import fiLanguage from './fi/language.json';
import fiLexicon from './fi/lexicon.json';
import fiMessages from './fi/messages.json';
import deLanguage from './de/language.json';
import deLexicon from './de/lexicon.json';
import deMessages from './de/messages.json';
import frLanguage from './fr/language.json';
import frLexicon from './fr/lexicon.json';
import frMessages from './fr/messages.json';

import type { LexiconData } from '../service/lexicon/types';

export interface LanguageData {
  code: string;
  /** The language's own name ("Svenska"). */
  name: string;
  /** Frequent words, used to identify the language; words shared with other languages count less. */
  stopwords: string[];
  /** Distinctive letter sequences: a weaker signal, for words that are not in any stopword list. */
  ngrams?: string[];
}

export interface MessagesData {
  language: string;
  /** Templates with {placeholders}. */
  templates: Record<string, string>;
  requirements: Record<string, { title: string; missing: string }>;
}

export interface RequirementData {
  id: string;
  kind: 'core' | 'conditional' | 'recommended';
  article: string;
  present: string[][];
  trigger?: string[][];
  becomesCore?: boolean;
  headingEvidence?: boolean;
  /** Concepts that disqualify a sentence as evidence (a definition, a retention sentence for purposes). */
  unless?: string[];
  anchor: string[];
}

export interface CountryData {
  phone: string;
  tlds: string[];
  orgId: string[];
  names: string[];
  companyForms: string[];
  languages: string[];
  hints: string[];
}

export interface LanguagePack {
  language: LanguageData;
  lexicon: LexiconData;
  messages: MessagesData;
}

export const languagePacks: Record<string, LanguagePack> = {
  en: { language: enLanguage, lexicon: enLexicon, messages: enMessages },
  sv: { language: svLanguage, lexicon: svLexicon, messages: svMessages },
  da: { language: daLanguage, lexicon: daLexicon, messages: daMessages },
  nb: { language: nbLanguage, lexicon: nbLexicon, messages: nbMessages },
  fi: { language: fiLanguage, lexicon: fiLexicon, messages: fiMessages },
  de: { language: deLanguage, lexicon: deLexicon, messages: deMessages },
  fr: { language: frLanguage, lexicon: frLexicon, messages: frMessages },
};

/** Phrases that mean the same in every language; merged into each language's lexicon. */
export const commonLexicon: LexiconData = common;

export const requirementData: RequirementData[] = requirements.requirements as RequirementData[];
export const countryData = countries as { countries: Record<string, CountryData>; weights: Record<string, number> };
