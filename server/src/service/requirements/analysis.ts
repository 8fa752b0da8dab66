import { completeDocument, formatOf, parseStructure, type PolicyDocument } from '../document';
import { LanguageIdentifier } from '../language/detect';
import { normalizeCode } from '../language/codes';
import { languagePacks } from '../../data';
import { lexiconFor, supportedLanguages } from '../lexicon/registry';
import { matchRemembered, type ConceptSet } from '../lexicon/match';
import { tokenizeBlocks, tokensIn, type Token } from '../text/tokenize';
import { TextMemo } from '../text/memo';
import type { AnalyzeOptions, Format } from '../types';

/**
 * A document read for meaning: its structure, its language(s), and the concepts every sentence and every
 * heading expresses. Requirements, checks and editor features all work from this one reading.
 */
export interface ReadDocument {
  doc: PolicyDocument;
  format: Format;
  language: string;
  languageSource: 'detected' | 'option' | 'front-matter' | 'default';
  /** Language of each block (differs from `language` in sections written in another language). */
  blockLanguage: string[];
  /** Concepts per sentence, index-aligned with doc.sentences. */
  sentenceConcepts: ConceptSet[];
  /** The words of each sentence, index-aligned with doc.sentences: the text is tokenized once, for every reader. */
  sentenceTokens: Token[][];
  /** Concepts expressed by each heading block (by block index). */
  headingConcepts: Map<number, Set<string>>;
  /** Concepts of each block's context: the headings above it and the paragraph that introduces its list. */
  blockContext: Set<string>[];
}

const identifier = new LanguageIdentifier(Object.values(languagePacks).map((p) => p.language));
/** A section must be at least this long, and this clearly in another language, to be read in it. */
const SECTION_MIN_WORDS = 6;
const SECTION_MIN_CONFIDENCE = 0.55;

export function readDocument(text: string, options: AnalyzeOptions = {}): ReadDocument {
  const format = options.format ?? formatOf(options.fileName);
  const parsed = parseStructure(text, format);
  // Words are read in the blocks only (not in markup between them), each block once while it is unchanged.
  const tokens = tokenizeBlocks(parsed.doc.view, parsed.doc.blocks);
  const { language, languageSource } = decideLanguage(tokens, options, parsed.settings);
  const doc = completeDocument(parsed.doc, language, abbreviationsOf(language));
  const blockLanguage = sectionLanguages(doc, tokens, language);

  const sentenceTokens = doc.sentences.map((s) => tokensIn(doc.view, tokens, s.start, s.end));
  const sentenceConcepts = doc.sentences.map((s, i) => matchRemembered(lexiconFor(blockLanguage[s.block]), doc.view, sentenceTokens[i], s.start, s.end));
  const blockConcepts: Set<string>[] = doc.blocks.map(() => new Set<string>());
  doc.sentences.forEach((s, i) => {
    for (const concept of sentenceConcepts[i].concepts()) blockConcepts[s.block].add(concept);
  });
  const headingConcepts = new Map<number, Set<string>>();
  doc.blocks.forEach((block, i) => {
    if (block.kind === 'heading') headingConcepts.set(i, blockConcepts[i]);
  });
  const sectionContext = doc.sections.map(() => new Set<string>());
  doc.sections.forEach((section, i) => {
    const context = sectionContext[i];
    if (section.parent >= 0) for (const c of sectionContext[section.parent]) context.add(c);
    if (section.heading >= 0) for (const c of blockConcepts[section.heading]) context.add(c);
  });
  const opening = openingSections(doc);
  const blockContext = doc.blocks.map((block) => {
    const context = new Set(sectionContext[block.section]);
    if (opening.has(block.section)) context.add(OPENING);
    if (block.kind === 'paragraph' && isShort(doc.view, block.start, block.end)) context.add(STANDALONE);
    if (block.leadIn !== undefined) for (const c of blockConcepts[block.leadIn]) context.add(c);
    return context;
  });
  return { doc, format, language, languageSource, blockLanguage, sentenceConcepts, sentenceTokens, headingConcepts, blockContext };
}

