import { blockText, type Block, type PolicyDocument } from '../document/model';
import type { OutlineSection, RequirementResult, Span } from '../types';

/**
 * The sections of a document as an editor shows them (outline, folding, section lenses): one entry per
 * heading, in document order, with the span of the heading and of everything up to the next heading of the
 * same or a higher level. Spans are in view offsets; `analyze` maps them to the source. Linear in the blocks.
 */
export function outlineOf(doc: PolicyDocument): OutlineSection[] {
  const result: OutlineSection[] = [];
  const indexOfSection = new Map<number, number>();
  doc.sections.forEach((section, index) => {
    if (section.heading < 0) return;
    const heading = doc.blocks[section.heading];
    indexOfSection.set(index, result.length);
    result.push({
      title: headingTitle(doc, heading),
      level: section.level,
      parent: indexOfSection.get(section.parent) ?? -1,
      heading: { start: heading.start, end: heading.end },
      span: { start: heading.start, end: heading.end },
      ownEnd: heading.end,
    });
  });
  // Each block extends its own section and every enclosing one.
  for (const block of doc.blocks) {
    let entry = indexOfSection.get(block.section) ?? -1;
    if (entry >= 0 && block.end > result[entry].ownEnd) result[entry].ownEnd = block.end;
    while (entry >= 0) {
      if (block.end > result[entry].span.end) result[entry].span.end = block.end;
      entry = result[entry].parent;
    }
  }
  return result;
}

/** The requirements a section satisfies: those with evidence in its own text (not in its subsections). */
export function requirementsInSection(section: OutlineSection, requirements: RequirementResult[]): RequirementResult[] {
  const own: Span = { start: section.heading.start, end: section.ownEnd };
  return requirements.filter((r) => r.status === 'present' && r.evidence.some((e) => e.start >= own.start && e.start < own.end));
}

/**
 * A heading as the author wrote it: a plain-text heading keeps its number ("2.1 Retention"), which the block
 * leaves out; Markdown's "#" marks go.
 */
function headingTitle(doc: PolicyDocument, heading: Block): string {
  let text = blockText(doc, heading);
  if (doc.format === 'plaintext') {
    const lineStart = doc.view.lastIndexOf('\n', heading.start - 1) + 1;
    if (heading.start - lineStart <= 12) text = doc.view.slice(lineStart, heading.end);
  }
  return text.replace(/\s+/g, ' ').trim();
}
