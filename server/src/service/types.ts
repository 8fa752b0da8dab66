/**
 * The plain data that the analysis core takes and returns. Nothing here knows about LSP or VS Code:
 * offsets are UTF-16 code unit offsets into the text that was analysed, and `LineIndex` turns them into
 * the 0-based line/character positions that LSP and the CLI's JSON use.
 */

export type Format = 'markdown' | 'plaintext' | 'html';
export type Status = 'present' | 'missing' | 'not-applicable';
export type Kind = 'core' | 'conditional' | 'recommended';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A half-open range [start, end) of offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface AnalyzeOptions {
  /** How to read the text; guessed from `fileName` when absent, else Markdown. */
  format?: Format;
  /** Used to guess the format from the extension; never read from disk. */
  fileName?: string;
  /** A language code ("sv") or "auto" (the default): detect it from the text. */
  language?: string;
  /** The language of diagnostic messages; defaults to the document's language. */
  messagesLanguage?: string;
  /** Severity per finding code (requirement id or check code); "off" hides it. */
  severity?: Record<string, SeveritySetting>;
  /** Readability limits: words per sentence, and the score threshold per language (see each language.json). */
  readability?: { maxSentenceWords?: number; thresholds?: Record<string, number> };
  /** A "last updated" date older than this many years is reported (default 2). */
  maxPolicyAgeYears?: number;
  /** Today's date (YYYY-MM-DD) for the date check; defaults to the clock. Tests pin it. */
  today?: string;
  /** The controller's country (ISO 3166-1 alpha-2) when declared: overrides the one the text shows. */
  country?: string;
  /** Facts declared by the author (e.g. in `.gdpr-lens.json`): they decide conditionals and pre-fill fixes. */
  facts?: DeclaredFacts;
}

export interface DeclaredFacts {
  controllerName?: string;
  /** ISO 3166-1 alpha-2; `country` in the options wins over it. */
  country?: string;
  hasDpo?: boolean;
  usesConsent?: boolean;
  usesLegitimateInterest?: boolean;
}

export interface RequirementResult {
  id: string;
  /** The kind in the vocabulary. */
  kind: Kind;
  /** The kind in force for this document: a triggered conditional, or a "becomes core" recommendation, is core. */
  effectiveKind: Kind;
  article: string;
  status: Status;
  /** Where the text satisfies the requirement (sentences, list items, table rows). */
  evidence: Span[];
  /** For conditional requirements: where the text makes them apply. */
  trigger: Span[];
}

export interface RelatedSpan {
  span: Span;
  message: string;
}

export interface Finding {
  /** The requirement id or reviewer-check code; the diagnostic's `code`. */
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  related: RelatedSpan[];
  /** What a quick-fix needs, so code actions need no state. */
  data?: Record<string, unknown>;
}

export interface AnalysisResult {
  format: Format;
  /** The document's main language. */
  language: string;
  /** How the language was decided. */
  languageSource: 'detected' | 'option' | 'front-matter' | 'default';
  /** ISO 3166-1 alpha-2 of the controller's country, when the text shows it. */
  country: string | null;
  requirements: RequirementResult[];
  findings: Finding[];
  /** The document's sections, for outlines, folding and section lenses. */
  sections: OutlineSection[];
}

/** A section of the document: its heading and everything under it. */
export interface OutlineSection {
  /** The heading's text, without markup. */
  title: string;
  /** 1 = title; deeper headings have higher levels. */
  level: number;
  /** Index of the enclosing section in the same list, or -1. */
  parent: number;
  heading: Span;
  /** From the heading to the end of the section's last block, subsections included. */
  span: Span;
  /** The end of the section's own text, before its first subsection. */
  ownEnd: number;
}
