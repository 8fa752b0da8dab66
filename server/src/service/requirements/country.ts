import { countryData } from '../../data';
import { findEntities } from '../text/entities';
import { sliceOf, TextMemo } from '../text/memo';
import { matchesOf } from '../text/matches';
import type { Span } from '../types';

export interface CountryGuess {
  country: string | null;
  /** The places that point to it (an org. no., a phone number, a domain). */
  evidence: Span[];
}

interface Signal {
  country: string;
  weight: number;
  span: Span;
}

// Each pattern starts with its own text, not with a look-behind: a pattern that starts with a look-behind is tried
// at every position, one that starts with letters is searched for quickly. What must not come before a match
// (a letter or digit, glueing it to another word) is checked on the character before it (`before`).
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const LETTER = /\p{L}/u;
const orgIdPatterns = Object.entries(countryData.countries).flatMap(([country, data]) =>
  data.orgId.map((source) => ({ country, pattern: new RegExp(`(?:${source})(?![\\p{L}\\d])`, 'giu'), before: notAfter(LETTER_OR_DIGIT) })),
);
const hintPatterns = Object.entries(countryData.countries)
  .filter(([, data]) => data.hints.length > 0)
  .map(([country, data]) => ({ country, pattern: new RegExp(`(?:${data.hints.join('|')})(?![\\p{L}\\d])`, 'gu'), before: notAfter(LETTER_OR_DIGIT) }));
const namePatterns = Object.entries(countryData.countries).map(([country, data]) => ({
  country,
  pattern: new RegExp(`(?:${data.names.map(escape).join('|')})(?![\\p{L}])`, 'gu'),
  before: notAfter(LETTER),
}));
const formPatterns = Object.entries(countryData.countries)
  .filter(([, data]) => data.companyForms.length > 0)
  .map(([country, data]) => ({
    country,
    pattern: new RegExp(`(?:${data.companyForms.map(escape).join('|')})(?![\\p{L}\\d/])`, 'gu'),
    // A form follows a name ("Visir Solutions AB"): a letter, digit, dot or parenthesis, then one space.
    before: (text: string, at: number) => at >= 2 && /\s/.test(text[at - 1]) && /[\p{L}\d.)]/u.test(text[at - 2]),
  }));

/** A `before` test: the match does not follow a character of this class. */
function notAfter(glue: RegExp): (text: string, at: number) => boolean {
  return (text, at) => at === 0 || !glue.test(text[at - 1]);
}

/** The matches of a pattern whose preceding character passes `before`. */
function scan(text: string, { pattern, before }: { pattern: RegExp; before: (text: string, at: number) => boolean }): RegExpExecArray[] {
  return matchesOf(pattern, text).filter((m) => before(text, m.index));
}

const byPhone = Object.entries(countryData.countries)
  .map(([country, data]) => ({ country, prefix: data.phone }))
  .sort((a, b) => b.prefix.length - a.prefix.length);
const byTld = new Map(Object.entries(countryData.countries).flatMap(([country, data]) => data.tlds.map((tld) => [tld, country] as const)));

/**
 * Infers the controller's country from registration numbers (org. nr, CVR, Y-tunnus, HRB, SIREN…), phone
 * prefixes, the domains of e-mail addresses and web sites, company forms used in one country only (AB, ApS, Oy),
 * country names and, weakest, the document's language, each weighted (data/common/countries.json), and national laws, authorities and registers. Signals in the first and last fifth of the text, where controllers introduce themselves
 * and sign off, count double.
 */
export function inferCountry(view: string, language: string | undefined, blocks: readonly Span[]): CountryGuess {
  const weights = countryData.weights;
  const text = view.length > 2_000_000 ? view.slice(0, 2_000_000) : view;
  const signals: Signal[] = [];
  // A signal never crosses a block (a paragraph, item or row): each block's are remembered by its text.
  for (const block of blocks) {
    if (block.start >= text.length) break;
    const part = sliceOf(text, block.start, Math.min(block.end, text.length));
    let found = rememberedSignals.get(part);
    if (!found) rememberedSignals.set(part, (found = signalsIn(part)));
    for (const s of found) signals.push({ ...s, span: { start: s.span.start + block.start, end: s.span.end + block.start } });
  }
  for (const [country, data] of Object.entries(countryData.countries)) {
    if (language && data.languages.includes(language)) signals.push({ country, weight: weights.language, span: { start: -1, end: -1 } });
  }
  const totals = new Map<string, number>();
  const edge = text.length / 5;
  for (const s of signals) {
    const atEdge = s.span.start >= 0 && (s.span.start < edge || s.span.start > text.length - edge);
    totals.set(s.country, (totals.get(s.country) ?? 0) + s.weight * (atEdge ? 2 : 1));
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [country, score] of totals) {
    if (score > bestScore) {
      best = country;
      bestScore = score;
    }
  }
  // A lone country name is too weak: "servers in Germany" says nothing about the controller.
  if (bestScore < weights.tld) best = null;
  return { country: best, evidence: best ? signals.filter((s) => s.country === best && s.span.start >= 0).map((s) => s.span) : [] };
}

const rememberedSignals = new TextMemo<Signal[]>(20_000, 2_000_000);

/** The signals in one stretch of text, with spans relative to it. */
function signalsIn(text: string): Signal[] {
  const weights = countryData.weights;
  const signals: Signal[] = [];
  for (const [patterns, weight] of [[orgIdPatterns, weights.orgId], [hintPatterns, weights.hint], [namePatterns, weights.name], [formPatterns, weights.companyForm]] as const) {
    for (const p of patterns) for (const m of scan(text, p)) signals.push({ country: p.country, weight, span: spanOf(m) });
  }
  for (const entity of findEntities(text, 0, text.length)) {
    const span = { start: entity.start, end: entity.end };
    if (entity.kind === '#phone') {
      const digits = entity.text.replace(/[^\d+]/g, '');
      const match = byPhone.find((p) => digits.startsWith(p.prefix));
      if (match) signals.push({ country: match.country, weight: weights.phone, span });
    } else {
      const host = entity.kind === '#email' ? entity.text.split('@')[1] : entity.text.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0];
      const tld = host?.toLowerCase().split('.').pop();
      const country = tld ? byTld.get(tld) : undefined;
      if (country) signals.push({ country, weight: weights.tld, span });
    }
  }
  return signals;
}

function spanOf(m: RegExpMatchArray): Span {
  return { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
