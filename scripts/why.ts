// Developer tool: why does the checker decide a requirement as it does for one labelled document?
//   npx tsx scripts/why.ts DOC.txt REQUIREMENT-ID
// Prints the label's quotes with the concepts each expresses, and the checker's evidence and triggers.
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/service';
import { readDocument } from '../server/src/service/requirements/analysis';

const [path, id] = process.argv.slice(2);
const text = readFileSync(path, 'utf8');
const labels = JSON.parse(readFileSync(path.replace(/\.(txt|md|html)$/, '.labels.json'), 'utf8'));
const label = labels.requirements[id];
const result = analyze(text, { fileName: path }).requirements.find((r) => r.id === id)!;
const read = readDocument(text, { fileName: path });
console.log(`${id}: checker ${result.status}, label ${label?.status}`);
const conceptsAt = (start: number, end: number) => {
  const out: string[] = [];
  read.doc.sentences.forEach((s, i) => {
    if (s.end > start && s.start < end) {
      const c = read.sentenceConcepts[i];
      const ctx = [...read.blockContext[s.block]].join(',');
      out.push(`[${read.doc.blocks[s.block].kind}] ${[...c.concepts()].map((k) => (c.hasAffirmed(k) ? k : `${k}(neg)`)).join(' ')}  ctx: ${ctx}`);
    }
  });
  return out.join('\n        ');
};
for (const kind of ['evidence', 'trigger'] as const) {
  for (const quote of label?.[kind] ?? []) {
    const at = read.doc.view.indexOf(quote.split('\n')[0]);
    console.log(`  label ${kind}: ${JSON.stringify(quote.slice(0, 160))}\n        ${at >= 0 ? conceptsAt(at, at + quote.length) : '(not found in view)'}`);
  }
}
for (const span of result.evidence.slice(0, 6)) console.log(`  our evidence: ${JSON.stringify(text.slice(span.start, span.end).slice(0, 200))}`);
for (const span of result.trigger.slice(0, 4)) console.log(`  our trigger: ${JSON.stringify(text.slice(span.start, span.end).slice(0, 200))}`);
