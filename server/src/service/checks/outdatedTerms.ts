import { authorityData, outdatedData, type OutdatedItem } from '../../data';
import { message } from '../messages';
import { TermMatcher } from './terms';
import { mentionedRegions } from './regions';
import type { Check, CheckFinding } from './types';

/** Former authority names that laws.json does not list already, as outdated items of their own. */
function formerAuthorityNames(): OutdatedItem[] {
  const listed = new Set(outdatedData.outdated.flatMap((o) => o.terms.map((t) => t.replace(/^=/, '').toLowerCase())));
  return authorityData.authorities.flatMap((authority) =>
    authority.formerNames
      .filter((former) => !listed.has(former.name.toLowerCase()))
      .map((former): OutdatedItem => ({
        id: `${authority.id}-former-${former.name.toLowerCase().replace(/\W+/g, '-')}`,
        kind: 'authority',
        country: authority.country,
        terms: [former.name],
        invalidSince: former.until,
        replacedBy: authority.names,
        source: former.source,
        exceptUnder: null,
      })),
  );
}

const items = [...outdatedData.outdated, ...formerAuthorityNames()].map((item) => ({ item, matcher: new TermMatcher(item.terms) }));

/**
 * Outdated laws, authority names and transfer mechanisms (data/common/laws.json, each with the date it stopped
 * applying and its source): the repealed Swedish personuppgiftslagen, "Datainspektionen" for IMY, Directive
 * 95/46/EC, Safe Harbor, the Privacy Shield, the pre-2021 standard contractual clauses, … An item can be
 * excepted for a region (Åland's authority is still called Datainspektionen).
 */
export const outdatedTerms: Check = {
  code: 'outdated-term',
  defaultSeverity: 'warning',
  run({ read, messagesLanguage, country }) {
    const regions = mentionedRegions(read.doc);
    const findings: CheckFinding[] = [];
    for (const { item, matcher } of items) {
      if (item.exceptUnder?.region && regions.has(item.exceptUnder.region)) continue;
      if (item.exceptUnder?.country && item.exceptUnder.country === country) continue;
      for (const match of matcher.findIn(read.doc)) {
        const replacement = item.replacedBy[read.language] ?? item.replacedBy[messagesLanguage] ?? item.replacedBy.en;
        const note = item.note?.[messagesLanguage] ?? item.note?.en ?? '';
        const dropIn = dropInFor(item.fix, match.text);
        findings.push({
          code: 'outdated-term',
          message: message(messagesLanguage, 'outdatedTerm', { text: match.text, since: item.invalidSince, note, replacement }),
          span: { start: match.start, end: match.end },
          related: [],
          // The quick-fix replaces the term itself, so it needs a drop-in term, not the description.
          data: { kind: 'outdated-term', id: item.id, term: match.text, replacement: dropIn, source: item.source },
        });
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

/** The drop-in replacement for a matched term: exact, then case-insensitive (and "=" case-sensitive keys). */
function dropInFor(fix: Record<string, string> | undefined, term: string): string | null {
  if (!fix) return null;
  if (fix[term] ?? fix[`=${term}`]) return fix[term] ?? fix[`=${term}`];
  const key = Object.keys(fix).find((k) => !k.startsWith('=') && k.toLowerCase() === term.toLowerCase());
  return key ? fix[key] : null;
}
