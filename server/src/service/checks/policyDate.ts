import { languagePacks } from '../../data';
import { message } from '../messages';
import { tokenize, type Token } from '../text/tokenize';
import type { Check, CheckFinding } from './types';

export const DEFAULT_MAX_POLICY_AGE_YEARS = 2;

/**
 * A notice whose "last updated" date is older than a configurable number of years (default 2) is probably out
 * of date: laws, processors and authorities change. (A notice with no date at all is the `policy-date`
 * requirement.) Dates are read from the sentences that satisfy `policy-date`: ISO (2024-03-01), numeric
 * day-first (1.3.2024, 01/03/2024), and with month names of the document's language ("1 March 2024").
 */
export const outdatedPolicy: Check = {
  code: 'policy-outdated',
  defaultSeverity: 'warning',
  run({ read, requirements, messagesLanguage, options }) {
    const evidence = requirements.get('policy-date')?.evidence ?? [];
    const months = monthIndex(read.language);
    let latest: { date: Date; span: { start: number; end: number } } | null = null;
    for (const span of evidence) {
      for (const date of readDates(tokenize(read.doc.view, span.start, span.end), months)) {
        if (!latest || date > latest.date) latest = { date, span };
      }
    }
    if (!latest) return [];
    const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
    const years = options.maxPolicyAgeYears ?? DEFAULT_MAX_POLICY_AGE_YEARS;
    const limit = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
    if (latest.date >= limit) return [];
    const finding: CheckFinding = {
      code: 'policy-outdated',
      message: message(messagesLanguage, 'policyOutdated', { date: latest.date.toISOString().slice(0, 10), years: String(years) }),
      span: latest.span,
      related: [],
      data: { kind: 'policy-outdated', date: latest.date.toISOString().slice(0, 10) },
    };
    return [finding];
  },
};

function monthIndex(language: string): (word: string) => number {
  const months = languagePacks[language]?.language.months ?? languagePacks.en.language.months ?? [];
  return (word) => months.findIndex((names) => names.some((n) => (n.endsWith('*') ? word.startsWith(n.slice(0, -1)) : word === n)));
}

/** Every date in a run of tokens. */
export function readDates(tokens: Token[], month: (word: string) => number): Date[] {
  const dates: Date[] = [];
  tokens.forEach((token, i) => {
    const t = token.norm;
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return push(dates, +m[1], +m[2], +m[3]);
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
    // Day first, as in Europe, unless the second number cannot be a month (US style 03/14/2024).
    if (m) return +m[2] > 12 ? push(dates, +m[3], +m[1], +m[2]) : push(dates, +m[3], +m[2], +m[1]);
    const index = month(t.replace(/\.$/, ''));
    if (index < 0) return;
    const before = tokens[i - 1]?.norm;
    const after = tokens[i + 1]?.norm;
    const afterAfter = tokens[i + 2]?.norm;
    if (before && /^\d{1,2}$/.test(before) && after && /^\d{4}$/.test(after)) return push(dates, +after, index + 1, +before);
    if (after && /^\d{1,2}$/.test(after) && afterAfter && /^\d{4}$/.test(afterAfter)) return push(dates, +afterAfter, index + 1, +after);
    if (after && /^\d{4}$/.test(after)) return push(dates, +after, index + 1, 28);
  });
  return dates;
}

function push(dates: Date[], year: number, month: number, day: number): void {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return;
  dates.push(new Date(Date.UTC(year, month - 1, day)));
}
