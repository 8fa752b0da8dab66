import { clausePacks, type ClauseData } from '../../data';
import type { Facts } from './facts';

/** The clause library of a language (English when the language has none yet). */
export function clausesOf(language: string): { language: string; clauses: ClauseData[]; facts: Record<string, string> } {
  const pack = clausePacks[language] ?? clausePacks.en;
  return { language: pack.language, clauses: pack.clauses, facts: pack.facts ?? {} };
}

/** The clause that best covers a requirement: the one that covers it with the fewest other requirements. */
export function clauseFor(language: string, requirement: string): ClauseData | undefined {
  return clausesOf(language)
    .clauses.filter((c) => c.requirements.includes(requirement))
    .sort((a, b) => a.requirements.length - b.requirements.length)[0];
}

// One alternative per snippet form; each repetition is over a class that excludes its own delimiter, so no backtracking.
const TAB_STOP = /\$\{\d+:((?:[^{}]|\{[^{}]*\})*)\}|\$\{\d+\|([^|},]*)[^|}]*\|\}|\$(CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE)\b/g;

/**
 * Turns snippet lines into plain text for a quick-fix: a tab stop becomes its default text, a choice its first
 * option, date variables today's date; placeholders that name a known fact are filled from the document.
 */
export function renderClause(lines: string[], language: string, facts: Facts, today: Date): string {
  const factOf = clausesOf(language).facts;
  const date = { CURRENT_YEAR: String(today.getUTCFullYear()), CURRENT_MONTH: pad(today.getUTCMonth() + 1), CURRENT_DATE: pad(today.getUTCDate()) };
  const resolve = (text: string): string =>
    text.replace(TAB_STOP, (_, fallback: string | undefined, choice: string | undefined, variable: keyof typeof date | undefined) => {
      if (variable) return date[variable];
      if (choice !== undefined) return choice;
      const inner = resolve(fallback ?? '');
      const fact = factOf[inner];
      return (fact && facts[fact as keyof Facts]) || inner;
    });
  return lines.map(resolve).join('\n');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
