import { message } from '../messages';
import type { Check, CheckFinding } from './types';
import { firstHit, forEachBodySentence } from './sentences';
import type { ReadDocument } from '../requirements/analysis';

/**
 * Vague or over-broad wording, each a phrase list per language (data/<lang>/reviewer.json):
 * - `vague-purpose`: "for any purpose", "or as otherwise permitted" (Art. 5(1)(b): purposes must be specified);
 * - `vague-recipients`: sharing "with partners" or "with third parties" when the sentence names no category
 *   (no processor, authority, provider …);
 * - `vague-retention`: "as long as necessary" with no period or criterion in the same sentence;
 * - `not-limited`: "including but not limited to", which makes a list of data or purposes open-ended;
 * - `changes-without-notice`: changes "at any time without notice" (Art. 12–14 need the reader informed);
 * - `bundled-consent`: consent inferred from use ("by using the service you agree"), which is not freely given
 *   or specific (Art. 4(11), 7(4)).
 */
function phraseCheck(code: string, concept: string, messageKey: string, keep: (read: ReadDocument, sentence: number) => boolean = () => true): Check {
  return {
    code,
    defaultSeverity: 'warning',
    run({ read, messagesLanguage }) {
      const findings: CheckFinding[] = [];
      forEachBodySentence(read, (i) => {
        const hit = firstHit(read, i, concept);
        if (!hit || !keep(read, i)) return;
        const text = read.doc.view.slice(hit.start, hit.end);
        findings.push({ code, message: message(messagesLanguage, messageKey, { text }), span: { start: hit.start, end: hit.end }, related: [], data: { kind: code, text } });
      });
      return findings;
    },
  };
}

export const vaguePurpose = phraseCheck('vague-purpose', 'VAGUE_ANY_PURPOSE', 'vaguePurpose');
export const vagueRecipients = phraseCheck('vague-recipients', 'VAGUE_PARTNERS', 'vagueRecipients', (read, i) => {
  const concepts = read.sentenceConcepts[i];
  const vague = concepts.get('VAGUE_PARTNERS');
  if (vague[0].negated) return false; // "we do not share with partners" is a clear statement
  // "with third parties such as our payment provider" names a category outside the vague phrase.
  const inside = (h: { start: number; end: number }) => vague.some((v) => v.start <= h.start && h.end <= v.end);
  return !['RECIPIENT', 'PARTY', 'PROVIDER'].some((c) => concepts.get(c).some((h) => !inside(h)));
});
// "As long as necessary" is vague only when the sentence gives no period ("… and at most 3 years") and no
// criterion beyond the phrase itself ("… for the contract, and then as the Accounting Act requires").
export const vagueRetention = phraseCheck('vague-retention', 'VAGUE_RETENTION', 'vagueRetention', (read, i) => {
  const concepts = read.sentenceConcepts[i];
  const vague = concepts.get('VAGUE_RETENTION');
  const outside = (concept: string) => concepts.get(concept).some((h) => !vague.some((v) => v.start <= h.start && h.end <= v.end));
  return !concepts.has('TIME_UNIT') && !outside('RETENTION_CRITERIA');
});
export const notLimited = phraseCheck('not-limited', 'NOT_LIMITED', 'notLimited');
export const changesWithoutNotice = phraseCheck('changes-without-notice', 'CHANGES_NO_NOTICE', 'changesWithoutNotice');
export const bundledConsent = phraseCheck('bundled-consent', 'BUNDLED', 'bundledConsent', (read, i) => read.sentenceConcepts[i].has('AGREE'));
