import { parseArgs } from 'node:util';
import { analyze, requirementIds, type Status } from '../service';
import { loadLabelled, type LabelledDocument } from './labels';
import { deletionTest, type DeletionOutcome } from './deletion';

/**
 * `npm run eval [-- DIR] [--verbose]`: how far the checker agrees with labelled policies.
 * Per requirement: agreement of the status, and recall and precision of "missing" (the verdict that
 * raises an error). Binary labels (present / not present) are compared as such. Also the language and
 * country agreement. Prints one summary line at the end so runs can be compared.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, lang: { type: 'string' }, only: { type: 'string' }, deletion: { type: 'boolean' } },
});
const dir = positionals[0] ?? 'test/fixtures/labelled';
const documents = loadLabelled(dir)
  .filter((d) => !values.lang || d.language === values.lang)
  .filter((d) => !values.only || d.path.includes(values.only));
if (documents.length === 0) {
  console.error(`eval: no *.labels.json under ${dir}`);
  process.exit(2);
}

interface Tally { agree: number; total: number; tp: number; fp: number; fn: number }
const tally = new Map<string, Tally>(requirementIds.map((id) => [id, { agree: 0, total: 0, tp: 0, fp: 0, fn: 0 }]));
const disagreements: string[] = [];
let languageAgree = 0;
let countryAgree = 0;
let countryTotal = 0;

const deletions: DeletionOutcome[] = [];
for (const doc of documents) {
  if (values.deletion) deletions.push(...deletionTest(doc));
  const result = analyze(doc.text, { fileName: doc.path });
  if (result.language === doc.language) languageAgree++;
  else disagreements.push(`${doc.path}: language ${result.language}, label ${doc.language}`);
  if (!doc.binary) {
    countryTotal++;
    if (result.country === doc.country) countryAgree++;
    else disagreements.push(`${doc.path}: country ${result.country}, label ${doc.country}`);
  }
  for (const r of result.requirements) {
    const label = doc.requirements[r.id];
    if (!label) continue;
    const t = tally.get(r.id)!;
    const expected = normalise(label.status, doc);
    const actual = normalise(r.status, doc);
    t.total++;
    if (expected === actual) t.agree++;
    else disagreements.push(`${doc.path}: ${r.id} is ${r.status}, label ${label.status}${explain(doc, r.id, r.evidence, r.trigger)}`);
    const expectedMissing = expected === 'missing';
    const actualMissing = actual === 'missing';
    if (expectedMissing && actualMissing) t.tp++;
    else if (actualMissing) t.fp++;
    else if (expectedMissing) t.fn++;
  }
}

function normalise(status: Status, doc: LabelledDocument): Status {
  return doc.binary && status === 'not-applicable' ? 'missing' : status;
}

function explain(doc: LabelledDocument, _id: string, evidence: { start: number; end: number }[], trigger: { start: number; end: number }[]): string {
  if (!values.verbose) return '';
  const quote = (s: { start: number; end: number }) => JSON.stringify(doc.text.slice(s.start, s.end).slice(0, 140));
  const parts = [...evidence.slice(0, 2).map((s) => `\n      evidence ${quote(s)}`), ...trigger.slice(0, 2).map((s) => `\n      trigger ${quote(s)}`)];
  return parts.join('');
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const rows: string[] = [];
rows.push(`${'requirement'.padEnd(24)} agreement  missing-recall  missing-precision   n`);
let agree = 0;
let total = 0;
let tp = 0;
let fp = 0;
let fn = 0;
for (const [id, t] of tally) {
  rows.push(`${id.padEnd(24)} ${pct(t.agree, t.total)}     ${pct(t.tp, t.tp + t.fn)}          ${pct(t.tp, t.tp + t.fp)}       ${t.total}`);
  agree += t.agree;
  total += t.total;
  tp += t.tp;
  fp += t.fp;
  fn += t.fn;
}
if (values.json) {
  console.log(JSON.stringify({ documents: documents.length, agreement: agree / total, missingRecall: tp / (tp + fn), missingPrecision: tp / (tp + fp) }));
} else {
  console.log(rows.join('\n'));
  if (disagreements.length) console.log(`\nDisagreements (${disagreements.length}):\n  ` + disagreements.join('\n  '));
  if (values.deletion) {
    const survived = deletions.filter((d) => d.survived);
    console.log(`\nDeletion test: ${deletions.length - survived.length}/${deletions.length} requirements no longer present once their evidence lines are deleted (${pct(deletions.length - survived.length, deletions.length).trim()})`);
    if (values.verbose) for (const d of survived) console.log(`  survived: ${d.path}: ${d.id}`);
  }
  console.log(
    `\nSUMMARY ${dir}: ${documents.length} documents, agreement ${pct(agree, total).trim()} (${agree}/${total}), ` +
      `missing recall ${pct(tp, tp + fn).trim()}, missing precision ${pct(tp, tp + fp).trim()}, ` +
      `language ${pct(languageAgree, documents.length).trim()}, country ${pct(countryAgree, countryTotal).trim()}`,
  );
}
