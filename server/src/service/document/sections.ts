import type { Block, Section } from './model';

/**
 * Groups blocks into nested sections by heading level and records, for each list item, the paragraph
 * that introduces its list. Mutates `block.section` and `block.leadIn`; linear in the number of blocks.
 */
export function buildSections(blocks: Block[], view: string): Section[] {
  const sections: Section[] = [{ heading: -1, level: 0, parent: -1, body: [] }];
  const stack: number[] = [0];
  let lastParagraph = -1;
  let inList = false;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      while (stack.length > 1 && sections[stack[stack.length - 1]].level >= block.level) stack.pop();
      sections.push({ heading: index, level: block.level, parent: stack[stack.length - 1], body: [] });
      stack.push(sections.length - 1);
      block.section = sections.length - 1;
      lastParagraph = -1;
      inList = false;
      return;
    }
    const current = stack[stack.length - 1];
    block.section = current;
    sections[current].body.push(index);
    if (block.kind === 'item') {
      if (!inList) inList = true;
      if (block.leadIn === undefined && lastParagraph >= 0 && introducesList(view, blocks[lastParagraph])) block.leadIn = lastParagraph;
    } else {
      inList = false;
      lastParagraph = block.kind === 'paragraph' ? index : -1;
    }
  });
  return sections;
}

/** A paragraph introduces the list after it when it ends with a colon (possibly followed by spaces). */
function introducesList(view: string, block: Block): boolean {
  let i = block.end - 1;
  while (i >= block.start && /\s/.test(view[i])) i--;
  return i >= block.start && (view[i] === ':' || view[i] === '：');
}
