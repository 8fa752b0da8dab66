import { authorityData } from '../../data';
import { analyzeInternal, type Analysis } from '../analyze';
import { requirementInfo } from '../requirements/evaluate';
import { message } from '../messages';
import { toSourceSpan } from '../document';
import type { AnalyzeOptions, Finding, Span } from '../types';
import { clauseFor, clausesOf, renderClause } from './clauses';
import { type Facts } from './facts'; import { extractFacts } from '../declared'; // declared facts over the text's
import { insertAfterTitle, insertItemAfter, insertParagraphAfter, insertSection, sectionWith, type Insertion } from './placement';

/**
 * Quick-fixes: text for what is missing, in the document's language and style, reusing what the document already
 * says (the controller's name, its e-mail, its supervisory authority) and leaving explicit placeholders for the
 * rest. A fix only inserts text, or replaces exactly the outdated term a finding names.
 */

/** An edit of the source text: replace [start, end) with newText (start === end inserts). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  /** The finding code the fix resolves. */
  code: string;
  edits: TextEdit[];
  preferred: boolean;
}

const RIGHTS = ['right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-object'];

/** The fixes for one finding of `text` (a finding as `analyze` returned it, with source offsets). */
export function fixesFor(text: string, finding: Finding, options: AnalyzeOptions = {}): Fix[] {
  const analysis = analyzeInternal(text, options);
  const data = finding.data ?? {};
  const context = { analysis, facts: extractFacts(analysis.read, analysis.country), today: today(options) };
  switch (data.kind) {
    case 'missing-requirement': {
      const fix = requirementFix(context, String(data.requirement));
      return fix ? [fix] : [];
    }
    case 'outdated-term':
    case 'authority-country': {
      const replacement = data.kind === 'authority-country' ? authorityName(String(data.authority ?? ''), analysis.read.language) : String(data.replacement ?? '');
      if (!replacement) return [];
      const old = text.slice(finding.span.start, finding.span.end);
      return [{
        title: message(analysis.messagesLanguage, 'fixReplace', { old, new: replacement }),
        code: finding.code,
        edits: [{ start: finding.span.start, end: finding.span.end, newText: replacement }],
        preferred: true,
      }];
    }
    case 'complaint-no-authority':
    case 'transfer-without-safeguard': {
      const requirement = data.kind === 'complaint-no-authority' ? 'right-complaint' : 'transfer-safeguards';
      const fix = sentenceAfter(context, finding.span, requirement);
      return fix ? [{ ...fix, code: finding.code }] : [];
    }
    default:
      return [];
  }
}

interface FixContext {
  analysis: Analysis;
  facts: Facts;
  today: Date;
}

/** Text and placement for a missing requirement. */
function requirementFix(context: FixContext, requirement: string): Fix | null {
  const { analysis, facts, today } = context;
  const { read } = analysis;
  const language = clausesOf(read.language).language;
  const clause = clauseFor(language, requirement);
  if (!clause) return null;
  const lines = renderClause(clause.body, language, facts, today).split('\n');
  const title = (insertion: Insertion, key: string, values: Record<string, string>): Fix => ({
    title: message(analysis.messagesLanguage, key, values),
    code: requirement,
    edits: [{ start: insertion.at, end: insertion.at, newText: insertion.text }],
    preferred: true,
  });

  if (RIGHTS.includes(requirement) && clause.requirements.length > 1) {
    const item = lines[clause.requirements.indexOf(requirement) + 1]?.replace(/^-\s*/, '').replace(/[,.;]\s*$/, '');
    const list = rightsList(analysis);
    if (item && list) return title(insertItemAfter(read, list, item), 'fixInsertItem', { text: item });
    const prose = lastRightBlock(analysis);
    if (item && prose) {
      const sentence = `${lines[0].replace(/:\s*$/, '')} ${item}.`;
      return title(insertParagraphAfter(read, prose, sentence), 'fixInsertSentence', { text: sentence });
    }
  }
  if (requirement === 'policy-date') return title(insertAfterTitle(read, lines.join(' ')), 'fixInsertSentence', { text: lines.join(' ') });
  const anchors = requirementInfo(requirement)?.anchor ?? [];
  const after = sectionWith(read, anchors);
  const before = after < 0 ? sectionWith(read, ['CONTACT']) : -1;
  return title(insertSection(read, clause.title, lines, after, before), 'fixInsertSection', { title: clause.title });
}

