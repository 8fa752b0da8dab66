import { message } from '../messages';
import { sectionHeadingSpan } from '../requirements/diagnose';
import type { Check } from './types';

const RIGHTS = ['right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-object', 'right-withdraw-consent'];

/**
 * Rights that cannot be exercised. The notice lists data-subject rights, but:
 * - gives no channel anywhere (no e-mail, phone, postal address or form for the controller or its DPO); or
 * - never says how to exercise them: no sentence joins the rights (or "to exercise …") to a channel, and the
 *   rights section holds none, so a reader who finds the rights does not find where to send a request.
 */
export const rightsWithoutContact: Check = {
  code: 'rights-no-contact',
  defaultSeverity: 'warning',
  run({ read, requirements, messagesLanguage }) {
    const listed = RIGHTS.filter((id) => requirements.get(id)?.status === 'present');
    if (listed.length === 0) return [];
    const reachable = requirements.get('controller-contact')?.status === 'present' || requirements.get('dpo-contact')?.status === 'present';
    const rightsSections = new Set(listed.flatMap((id) => requirements.get(id)!.evidence.map((span) => sectionOf(read, span.start))));
    const explained = read.doc.sentences.some((sentence, i) => {
      const concepts = read.sentenceConcepts[i];
      const channel = concepts.has('CONTACT_CHANNEL') || concepts.has('WEB_ADDRESS');
      if (!channel) return false;
      const context = read.blockContext[sentence.block];
      return concepts.has('EXERCISE') || concepts.has('RIGHT') || context.has('RIGHT') || context.has('EXERCISE') || rightsSections.has(read.doc.blocks[sentence.block].section);
    });
    if (reachable && explained) return [];
    const first = requirements.get(listed[0])!.evidence[0];
    return [{
      code: 'rights-no-contact',
      message: message(messagesLanguage, reachable ? 'rightsNoMethod' : 'rightsNoContact', {}),
      span: sectionHeadingSpan(read, ['RIGHT']) ?? first,
      related: [],
      data: { kind: 'rights-no-contact', rights: listed },
    }];
  },
};

function sectionOf(read: Parameters<Check['run']>[0]['read'], offset: number): number {
  const sentence = read.doc.sentences.find((s) => s.start <= offset && offset < s.end);
  return sentence ? read.doc.blocks[sentence.block].section : -1;
}
