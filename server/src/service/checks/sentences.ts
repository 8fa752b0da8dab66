import type { ReadDocument } from '../requirements/analysis';
import type { Hit } from '../lexicon/match';

/** Calls `visit` for every body sentence (not headings) with its index. */
export function forEachBodySentence(read: ReadDocument, visit: (index: number) => void): void {
  read.doc.sentences.forEach((sentence, index) => {
    if (read.doc.blocks[sentence.block].kind !== 'heading') visit(index);
  });
}

/** Whether a concept is expressed in the same section as a sentence (in any of its sentences, or its heading). */
export function sectionExpresses(read: ReadDocument, sentenceIndex: number, concept: string): boolean {
  const section = read.doc.blocks[read.doc.sentences[sentenceIndex].block].section;
  if (read.blockContext[read.doc.sentences[sentenceIndex].block].has(concept)) return true;
  return read.doc.sentences.some((s, i) => read.doc.blocks[s.block].section === section && read.sentenceConcepts[i].has(concept));
}

/** The first hit of a concept in a sentence. */
export function firstHit(read: ReadDocument, sentenceIndex: number, concept: string): Hit | undefined {
  return read.sentenceConcepts[sentenceIndex].get(concept)[0];
}
