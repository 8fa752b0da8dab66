/**
 * The registry of knowledge: every data file the service reads, in one place. Adding a language means adding
 * its folder (language.json, lexicon.json, reviewer.json, messages.json, clauses.json) and one entry below; the engine does not change.
 * Static imports keep the bundle self-contained (no file system at run time, so it also runs in a browser).
 */
import requirements from './common/requirements.json';
import countries from './common/countries.json';
import common from './common/lexicon.json';
import laws from './common/laws.json';
import authorities from './common/authorities.json';

import enLanguage from './en/language.json';
import enLexicon from './en/lexicon.json';
import enMessages from './en/messages.json';
import enReviewer from './en/reviewer.json';
import svLanguage from './sv/language.json';
import svLexicon from './sv/lexicon.json';
import svMessages from './sv/messages.json';
import svReviewer from './sv/reviewer.json';
import daLanguage from './da/language.json';
import daLexicon from './da/lexicon.json';
import daMessages from './da/messages.json';
import daReviewer from './da/reviewer.json';
import nbLanguage from './nb/language.json';
import nbLexicon from './nb/lexicon.json';
import nbMessages from './nb/messages.json';
import nbReviewer from './nb/reviewer.json';
import fiLanguage from './fi/language.json';
import fiLexicon from './fi/lexicon.json';
import fiMessages from './fi/messages.json';
import fiReviewer from './fi/reviewer.json';
import deLanguage from './de/language.json';
import deLexicon from './de/lexicon.json';
import deMessages from './de/messages.json';
import deReviewer from './de/reviewer.json';
import frLanguage from './fr/language.json';
import frLexicon from './fr/lexicon.json';
import frMessages from './fr/messages.json';
import frReviewer from './fr/reviewer.json';

import enClauses from './en/clauses.json';
import svClauses from './sv/clauses.json';
import daClauses from './da/clauses.json';
import nbClauses from './nb/clauses.json';
import fiClauses from './fi/clauses.json';
import type { LexiconData } from '../service/lexicon/types';

export interface LanguageData {
  code: string;
  /** The language's own name ("Svenska"). */
  name: string;
  /** Frequent words, used to identify the language; words shared with other languages count less. */
  stopwords: string[];
  /** Distinctive letter sequences: a weaker signal, for words that are not in any stopword list. */
  ngrams?: string[];
  /** The readability formula for this language and the score past which a document counts as hard to read. */
  /** Abbreviations after which a capitalised word does not start a sentence ("dr.", "z.", "m."). */
  abbreviations?: string[];
  /** Month names and abbreviations, January first, for reading dates ("1 March 2024"); "stem*" matches inflections. */
  months?: string[][];
  readability?: { formula: 'lix' | 'flesch' | 'amstad' | 'kandel-moles'; name: string; threshold: number; higherIsHarder: boolean };
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

export interface ClauseData {
  id: string;
  prefix: string;
  requirements: string[];
  title: string;
  /** Lines of a VS Code snippet: ${1:[placeholder]}, ${2|choice a,choice b|}, $CURRENT_YEAR … */
  body: string[];
}

export interface ClausesData {
  language: string;
  clauses: ClauseData[];
  /** Placeholder text → the fact that fills it ("[company name]" → "controller"). */
  facts?: Record<string, string>;
}

export interface LanguagePack {
  language: LanguageData;
  /** Concepts for the requirements. */
  lexicon: LexiconData;
  messages: MessagesData;
  /** Concepts for the reviewer checks (vague wording, adequacy claims, bundled consent …). */
  reviewer: LexiconData;
}

export const languagePacks: Record<string, LanguagePack> = {
  en: { language: enLanguage as LanguageData, lexicon: enLexicon, messages: enMessages, reviewer: enReviewer },
  sv: { language: svLanguage as LanguageData, lexicon: svLexicon, messages: svMessages, reviewer: svReviewer },
  da: { language: daLanguage as LanguageData, lexicon: daLexicon, messages: daMessages, reviewer: daReviewer },
  nb: { language: nbLanguage as LanguageData, lexicon: nbLexicon, messages: nbMessages, reviewer: nbReviewer },
  fi: { language: fiLanguage as LanguageData, lexicon: fiLexicon, messages: fiMessages, reviewer: fiReviewer },
  de: { language: deLanguage as LanguageData, lexicon: deLexicon, messages: deMessages, reviewer: deReviewer },
  fr: { language: frLanguage as LanguageData, lexicon: frLexicon, messages: frMessages, reviewer: frReviewer },
};

/** Phrases that mean the same in every language; merged into each language's lexicon. */
export const commonLexicon: LexiconData = common;

export const requirementData: RequirementData[] = requirements.requirements as RequirementData[];
export const countryData = countries as { countries: Record<string, CountryData>; weights: Record<string, number> };

export interface OutdatedItem {
  id: string;
  kind: 'law' | 'authority' | 'mechanism';
  country: string | null;
  /** Literal terms, whole words, case-insensitive unless written "=Term". */
  terms: string[];
  invalidSince: string;
  replacedBy: Record<string, string>;
  note?: Record<string, string>;
  source: string;
  /** Drop-in replacements per term ("SFS 2003:389" → "SFS 2022:482") for the quick-fix. */
  fix?: Record<string, string>;
  /** Not outdated for a controller in this region or country (Åland's authority is still "Datainspektionen"). */
  exceptUnder?: { region?: string; country?: string } | null;
}

export interface AuthorityData {
  id: string;
  country: string;
  region: string | null;
  eea: boolean;
  names: Record<string, string>;
  abbreviations: string[];
  website: string;
  formerNames: { name: string; lang?: string; until: string; source: string }[];
  source: string;
}

/** Outdated laws, authority names and mechanisms, each with its date and source. */
export const outdatedData = laws as unknown as { outdated: OutdatedItem[] };
/** Every EU/EEA supervisory authority (and a few neighbours), with current and former names. */
export const authorityData = authorities as unknown as { authorities: AuthorityData[] };

/** The clause library per language: quick-fixes, clause completion and the generated snippets all read it. */
export const clausePacks: Record<string, ClausesData> = {
  en: enClauses as ClausesData,
  sv: svClauses as ClausesData,
  da: daClauses as ClausesData,
  nb: nbClauses as ClausesData,
  fi: fiClauses as ClausesData,
};
