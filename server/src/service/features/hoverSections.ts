import type { ExplanationData } from '../../data';
import { formatReference, officialLinks, parseCanonical, provisionKeys, type Citable } from './cite';
import { actInfo } from './vocabulary';
import { actExplanation, actTitle, articleExplanation, articleTitle, label, recitalExplanation, term, termsOf } from './explain';

/**
 * The Markdown of one hover section. Citations, official titles and links follow the document's language
 * (`doc`); explanations and labels follow the reader's (`reader`), in English with a note when the reader's
 * language has none. Kept short: a heading, a few labelled paragraphs, the links.
 */

/** How many articles of a range ("Articles 15 to 22") are listed by title. */
const RANGE_LIST = 12;

export function referenceSection(ref: Citable, doc: string, reader: string): string {
  if (ref.act !== 'gdpr') return otherActSection(ref, doc, reader);
  if (ref.kind === 'recital') return recitalSection(ref, doc, reader);
  if (ref.to) return rangeSection(ref, doc, reader);
  return articleSection(ref, doc, reader);
}

function articleSection(ref: Citable, doc: string, reader: string): string {
  const lines = [heading(ref, doc, reader)];
  const explained = articleExplanation(reader, ref.article);
  if (!explained) lines.push(`_${label(reader, 'noExplanation')}_`);
  else {
    const ex = explained.value;
    lines.push(ex.summary ?? '');
    lines.push(...detail(ex, ref, reader));
    if (ex.notice) lines.push(`**${label(reader, 'notice')}:** ${ex.notice}`);
    // The mistakes are about the article as a whole; a reference to one point is read for that point.
    if (ex.mistakes && ref.paragraph === undefined && ref.point === undefined) lines.push(`**${label(reader, 'mistakes')}:** ${ex.mistakes}`);
    if (explained.fallback) lines.push(`_${label(reader, 'fallback')}_`);
  }
  lines.push(links(ref, doc, reader));
  return lines.join('\n\n');
}

/** The paragraph and point the reference names, when we explain them. */
function detail(ex: ExplanationData, ref: Citable, reader: string): string[] {
  const lines: string[] = [];
  if (ref.paragraph !== undefined && ex.paragraphs?.[String(ref.paragraph)]) {
    lines.push(`**${label(reader, 'paragraph', { p: String(ref.paragraph) })}:** ${ex.paragraphs[String(ref.paragraph)]}`);
  }
  const point = ref.point !== undefined ? ex.points?.[`${ref.paragraph ?? ''}(${ref.point})`] : undefined;
  if (point) lines.push(`**${label(reader, 'point', { q: ref.point! })}:** ${point}`);
  return lines;
}

function rangeSection(ref: Citable, doc: string, reader: string): string {
  const lines = [`**${formatReference(ref, doc)}**`];
  const items: string[] = [];
  for (let n = ref.article; n <= ref.to! && items.length < RANGE_LIST; n++) {
    items.push(`- ${formatReference({ act: 'gdpr', kind: 'article', article: n }, doc)} · ${articleTitle(doc, n) ?? ''}`);
  }
  if (ref.to! - ref.article + 1 > RANGE_LIST) items.push('- …');
  lines.push(items.join('\n'), links(ref, doc, reader));
  return lines.join('\n\n');
}

function recitalSection(ref: Citable, doc: string, reader: string): string {
  const lines = [`**${formatReference(ref, doc)}**`];
  const explained = recitalExplanation(reader, ref.article);
  lines.push(explained ? explained.value.summary ?? '' : `_${label(reader, 'noExplanation')}_`);
  if (explained?.fallback) lines.push(`_${label(reader, 'fallback')}_`);
  lines.push(links(ref, doc, reader));
  return lines.join('\n\n');
}

function otherActSection(ref: Citable, doc: string, reader: string): string {
  const title = actTitle(ref.act, doc);
  const lines = [`**${formatReference(ref, doc)}**${title ? ` · ${title}` : ''}`];
  const key = ref.kind === 'article' ? provisionKeys(ref).find((k) => actInfo(ref.act)?.provisions?.[k]) : undefined;
  const explained = actExplanation(ref.act, key, reader);
  lines.push(explained ? explained.value : `_${label(reader, 'noExplanation')}_`);
  if (explained?.fallback) lines.push(`_${label(reader, 'fallback')}_`);
  lines.push(links(ref, doc, reader));
  return lines.join('\n\n');
}

export function termSection(id: string, doc: string, reader: string): string | null {
  const written = termsOf(doc).find((t) => t.id === id);
  const explained = term(reader, id);
  if (!written || !explained) return null;
  const other = explained.value.label !== written.label && reader !== doc ? ` · *${explained.value.label}*` : '';
  const lines = [`**${written.label}**${other}`, explained.value.explanation];
  if (explained.fallback) lines.push(`_${label(reader, 'fallback')}_`);
  const ref = parseCanonical(written.article)[0];
  if (ref) {
    const title = articleTitle(doc, ref.article);
    const cite = `[${formatReference(ref, doc)}](${officialLinks(ref, [doc])[0]?.url ?? ''})`;
    lines.push(`${label(reader, 'definedIn', { ref: cite })}${title ? ` · ${title}` : ''}`);
  }
  return lines.join('\n\n');
}

/** The heading of an article: its citation and official title in the document's language, and the reader's title. */
function heading(ref: Citable, doc: string, reader: string): string {
  const title = articleTitle(doc, ref.article);
  const readerTitle = reader !== doc ? articleTitle(reader, ref.article) : undefined;
  const translated = readerTitle && readerTitle !== title ? `  \n*${readerTitle}*` : '';
  return `**${formatReference(ref, doc)}**${title ? ` · ${title}` : ''}${translated}`;
}

export function links(ref: Citable, doc: string, reader: string): string {
  return officialLinks(ref, [doc, reader])
    .map((l) => `[${l.label}](${l.url})`)
    .join(' · ');
}
