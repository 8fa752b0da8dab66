/**
 * Facts the author declares (in `.gdpr-lens.json` or the options) instead of leaving them to the text:
 * they decide conditional requirements and pre-fill fixes. A declared fact wins over what the text shows.
 *   hasDpo: true                  → dpo-contact is core (Art. 37–39: a DPO's contact details must be given)
 *   usesConsent: true             → right-withdraw-consent applies (Art. 13(2)(c))
 *   usesLegitimateInterest: true  → legitimate-interests applies (Art. 13(1)(d))
 *   controllerName                → fills the controller's name in suggested clauses
 */
import { extractFacts as extractFromText, type Facts } from './features/facts';
import type { ReadDocument } from './requirements/analysis';
import type { DeclaredFacts, RequirementResult } from './types';

const FACT_REQUIREMENTS: [keyof DeclaredFacts, string][] = [
  ['hasDpo', 'dpo-contact'],
  ['usesConsent', 'right-withdraw-consent'],
  ['usesLegitimateInterest', 'legitimate-interests'],
];

/** Makes the requirements that a declared fact calls for apply (core; missing if the text has no evidence). */
export function applyDeclaredFacts(requirements: RequirementResult[], facts: DeclaredFacts | undefined): RequirementResult[] {
  if (!facts) return requirements;
  const forced = new Set(FACT_REQUIREMENTS.filter(([fact]) => facts[fact] === true).map(([, id]) => id));
  if (forced.size === 0) return requirements;
  return requirements.map((r) =>
    forced.has(r.id) ? { ...r, effectiveKind: 'core', status: r.status === 'not-applicable' ? 'missing' : r.status } : r,
  );
}

// Fixes read the facts from the document they analysed; the declared ones are remembered per reading.
const declared = new WeakMap<ReadDocument, DeclaredFacts>();

export function rememberDeclaredFacts(read: ReadDocument, facts: DeclaredFacts | undefined): void {
  if (facts) declared.set(read, facts);
}

/** The facts for fixes: those read from the text, with the declared ones over them. */
export function extractFacts(read: ReadDocument, country: string | null): Facts {
  const facts = extractFromText(read, country);
  const mine = declared.get(read);
  if (mine?.controllerName) facts.controller = mine.controllerName;
  return facts;
}
