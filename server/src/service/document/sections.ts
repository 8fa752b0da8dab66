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
      if (block.leadIn === undefined && lastParagraph >= 0 && endsWithColon(view, blocks[lastParagraph].start, blocks[lastParagraph].end)) block.leadIn = lastParagraph;
    } else {
      inList = false;
      lastParagraph = block.kind === 'paragraph' ? index : -1;
    }
  });
  return sections;
}

/**
 * Whether view[start, end) ends with a colon (spaces after it allowed): a paragraph that introduces the list after
 * it ("You have these rights:"), or a sentence that announces what follows.
 */
export function endsWithColon(view: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /\s/.test(view[i])) i--;
  return i >= start && (view[i] === ':' || view[i] === '：');
}
