// Developer tool: for the deletion test, what evidence is left once the labelled evidence lines are gone?
//   npx tsx scripts/survivors.ts DIR [--lang xx] [--id requirement]
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/service';
import { loadLabelled } from '../server/src/eval/labels';
import { deleteEvidenceLines } from '../server/src/eval/deletion';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, id: { type: 'string' } } });
for (const doc of loadLabelled(positionals[0] ?? 'test/fixtures/labelled')) {
  if (values.lang && doc.language !== values.lang) continue;
  for (const [id, label] of Object.entries(doc.requirements)) {
    if (values.id && id !== values.id) continue;
    if (label.status !== 'present' || !label.evidence.length) continue;
    const mutated = deleteEvidenceLines(doc.text, label.evidence);
    if (mutated === null) continue;
    const r = analyze(mutated, { fileName: doc.path }).requirements.find((x) => x.id === id)!;
    if (r.status !== 'present') continue;
    console.log(`${doc.path.split('/').pop()}: ${id}`);
    for (const s of r.evidence.slice(0, 3)) console.log(`    ${JSON.stringify(mutated.slice(s.start, s.end).slice(0, 220))}`);
  }
}
