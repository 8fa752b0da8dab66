import { message } from '../messages';
import type { Check, CheckFinding } from './types';
import { firstHit, forEachBodySentence, sectionExpresses } from './sentences';

/**
 * Transfers a reviewer would question:
 * - `transfer-without-safeguard`: a sentence that puts data outside the EU/EEA (a US host, "globally", a provider
 *   "in the USA") while neither it nor its section names a safeguard;
 * - `adequacy-unsupported`: a claim of an "adequate level of protection" that names no adequacy decision, SCCs,
 *   DPF or BCRs in its section: adequacy is decided by the Commission (Art. 45), not by the controller.
 */
export const transferWithoutSafeguard: Check = {
  code: 'transfer-without-safeguard',
  defaultSeverity: 'warning',
  run({ read, requirements, messagesLanguage }) {
    const triggers = requirements.get('transfer-safeguards')?.trigger ?? [];
    const findings: CheckFinding[] = [];
    forEachBodySentence(read, (i) => {
      const s = read.doc.sentences[i];
      if (!triggers.some((t) => t.start === s.start)) return;
      if (sectionExpresses(read, i, 'SAFEGUARD') || sectionExpresses(read, i, 'SAFEGUARD_NAMED')) return;
      const where = firstHit(read, i, 'THIRD_COUNTRY') ?? firstHit(read, i, 'PROVIDER');
      findings.push({
        code: 'transfer-without-safeguard',
        message: message(messagesLanguage, 'transferWithoutSafeguard', { text: where ? read.doc.view.slice(where.start, where.end) : '' }),
        span: where ? { start: where.start, end: where.end } : { start: s.start, end: s.end },
        related: [],
        data: { kind: 'transfer-without-safeguard' },
      });
    });
    return findings;
  },
};

export const adequacyUnsupported: Check = {
  code: 'adequacy-unsupported',
  defaultSeverity: 'warning',
  run({ read, messagesLanguage }) {
    const findings: CheckFinding[] = [];
    forEachBodySentence(read, (i) => {
      const claim = firstHit(read, i, 'ADEQUACY_CLAIM');
      if (!claim || claim.negated || sectionExpresses(read, i, 'SAFEGUARD_NAMED')) return;
      findings.push({
        code: 'adequacy-unsupported',
        message: message(messagesLanguage, 'adequacyUnsupported', { text: read.doc.view.slice(claim.start, claim.end) }),
        span: { start: claim.start, end: claim.end },
        related: [],
        data: { kind: 'adequacy-unsupported' },
      });
    });
    return findings;
  },
};
