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
import deClauses from './de/clauses.json';
import frClauses from './fr/clauses.json';
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
  de: deClauses as ClausesData,
  fr: frClauses as ClausesData,
};

// ── Hover knowledge (issue #5): GDPR articles and terms, citation vocabulary, other acts. ──
import enArticles from './en/articles.json';
import svArticles from './sv/articles.json';
import daArticles from './da/articles.json';
import nbArticles from './nb/articles.json';
import fiArticles from './fi/articles.json';
import deArticles from './de/articles.json';
import frArticles from './fr/articles.json';
import enTerms from './en/terms.json';
import svTerms from './sv/terms.json';
import daTerms from './da/terms.json';
import nbTerms from './nb/terms.json';
import fiTerms from './fi/terms.json';
import deTerms from './de/terms.json';
import frTerms from './fr/terms.json';
import enCitations from './en/citations.json';
import svCitations from './sv/citations.json';
import daCitations from './da/citations.json';
import nbCitations from './nb/citations.json';
import fiCitations from './fi/citations.json';
import deCitations from './de/citations.json';
import frCitations from './fr/citations.json';
import acts from './common/acts.json';

/** Our explanation of an article or recital (docs/hover-data.md); every field may be missing. */
export interface ExplanationData {
  summary?: string;
  notice?: string;
  mistakes?: string;
  /** By paragraph number ("1"). */
  paragraphs?: Record<string, string>;
  /** By paragraph and point ("1(f)"). */
  points?: Record<string, string>;
}

export interface ArticlesData {
  language: string;
  act: { name: string; short: string; celex: string };
  /** By article number ("13"): the official title, and our explanation where we have one. */
  articles: Record<string, { title: string; chapter?: string; explanation?: ExplanationData }>;
  recitals?: Record<string, { explanation?: ExplanationData }>;
}

export interface TermData {
  id: string;
  /** Lexicon word patterns (see service/lexicon/types.ts). */
  forms: string[];
  label: string;
  /** The defining article in canonical notation ("4(7)", "46(2)(c)"). */
  article: string;
  explanation: string;
}

export interface TermsData {
  language: string;
  terms: TermData[];
}

/** How a language cites provisions (data/<lang>/citations.json; the schema is in en/citations.json's $comment). */
export interface CitationsData {
  language: string;
  /** Roman paragraph numbers after the article ("Art. 6 I lit. f"). */
  roman?: boolean;
  words: Record<
    | 'article' | 'articleAfter' | 'recital' | 'recitalLead' | 'recitalAfter' | 'paragraph' | 'paragraphAfter' | 'point' | 'pointAfter'
    | 'section' | 'sectionAfter' | 'chapterAfter' | 'skip' | 'number' | 'range' | 'list' | 'connector' | 'foreign'
    /** One-letter words of the language ("a", "i") that are a point letter only where nothing but a citation follows. */
    | 'letterWords',
    string[]
  >;
  /** This language's names of the GDPR and the ePrivacy Directive, by act id. */
  acts: Record<string, string[]>;
  /** Templates that write a reference in this language ({n}, {p}, {q}, {to}, {c}, {act}); `act` names the EU acts. */
  format: { act: Record<string, string> } & Record<
    'article' | 'paragraph' | 'point' | 'pointOnly' | 'definition' | 'range' | 'recital' | 'section' | 'chapterSection',
    string
  >;
  /** EUR-Lex's language codes for this language; `national`: where the GDPR is published as national law (Norway). */
  eurLex: { eli: string; code: string; national?: { label: string; url: string } };
  /** The hover's words for a reader of this language. */
  labels: Record<string, string>;
}

/** An act other than the GDPR's articles, or the GDPR's language-neutral names (common/acts.json). */
export interface ActData {
  id: string;
  country: string | null;
  names: string[];
  /** How a hover names it in a reference ("TDDDG"); the EU acts use each language's format.act. */
  cite?: string;
  /** What the act's provisions are called: sections ("§ 25", the default for national acts) or articles. */
  unit?: 'section' | 'article';
  url: string;
  sectionUrl?: string;
  maxArticle?: number;
  maxRecital?: number;
  title?: Record<string, string>;
  summary?: Record<string, string>;
  /** Our explanation of single provisions, keyed "5(3)", "25" or "chapter:section" ("9:28"), by language. */
  provisions?: Record<string, Record<string, string>>;
}

export interface HoverPack {
  articles: ArticlesData;
  terms: TermsData;
  citations: CitationsData;
}

/** Articles, terms and citation vocabulary per language, for hovers, links and completion. */
export const hoverPacks: Record<string, HoverPack> = {
  en: { articles: enArticles as ArticlesData, terms: enTerms as TermsData, citations: enCitations as CitationsData },
  sv: { articles: svArticles as ArticlesData, terms: svTerms as TermsData, citations: svCitations as CitationsData },
  da: { articles: daArticles as ArticlesData, terms: daTerms as TermsData, citations: daCitations as CitationsData },
  nb: { articles: nbArticles as ArticlesData, terms: nbTerms as TermsData, citations: nbCitations as CitationsData },
  fi: { articles: fiArticles as ArticlesData, terms: fiTerms as TermsData, citations: fiCitations as CitationsData },
  de: { articles: deArticles as ArticlesData, terms: deTerms as TermsData, citations: deCitations as CitationsData },
  fr: { articles: frArticles as ArticlesData, terms: frTerms as TermsData, citations: frCitations as CitationsData },
};

/** The ePrivacy Directive, national acts, and the GDPR's language-neutral names. */
export const actData = acts as unknown as { acts: ActData[] };
