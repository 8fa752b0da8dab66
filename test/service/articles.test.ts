import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actData, hoverPacks } from '../../server/src/data';
import { parsePhrase } from '../../server/src/service/lexicon/compile';

const LANGUAGES = ['en', 'sv', 'da', 'nb', 'fi', 'de', 'fr'];
/** Languages with an explanation of every article (the others fall back to English). */
const EXPLAINED = ['en', 'sv', 'da'];
const THOROUGH = [5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 28, 30, 32, 33, 34, 35, 36, 37, 44, 45, 46, 47, 48, 49, 77, 78, 79];
/** The lettered points that must each have their own explanation, by article and paragraph. */
const POINTS: Record<string, string[]> = {
  '6': ['1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)'],
  '9': ['2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '2(g)', '2(h)', '2(i)', '2(j)'],
  '13': ['1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)'],
  '14': ['1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '2(g)'],
  '49': ['1(a)', '1(b)', '1(c)', '1(d)', '1(e)', '1(f)', '1(g)'],
};

describe('articles.json', () => {
  for (const language of LANGUAGES) {
    test(`${language}: every article 1–99 has its official title`, () => {
      const { articles } = hoverPacks[language].articles;
      const missing = Array.from({ length: 99 }, (_, i) => String(i + 1)).filter((n) => !articles[n]?.title?.trim());
      assert.deepEqual(missing, []);
      assert.equal(hoverPacks[language].articles.language, language);
    });
  }
  for (const language of EXPLAINED) {
    test(`${language}: every article has an explanation with a summary`, () => {
      const { articles } = hoverPacks[language].articles;
      const missing = Array.from({ length: 99 }, (_, i) => String(i + 1)).filter((n) => !articles[n]?.explanation?.summary?.trim());
      assert.deepEqual(missing, []);
    });
    test(`${language}: thorough articles have summary, notice, mistakes and paragraphs, and the listed points`, () => {
      const problems: string[] = [];
      for (const n of THOROUGH) {
        const ex = hoverPacks[language].articles.articles[String(n)].explanation ?? {};
        for (const field of ['summary', 'notice', 'mistakes'] as const) if (!ex[field]?.trim()) problems.push(`${n}: ${field}`);
        if (!ex.paragraphs || Object.keys(ex.paragraphs).length === 0) problems.push(`${n}: paragraphs`);
        for (const point of POINTS[String(n)] ?? []) if (!ex.points?.[point]?.trim()) problems.push(`${n}: point ${point}`);
      }
      assert.deepEqual(problems, []);
    });
  }
  test('explanations are our words: no English explanation is just the official title', () => {
    const { articles } = hoverPacks.en.articles;
    for (const [n, article] of Object.entries(articles)) assert.notEqual(article.explanation?.summary, article.title, `article ${n}`);
  });
});

describe('terms.json', () => {
  const ids = hoverPacks.en.terms.terms.map((t) => t.id);
  test('English has the terms the issue asks for', () => {
    for (const id of ['controller', 'processor', 'personal-data', 'special-categories', 'consent', 'legitimate-interest', 'profiling', 'pseudonymisation', 'anonymisation', 'data-portability', 'supervisory-authority', 'dpo', 'third-country', 'sccs', 'adequacy-decision', 'data-breach']) {
      assert.ok(ids.includes(id), id);
    }
  });
  for (const language of LANGUAGES) {
    test(`${language}: every term id exists, with forms that compile, a label, an article and an explanation`, () => {
      const terms = hoverPacks[language].terms.terms;
      assert.deepEqual(terms.map((t) => t.id).sort(), [...ids].sort());
      for (const t of terms) {
        assert.ok(t.forms.length > 0 && t.label && t.explanation, `${language}: ${t.id}`);
        assert.match(t.article, /^\d+(\(\d+\))?(\([a-z]\))?$/, `${language}: ${t.id} article`);
        for (const form of t.forms) assert.doesNotThrow(() => parsePhrase(t.id, form), `${language}: ${t.id} form ${form}`);
      }
    });
  }
});

describe('citations.json and acts.json', () => {
  const english = hoverPacks.en.citations;
  for (const language of LANGUAGES) {
    test(`${language}: has every word list, format and label that English has`, () => {
      const citations = hoverPacks[language].citations;
      assert.equal(citations.language, language);
      assert.deepEqual(Object.keys(citations.words).sort(), Object.keys(english.words).sort());
      assert.deepEqual(Object.keys(citations.format).sort(), Object.keys(english.format).sort());
      assert.deepEqual(Object.keys(citations.labels).sort(), Object.keys(english.labels).sort());
      assert.ok(citations.acts.gdpr.length > 0 && citations.acts.eprivacy.length > 0);
      assert.ok(citations.format.act.gdpr && citations.format.act.eprivacy);
      assert.match(citations.eurLex.eli, /^[a-z]{3}$/);
    });
  }
  test('every act has names, an https link and, beside the GDPR, a title and a summary in English', () => {
    for (const act of actData.acts) {
      assert.ok(act.names.length > 0, act.id);
      assert.match(act.url, /^https:\/\//, act.id);
      if (act.id === 'gdpr') continue;
      assert.ok(act.title?.en && act.summary?.en, act.id);
      for (const provision of Object.values(act.provisions ?? {})) assert.ok(provision.en, act.id);
    }
  });
});
