import { hoverPacks } from '../../data';
import { fill } from '../messages';
import { dataLanguage, label, languageName } from './explain';
import type { Reference } from './references';
import { actInfo } from './vocabulary';

export type Citable = Pick<Reference, 'act' | 'kind' | 'article' | 'paragraph' | 'point' | 'to' | 'chapter'>;

/** A reference written in a language's citation style ("Art. 6 Abs. 1 lit. f DSGVO", "Artikel 6.1 f dataskyddsförordningen"). */
export function formatReference(ref: Citable, language: string): string {
  const format = hoverPacks[dataLanguage(language)].citations.format;
  const info = actInfo(ref.act);
  const sections = info?.country && info.unit !== 'article';
  let template: string;
  if (ref.kind === 'recital') template = format.recital;
  else if (sections) template = ref.chapter ? format.chapterSection : format.section;
  else if (ref.to) template = format.range;
  else if (ref.paragraph !== undefined && ref.point) template = format.point;
  else if (ref.point) template = format.pointOnly;
  // Article 4's numbered items are definitions, which German cites as "Nr." and Finnish as "alakohta".
  else if (ref.paragraph !== undefined) template = ref.act === 'gdpr' && ref.article === 4 ? format.definition : format.paragraph;
  else template = format.article;
  const values = {
    n: String(ref.article),
    p: String(ref.paragraph ?? ''),
    q: ref.point ?? '',
    to: String(ref.to ?? ''),
    c: String(ref.chapter ?? ''),
    act: format.act[ref.act] ?? info?.cite ?? ref.act,
  };
  return fill(template, values).replace(/\s+/g, ' ').trim();
}

/** The canonical key of a provision, as data/common/acts.json and requirements write it ("5(3)", "9:28"). */
export function provisionKeys(ref: Citable): string[] {
  if (ref.chapter !== undefined) return [`${ref.chapter}:${ref.article}`];
  return ref.paragraph !== undefined ? [`${ref.article}(${ref.paragraph})`, String(ref.article)] : [String(ref.article)];
}

export interface OfficialLink {
  url: string;
  label: string;
}

/**
 * Where to read the act itself, in each of the given languages (document first, then reader), without
 * duplicates. EU acts link to EUR-Lex in that language (the ELI address for the GDPR: EUR-Lex's in-page
 * article anchors are not stable, so we give none); national acts to their official publisher, labelled in
 * `labelLanguage` (the reader's). Norway is not in
 * the EU: Norwegian links to the English EUR-Lex text and to Lovdata, where the GDPR is Norwegian law.
 */
export function officialLinks(ref: Pick<Citable, 'act' | 'article' | 'kind'>, languages: string[], labelLanguage = languages[languages.length - 1]): OfficialLink[] {
  const info = actInfo(ref.act);
  if (!info) return [];
  const links: OfficialLink[] = [];
  const add = (link: OfficialLink) => {
    if (!links.some((l) => l.url === link.url)) links.push(link);
  };
  for (const language of languages.map(dataLanguage)) {
    if (info.country) {
      const section = info.sectionUrl && ref.kind === 'article' && info.unit !== 'article' ? info.sectionUrl : undefined;
      const url = section ? fill(section, { n: String(ref.article) }) : info.url;
      add({ url, label: `${label(labelLanguage, 'officialText')} (${/^https?:\/\/(?:www\.)?([^/]+)/.exec(url)?.[1] ?? url})` });
      continue;
    }
    const eurLex = hoverPacks[language].citations.eurLex;
    const shown = eurLex.code.toLowerCase() === language ? language : 'en';
    add({ url: fill(info.url, { eli: eurLex.eli, code: eurLex.code }), label: `EUR-Lex (${languageName(shown)})` });
    if (eurLex.national && ref.act === 'gdpr') add({ url: eurLex.national.url, label: eurLex.national.label });
  }
  return links;
}

const CANONICAL = /^\s*(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?(?:\s*[–-]\s*(\d+))?\s*$/;

/** GDPR articles in our canonical notation, as requirements and terms write them ("13(1)(f), 44–49", "4(7)"). */
export function parseCanonical(text: string): Citable[] {
  const out: Citable[] = [];
  for (const part of text.split(',')) {
    const m = CANONICAL.exec(part);
    if (!m) continue;
    const ref: Citable = { act: 'gdpr', kind: 'article', article: Number(m[1]) };
    if (m[2]) ref.paragraph = Number(m[2]);
    if (m[3]) ref.point = m[3];
    if (m[4]) ref.to = Number(m[4]);
    out.push(ref);
  }
  return out;
}
