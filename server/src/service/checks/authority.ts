import { authorityData, outdatedData, type AuthorityData } from '../../data';
import { message } from '../messages';
import { TermMatcher } from './terms';
import { mentionedRegions } from './regions';
import type { Check, CheckContext, CheckFinding } from './types';

/**
 * The supervisory authority (data/common/authorities.json: every EU/EEA authority with its current and former
 * names and its web site):
 * - `complaint-no-authority`: the complaint right is stated but no authority is named;
 * - `authority-country`: the authorities named are not the one of the controller's country;
 * - `authority-former-name`: an authority is called by a name it no longer has (unless laws.json already
 *   reports that name, and except where the region explains it: Åland's authority is still Datainspektionen).
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
const termsOfLaws = new Set(outdatedData.outdated.flatMap((o) => o.terms.map((t) => t.replace(/^=/, '').toLowerCase())));
for (const authority of authorityData.authorities) {
  for (const name of Object.values(authority.names)) add(current, name.toLowerCase(), authority);
  for (const abbreviation of authority.abbreviations) add(current, `=${abbreviation}`, authority);
  for (const f of authority.formerNames) add(former, f.name.toLowerCase(), { authority, name: f.name, until: f.until, source: f.source });
}
// Abbreviations of two letters ("IP", Slovenia's) collide with ordinary words ("IP address"): three or more.
const matcher = new TermMatcher([...current.keys(), ...former.keys()].filter((k) => k.replace(/^=/, '').length >= 3));

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function mentions(view: string): Mention[] {
  const regions = mentionedRegions(view);
  const out: Mention[] = [];
  for (const m of matcher.find(view)) {
    const key = m.text.toLowerCase();
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

function authorityOf(country: string, view: string): AuthorityData | undefined {
  const regions = mentionedRegions(view);
  const candidates = authorityData.authorities.filter((a) => a.country === country);
  return candidates.find((a) => a.region && regions.has(a.region)) ?? candidates.find((a) => !a.region);
}

function describe(authority: AuthorityData, language: string): string {
  const name = authority.names[language] ?? Object.values(authority.names)[0];
  return `${name}${authority.abbreviations[0] ? ` (${authority.abbreviations[0]})` : ''}, ${authority.website}`;
}

function suggestion(context: CheckContext): { text: string; authority?: AuthorityData } {
  const authority = context.country ? authorityOf(context.country, context.read.doc.view) : undefined;
  return authority ? { text: describe(authority, context.read.language), authority } : { text: '' };
}

const complaintWithoutAuthority: Check = {
  code: 'complaint-no-authority',
  defaultSeverity: 'warning',
  run(context) {
    const complaint = context.requirements.get('right-complaint');
    if (complaint?.status !== 'present' || mentions(context.read.doc.view).length > 0) return [];
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
    const named = mentions(context.read.doc.view).filter((m) => !m.former);
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

const formerAuthorityName: Check = {
  code: 'authority-former-name',
  defaultSeverity: 'warning',
  run(context) {
    return mentions(context.read.doc.view)
      .filter((m) => m.former && !termsOfLaws.has(m.text.toLowerCase()))
      .map((m): CheckFinding => {
        const replacement = describe(m.authority, context.read.language);
        return {
          code: 'authority-former-name',
          message: message(context.messagesLanguage, 'authorityFormerName', { text: m.text, until: m.former!.until, replacement }),
          span: { start: m.start, end: m.end },
          related: [],
          data: { kind: 'authority-former-name', authority: m.authority.id, replacement: m.authority.names[context.read.language] ?? Object.values(m.authority.names)[0] },
        };
      });
  },
};

export const authorityChecks: Check[] = [complaintWithoutAuthority, authorityOfAnotherCountry, formerAuthorityName];
