import { requirementData, type RequirementData } from '../../data';
import type { ReadDocument } from './analysis';
import { parseRule, satisfies, type Rule } from './rules';
import { endsWithColon } from '../document/sections';
import type { Kind, RequirementResult, Span, Status } from '../types';

interface CompiledRequirement {
  data: RequirementData;
  present: Rule[];
  trigger: Rule[];
}

const compiled: CompiledRequirement[] = requirementData.map((data) => ({
  data,
  present: data.present.map((terms) => parseRule(data.id, terms)),
  trigger: (data.trigger ?? []).map((terms) => parseRule(data.id, terms)),
}));

/** The ids of the vocabulary, in its order. */
export const requirementIds: string[] = requirementData.map((r) => r.id);

export function requirementInfo(id: string): RequirementData | undefined {
  return requirementData.find((r) => r.id === id);
}

/** At most this many evidence or trigger spans are reported per requirement (a bound for pathological input). */
const MAX_SPANS = 200;

/**
 * Decides every requirement of the vocabulary for one document.
 * Evidence comes only from body text (paragraphs, list items, table rows), never from a heading alone,
 * except where a requirement allows a heading that has content under it (a dated title).
 */
export function evaluateRequirements(read: ReadDocument): RequirementResult[] {
  const { doc } = read;
  const hasBody = sectionsWithBody(read);
  // "We use your data for the following purposes:" announces what follows; the items (which get it as their
  // context) are the disclosure. Alone, with nothing after it, it discloses nothing.
  const promisesList = doc.sentences.map((s) => endsWithColon(doc.view, s.start, s.end));
  return compiled.map(({ data, present, trigger }) => {
    const evidence: Span[] = [];
    const triggers: Span[] = [];
    doc.sentences.forEach((sentence, i) => {
      const block = doc.blocks[sentence.block];
      const concepts = read.sentenceConcepts[i];
      const context = read.blockContext[sentence.block];
      // Headings and table header rows give context; they are not evidence on their own.
      const isHeading = block.kind === 'heading' || block.header === true;
      if (isHeading && !(data.headingEvidence && hasBody.has(block.section))) return;
      if (data.unless?.some((concept) => concepts.has(concept))) return;
      if (evidence.length < MAX_SPANS && !promisesList[i] && present.some((rule) => satisfies(rule, concepts, context))) {
        evidence.push({ start: sentence.start, end: sentence.end });
      }
      if (!isHeading && triggers.length < MAX_SPANS && trigger.some((rule) => satisfies(rule, concepts, context))) {
        triggers.push({ start: sentence.start, end: sentence.end });
      }
    });
    const triggered = triggers.length > 0;
    let status: Status;
    if (evidence.length > 0) status = 'present';
    else if (data.kind === 'conditional' && !triggered) status = 'not-applicable';
    else status = 'missing';
    const applies = data.kind === 'conditional' ? triggered || evidence.length > 0 : triggered && data.becomesCore === true;
    const effectiveKind: Kind = data.kind === 'core' || applies ? 'core' : data.kind;
    return { id: data.id, kind: data.kind, effectiveKind, article: data.article, status, evidence, trigger: triggers };
  });
}

/** Sections that have text of their own or subsections with text. */
function sectionsWithBody(read: ReadDocument): Set<number> {
  const result = new Set<number>();
  read.doc.sections.forEach((section, index) => {
    if (section.body.length === 0) return;
    for (let s = index; s >= 0 && !result.has(s); s = read.doc.sections[s].parent) result.add(s);
  });
  return result;
}
