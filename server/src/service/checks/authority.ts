import type { PolicyDocument } from '../document/model';
import { authorityData, type AuthorityData } from '../../data';
import { message } from '../messages';
import { TermMatcher } from './terms';
import { mentionedRegions } from './regions';
import type { Check, CheckContext, CheckFinding } from './types';

/**
 * The supervisory authority (data/common/authorities.json: every EU/EEA authority with its current and former
 * names and its web site):
 * - `complaint-no-authority`: the complaint right is stated but no authority is named;
 * - `authority-country`: the authorities named are not the one of the controller's country.
 * An authority called by a former name is an `outdated-term` (see outdatedTerms.ts, which reads the former names).
 */
interface Mention {
  start: number;
  end: number;
  text: string;
  authority: AuthorityData;
  former?: { name: string; until: string; source: string };
}

const current = new Map<string, AuthorityData[]>();
const former = new Map<string, { authority: AuthorityData; name: string; until: string; source: string }[]>();
for (const authority of authorityData.authorities) {
  for (const name of Object.values(authority.names)) add(current, name.toLowerCase(), authority);
  for (const abbreviation of authority.abbreviations) add(current, `=${abbreviation}`, authority);
  for (const f of authority.formerNames) add(former, f.name.toLowerCase(), { authority, name: f.name, until: f.until, source: f.source });
}
// Abbreviations of two letters ("IP", Slovenia's) collide with ordinary words ("IP address"): three or more.
const matcher = new TermMatcher([...current.keys(), ...former.keys()].filter((k) => k.replace(/^=/, '').length >= 3), true);

/** The registered name behind a match that may carry a case ending ("Datatilsynets" → "datatilsynet"). */
function baseName(text: string): string {
  const lower = text.toLowerCase();
  for (let cut = 0; cut <= 6 && cut < lower.length; cut++) {
    const key = lower.slice(0, lower.length - cut);
    if (current.has(key) || former.has(key)) return key;
  }
  return lower;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** The authorities a document names, scanned once per document (several checks ask). */
const mentionCache = new WeakMap<object, Mention[]>();

function mentionsIn(read: CheckContext['read']): Mention[] {
  let found = mentionCache.get(read.doc);
  if (!found) {
    found = mentions(read.doc);
    mentionCache.set(read.doc, found);
  }
  return found;
}

function mentions(doc: PolicyDocument): Mention[] {
  const regions = mentionedRegions(doc);
  const out: Mention[] = [];
  for (const m of matcher.findIn(doc)) {
    const key = baseName(m.text);
    const now = current.get(key) ?? current.get(`=${m.text}`) ?? [];
    // A name that is current somewhere (Åland's Datainspektionen) counts as current where that region is mentioned.
    const here = now.find((a) => !a.region || regions.has(a.region)) ?? (regions.size ? now[0] : undefined);
    if (here) {
      out.push({ ...m, authority: here });
      continue;
    }
    const was = former.get(key)?.[0];
    if (was) out.push({ ...m, authority: was.authority, former: was });
  }
  return out;
}

function authorityOf(country: string, doc: PolicyDocument): AuthorityData | undefined {
  const regions = mentionedRegions(doc);
  const candidates = authorityData.authorities.filter((a) => a.country === country);
  // Several regional authorities (the German Länder): the competent one depends on where the controller sits.
  if (candidates.filter((a) => a.region).length > 1) return undefined;
  return candidates.find((a) => a.region && regions.has(a.region)) ?? candidates.find((a) => !a.region);
}

function describe(authority: AuthorityData, language: string): string {
  const name = authority.names[language] ?? Object.values(authority.names)[0];
  return `${name}${authority.abbreviations[0] ? ` (${authority.abbreviations[0]})` : ''}, ${authority.website}`;
}

function suggestion(context: CheckContext): { text: string; authority?: AuthorityData } {
  const authority = context.country ? authorityOf(context.country, context.read.doc) : undefined;
  return authority ? { text: describe(authority, context.read.language), authority } : { text: '' };
}

const complaintWithoutAuthority: Check = {
  code: 'complaint-no-authority',
  defaultSeverity: 'warning',
  run(context) {
    const complaint = context.requirements.get('right-complaint');
    if (complaint?.status !== 'present' || mentionsIn(context.read).length > 0) return [];
    const { text, authority } = suggestion(context);
    const finding: CheckFinding = {
      code: 'complaint-no-authority',
      message: message(context.messagesLanguage, text ? 'complaintNoAuthorityFor' : 'complaintNoAuthority', { authority: text }),
      span: complaint.evidence[0],
      related: [],
      data: { kind: 'complaint-no-authority', authority: authority?.id ?? null, text },
    };
    return [finding];
  },
};

const authorityOfAnotherCountry: Check = {
  code: 'authority-country',
  defaultSeverity: 'warning',
  run(context) {
    if (!context.country) return [];
    const named = mentionsIn(context.read).filter((m) => !m.former);
    if (named.length === 0 || named.some((m) => m.authority.country === context.country)) return [];
    const { text, authority } = suggestion(context);
    const first = named[0];
    return [{
      code: 'authority-country',
      message: message(context.messagesLanguage, 'authorityCountry', { text: first.text, country: context.country, authority: text }),
      span: { start: first.start, end: first.end },
      related: [],
      data: { kind: 'authority-country', authority: authority?.id ?? null, replacement: text },
    }];
  },
};

export const authorityChecks: Check[] = [complaintWithoutAuthority, authorityOfAnotherCountry];
