import type { ReadDocument } from '../requirements/analysis';
import type { Hit } from '../lexicon/match';

/** Calls `visit` for every body sentence (not headings) with its index. */
export function forEachBodySentence(read: ReadDocument, visit: (index: number) => void): void {
  read.doc.sentences.forEach((sentence, index) => {
    if (read.doc.blocks[sentence.block].kind !== 'heading') visit(index);
  });
}

/** The concepts each section's sentences express, computed once per document. */
const sectionConcepts = new WeakMap<ReadDocument, Map<number, Set<string>>>();

function conceptsBySection(read: ReadDocument): Map<number, Set<string>> {
  let bySection = sectionConcepts.get(read);
  if (!bySection) {
    bySection = new Map();
    read.doc.sentences.forEach((s, i) => {
      const section = read.doc.blocks[s.block].section;
      const set = bySection!.get(section) ?? new Set<string>();
      for (const concept of read.sentenceConcepts[i].concepts()) set.add(concept);
      bySection!.set(section, set);
    });
    sectionConcepts.set(read, bySection);
  }
  return bySection;
}

/** Whether a concept is expressed in the same section as a sentence (in any of its sentences, or its heading). */
export function sectionExpresses(read: ReadDocument, sentenceIndex: number, concept: string): boolean {
  const block = read.doc.sentences[sentenceIndex].block;
  if (read.blockContext[block].has(concept)) return true;
  return conceptsBySection(read).get(read.doc.blocks[block].section)?.has(concept) ?? false;
}

/** The first hit of a concept in a sentence. */
export function firstHit(read: ReadDocument, sentenceIndex: number, concept: string): Hit | undefined {
  return read.sentenceConcepts[sentenceIndex].get(concept)[0];
}