/** Context concept of the blocks at the top of the notice, before its first sub-section: its letterhead. */
export const OPENING = 'OPENING';
/** Context concept of a paragraph of a few words standing alone: a name line in a letterhead or signature. */
export const STANDALONE = 'STANDALONE';

function isShort(view: string, start: number, end: number): boolean {
  if (end - start > 80) return false;
  return view.slice(start, end).split(/\s+/).filter(Boolean).length <= 8;
}

/** The text before any heading, and the body of a title (level-1) heading that comes before the first sub-heading. */
function openingSections(doc: PolicyDocument): Set<number> {
  const opening = new Set<number>([0]);
  const first = doc.sections.findIndex((s, i) => i > 0 && s.level > 1);
  doc.sections.forEach((section, i) => {
    if (i > 0 && section.level <= 1 && (first < 0 || i < first)) opening.add(i);
  });
  return opening;
}

function decideLanguage(tokens: Token[], options: AnalyzeOptions, settings: Record<string, string>) {
  const wanted = (options.language ?? 'auto').toLowerCase();
  if (wanted !== 'auto' && supportedLanguages.includes(normalizeCode(wanted))) {
    return { language: normalizeCode(wanted), languageSource: 'option' as const };
  }
  const declared = settings['gdpr-lens-language'] ?? settings.language ?? settings.lang;
  if (declared && supportedLanguages.includes(normalizeCode(declared))) {
    return { language: normalizeCode(declared), languageSource: 'front-matter' as const };
  }
  const found = identifier.identifyTokens(tokens);
  if (found && found.evidence >= 1) return { language: found.language, languageSource: 'detected' as const };
  const htmlLang = settings['html-lang'];
  if (htmlLang && supportedLanguages.includes(normalizeCode(htmlLang))) {
    return { language: normalizeCode(htmlLang), languageSource: 'front-matter' as const };
  }
  return { language: 'en', languageSource: 'default' as const };
}

/** Section languages by section text (1 M characters of keys at most). */
const sectionLanguageMemo = new TextMemo<ReturnType<LanguageIdentifier['identifyTokens']>>(5_000, 1_000_000);

/** Reads each top-level section in its own language when it is clearly written in another one. */
function sectionLanguages(doc: PolicyDocument, tokens: Token[], language: string): string[] {
  const result = doc.blocks.map(() => language);
  const members: number[][] = doc.sections.map(() => []);
  doc.blocks.forEach((block, i) => members[block.section].push(i));
  members.forEach((blocks) => {
    if (blocks.length === 0) return;
    const from = doc.blocks[blocks[0]].start;
    const to = doc.blocks[blocks[blocks.length - 1]].end;
    // Words alone: a section is read in another language only on clear evidence, so letter sequences add nothing.
    // A section's language depends on its text alone: remembered, so an edit re-reads only the edited section.
    const text = doc.view.slice(from, to);
    let found = sectionLanguageMemo.get(text);
    if (found === undefined) {
      found = identifier.identifyTokens(tokensIn(doc.view, tokens, from, to), 2000, 0);
      sectionLanguageMemo.set(text, found);
    }
    if (found && found.language !== language && found.evidence >= SECTION_MIN_WORDS && found.confidence >= SECTION_MIN_CONFIDENCE) {
      for (const i of blocks) result[i] = found.language;
    }
  });
  return result;
}

const abbreviationCache = new Map<string, Set<string>>();

/** The language's abbreviations that never end a sentence ("z. B.", "Dr.", "M."), from its language.json. */
function abbreviationsOf(language: string): Set<string> {
  let set = abbreviationCache.get(language);
  if (!set) {
    set = new Set((languagePacks[language]?.language.abbreviations ?? []).map((a) => a.toLowerCase()));
    abbreviationCache.set(language, set);
  }
  return set;
}