/** A paragraph with the clause for `requirement`, right after the block that holds `span`. */
function sentenceAfter(context: FixContext, span: Span, requirement: string): Omit<Fix, 'code'> | null {
  const { analysis, facts, today } = context;
  const { read } = analysis;
  const language = clausesOf(read.language).language;
  const clause = clauseFor(language, requirement);
  const block = read.doc.blocks.find((b) => {
    const source = toSourceSpan(read.doc, { start: b.start, end: b.end });
    return source.start <= span.start && span.start < source.end;
  });
  if (!clause || !block) return null;
  const text = renderClause(clause.body, language, facts, today).split('\n').join(' ');
  const insertion = insertParagraphAfter(read, block, text);
  return {
    title: message(analysis.messagesLanguage, 'fixInsertSentence', { text: clause.title }),
    edits: [{ start: insertion.at, end: insertion.at, newText: insertion.text }],
    preferred: true,
  };
}

/** The last item of the list that holds the rights (items whose heading or lead-in speaks of rights). */
function rightsList(analysis: Analysis) {
  const { doc, blockContext } = analysis.read;
  const evidence = new Set(RIGHTS.flatMap((id) => analysis.requirements.find((r) => r.id === id)?.evidence ?? []).map((s) => s.start));
  let best = -1;
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'item' || !blockContext[i].has('RIGHT')) return;
    const holdsRight = doc.sentences.some((s) => s.block === i && evidence.has(s.start));
    const next = doc.blocks[i + 1];
    const endsList = !next || next.kind !== 'item' || next.level < block.level;
    if (holdsRight && endsList) best = i;
    else if (holdsRight && best < 0) best = i;
  });
  if (best < 0) return null;
  // Walk to the end of that list, staying at the same depth.
  let last = best;
  while (doc.blocks[last + 1]?.kind === 'item' && doc.blocks[last + 1].level >= doc.blocks[best].level) last++;
  while (doc.blocks[last].level > doc.blocks[best].level) last--;
  return doc.blocks[last];
}

/** The block of the last sentence that states a right, for rights written as prose. */
function lastRightBlock(analysis: Analysis) {
  const { doc } = analysis.read;
  const starts = RIGHTS.flatMap((id) => analysis.requirements.find((r) => r.id === id)?.evidence ?? []).map((s) => s.start);
  if (!starts.length) return null;
  const last = Math.max(...starts);
  const sentence = doc.sentences.find((s) => s.start === last);
  return sentence ? doc.blocks[sentence.block] : null;
}

function authorityName(id: string, language: string): string {
  const authority = authorityData.authorities.find((a) => a.id === id);
  if (!authority) return '';
  const name = authority.names[language] ?? Object.values(authority.names)[0];
  return authority.abbreviations[0] ? `${name} (${authority.abbreviations[0]})` : name;
}

function today(options: AnalyzeOptions): Date {
  return options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
}

/** The requirements "Insert all missing sections" fills: every one in force as core, and a date and the statutory statement. */
function wanted(analysis: Analysis): string[] {
  return analysis.requirements
    .filter((r) => r.status === 'missing' && (r.effectiveKind === 'core' || r.id === 'policy-date' || r.id === 'statutory-requirement'))
    .map((r) => r.id);
}

/**
 * "Insert all missing sections": applies the fix of each missing requirement in turn, re-reading the document
 * after each (a right added to a list just inserted goes into that list), and returns the whole change as
 * insertions into the original text.
 */
export function insertAllMissing(text: string, options: AnalyzeOptions = {}): { title: string; edits: TextEdit[] } {
  let current = text;
  const inserts: { at: number; text: string }[] = [];
  const tried = new Set<string>();
  let analysis = analyzeInternal(current, options);
  const title = message(analysis.messagesLanguage, 'fixInsertAll', {});
  for (let round = 0; round < 40; round++) {
    const next = wanted(analysis).find((id) => !tried.has(id));
    if (!next) break;
    tried.add(next);
    const fix = requirementFix({ analysis, facts: extractFacts(analysis.read, analysis.country), today: today(options) }, next);
    if (!fix) continue;
    for (const edit of fix.edits) {
      mapInsert(inserts, edit.start, edit.newText);
      current = current.slice(0, edit.start) + edit.newText + current.slice(edit.end);
    }
    analysis = analyzeInternal(current, options);
  }
  return { title, edits: inserts.map((i) => ({ start: i.at, end: i.at, newText: i.text })) };
}

/**
 * Records an insertion made at `at` in the current text as an insertion into the original: inside an earlier
 * insertion it is spliced into that one's text; elsewhere it moves back by the length inserted before it.
 */
function mapInsert(inserts: { at: number; text: string }[], at: number, text: string): void {
  inserts.sort((a, b) => a.at - b.at);
  let shift = 0;
  for (const piece of inserts) {
    const start = piece.at + shift;
    // At the very start of an earlier insertion, the new text comes before it, at the same original offset.
    if (at <= start) break;
    if (at <= start + piece.text.length) {
      piece.text = piece.text.slice(0, at - start) + text + piece.text.slice(at - start);
      return;
    }
    shift += piece.text.length;
  }
  const original = at - shift;
  const same = inserts.find((p) => p.at === original);
  if (same) same.text = text + same.text;
  else inserts.push({ at: original, text });
}
