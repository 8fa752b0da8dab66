import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, requirementIds } from '../../server/src/service';
import { labelledFixtures } from '../helpers/fixtures';

// The labelled policies (the five real seed policies and our own in every language) are the checker's
// contract: every requirement's status, the language and the country must agree with the labels.
describe('labelled fixtures agree with their labels', () => {
  for (const fixture of labelledFixtures()) {
    test(`${fixture.name} is read as its labels say`, () => {
      const result = analyze(fixture.text, { fileName: fixture.path });
      assert.equal(result.language, fixture.language, 'language');
      assert.equal(result.country, fixture.country, 'country');
      const actual = Object.fromEntries(result.requirements.map((r) => [r.id, r.status]));
      const expected = Object.fromEntries(requirementIds.map((id) => [id, fixture.requirements[id]?.status]));
      assert.deepEqual(actual, expected);
    });
  }
});
