import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { languagePacks } from '../../server/src/data';
import { requirementIds } from '../../server/src/service';

// Every message exists in every language, with the same placeholders as the English one.
describe('diagnostic messages', () => {
  const english = languagePacks.en.messages;
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [code, pack] of Object.entries(languagePacks)) {
    test(`${code} has every template and every requirement text, with the English placeholders`, () => {
      for (const [key, template] of Object.entries(english.templates)) {
        assert.ok(pack.messages.templates[key], `${code}: template ${key}`);
        assert.deepEqual(new Set(placeholders(pack.messages.templates[key])), new Set(placeholders(template)), `${code}: placeholders of ${key}`);
      }
      for (const id of requirementIds) {
        assert.ok(pack.messages.requirements[id]?.title, `${code}: title of ${id}`);
        assert.ok(pack.messages.requirements[id]?.missing, `${code}: hint of ${id}`);
      }
    });
  }
});
