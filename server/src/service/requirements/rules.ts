import type { ConceptSet } from '../lexicon/match';

/** One term of a requirement rule (see data/common/requirements.json for the notation). */
export interface Term {
  concept: string;
  /** May be satisfied by the context (headings above, a list's lead-in). */
  context: boolean;
  /** Must be expressed outside a negated clause. */
  affirmed: boolean;
  /** Must not be expressed. */
  absent: boolean;
  /** At least this many distinct places. */
  count: number;
}

export type Rule = Term[];

export function parseRule(requirement: string, terms: string[]): Rule {
  const rule = terms.map((raw) => {
    const m = /^([@~!]?)([A-Z][A-Z0-9_]*)(?:\*(\d))?$/.exec(raw);
    if (!m) throw new Error(`Bad rule term "${raw}" in ${requirement}`);
    return { concept: m[2], context: m[1] === '@', affirmed: m[1] === '~', absent: m[1] === '!', count: Number(m[3] ?? 1) };
  });
  if (!rule.some((t) => !t.context && !t.absent)) {
    throw new Error(`A rule of ${requirement} needs one term that the sentence itself must express: ${terms.join(' ')}`);
  }
  return rule;
}

/** Whether a sentence, read in its context, satisfies a rule. */
export function satisfies(rule: Rule, sentence: ConceptSet, context: Set<string>): boolean {
  for (const term of rule) {
    if (term.absent) {
      if (sentence.has(term.concept)) return false;
    } else if (term.affirmed) {
      if (!sentence.hasAffirmed(term.concept)) return false;
    } else if (term.count > 1) {
      if (distinctPlaces(sentence, term.concept) < term.count) return false;
    } else if (!sentence.has(term.concept) && !(term.context && context.has(term.concept))) {
      return false;
    }
  }
  return true;
}

function distinctPlaces(sentence: ConceptSet, concept: string): number {
  return new Set(sentence.get(concept).map((hit) => hit.start)).size;
}
