import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/service';
import { labelledFixtures } from '../helpers/fixtures';

/** Removes every line that overlaps one of the spans. */
function deleteLines(text: string, spans: { start: number; end: number }[]): string {
  const doomed = spans.map((s) => {
    const start = text.lastIndexOf('\n', s.start - 1) + 1;
    const newline = text.indexOf('\n', s.end);
    return [start, newline < 0 ? text.length : newline] as const;
  });
  doomed.sort((a, b) => b[0] - a[0]);
  let out = text;
  let floor = Infinity;
  for (const [start, end] of doomed) {
    const e = Math.min(end, floor);
    if (e > start) out = out.slice(0, start) + out.slice(e);
    floor = Math.min(floor, start);
  }
  return out;
}

// Mutation tests: the evidence a requirement reports must be the whole reason it is present. Deleting the
// lines that hold it leaves the requirement missing (or not applicable), in every fixture, for every
// requirement found present.
describe('deleting the evidence lines of a present requirement makes it missing', () => {
  for (const fixture of labelledFixtures()) {
    test(`in ${fixture.name}`, () => {
      const result = analyze(fixture.text, { fileName: fixture.path });
      const survivors: string[] = [];
      for (const requirement of result.requirements) {
        if (requirement.status !== 'present' || fixture.path.endsWith('.html')) continue;
        const mutated = deleteLines(fixture.text, requirement.evidence);
        const after = analyze(mutated, { fileName: fixture.path }).requirements.find((r) => r.id === requirement.id)!;
        if (after.status === 'present') {
          survivors.push(`${requirement.id}: ${JSON.stringify(mutated.slice(after.evidence[0].start, after.evidence[0].end).slice(0, 120))}`);
        }
      }
      assert.deepEqual(survivors, []);
    });
  }
});
