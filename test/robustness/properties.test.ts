import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { analyze } from '../../server/src/service';
import type { AnalysisResult, AnalyzeOptions, Span } from '../../server/src/service/types';
import { labelledFixtures } from '../helpers/fixtures';

/**
 * Robustness of the analysis core (issue 9): whatever the text, `analyze` returns, every span it reports lies
 * inside the text with start ≤ end, and it finishes in bounded time. The bounds are generous (the core runs at
 * roughly 0.3–0.5 MB/s today, on a shared 2-core machine); they catch hangs and blow-ups, not slowness.
 */

const FORMATS: AnalyzeOptions['format'][] = ['markdown', 'plaintext', 'html'];
/** Milliseconds allowed for a document of `length` characters: 2 s plus 20 s per MB. */
const bound = (length: number) => 2_000 + (length / 1e6) * 20_000;

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets ${JSON.stringify(span)}`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${JSON.stringify(span)} inside 0..${text.length}`);
}

function checkResult(text: string, result: AnalysisResult): void {
  for (const r of result.requirements) {
    r.evidence.forEach((s) => checkSpan(text, s, `${r.id} evidence`));
    r.trigger.forEach((s) => checkSpan(text, s, `${r.id} trigger`));
  }
  for (const f of result.findings) {
    checkSpan(text, f.span, `finding ${f.code}`);
    f.related.forEach((r) => checkSpan(text, r.span, `finding ${f.code} related`));
    assert.equal(typeof f.message, 'string');
  }
  result.sections.forEach((s, i) => {
    checkSpan(text, s.heading, `section ${i} heading`);
    checkSpan(text, s.span, `section ${i}`);
    assert.ok(s.span.start <= s.heading.start && s.heading.end <= s.span.end, `section ${i} contains its heading`);
    assert.ok(s.parent < i, `section ${i}'s parent comes before it`);
  });
}

/** Analyses `text` in every format (or the given one), checking ranges and time. */
function survives(text: string, formats: AnalyzeOptions['format'][] = FORMATS, limit = bound(text.length)): void {
  for (const format of formats) {
    const t0 = performance.now();
    const result = analyze(text, { format, today: '2026-01-01' });
    const ms = performance.now() - t0;
    checkResult(text, result);
    assert.ok(ms <= limit, `${format}: ${text.length} characters took ${ms.toFixed(0)} ms (bound ${limit.toFixed(0)} ms)`);
  }
}

const fixtures = labelledFixtures();

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

/** Any Unicode text, including lone surrogates, controls and line separators. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u0000', '\uFEFF', '\uD800', '\uDC00', ' ', '\t', '#', '-', '*', '>', '<', 'å', 'ß', '😀', '.', '!', '?'), maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

const word = fc.constantFrom(
  'personal', 'data', 'controller', 'we', 'you', 'right', 'access', 'erasure', 'complaint', 'Datainspektionen', 'personuppgifter',
  'Verantwortlicher', 'rekisterinpitäjä', 'données', 'retain', '2 years', 'USA', 'consent', 'Art. 6(1)(f)', 'GDPR', 'privacy@example.com',
  '+46 8 123 45 67', 'https://example.com', '', 'ä', '😀', '\u0000', '\uD800',
);
const sentence = fc.array(word, { maxLength: 12 }).map((w) => w.join(' ') + '.');

/** Random Markdown: headings, lists (nested), quotes, code, tables, front matter, HTML comments, links. */
const markdownBlock = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), sentence).map(([level, s]) => `${'#'.repeat(level)} ${s}`),
  sentence,
  fc.array(fc.tuple(fc.nat(6), sentence), { maxLength: 6 }).map((items) => items.map(([depth, s]) => `${'  '.repeat(depth)}- ${s}`).join('\n')),
  fc.array(sentence, { maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')),
  sentence.map((s) => '```\n' + s + '\n```'),
  fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
  fc.constantFrom('---\nlanguage: sv\n---', '<!-- gdpr-lens language: de -->', '---', '***', '```', '<div>', '</div>', '[x]: http://a', '1. ', '    indented'),
  sentence.map((s) => `[${s}](https://example.com/${s.length})`),
  anyText,
);
const markdown = fc.array(markdownBlock, { maxLength: 25 }).chain((blocks) =>
  fc.constantFrom('\n\n', '\n', '\r\n', '\r').map((sep) => blocks.join(sep)),
);

/** Random HTML, well-formed or not: nested elements, attributes, entities, scripts, comments, stray tags. */
const tag = fc.constantFrom('p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'div', 'section', 'table', 'tr', 'td', 'th', 'a', 'b', 'span', 'br', 'script', 'style', 'pre', 'dl', 'dt', 'dd');
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.constantFrom('&amp;', '&nbsp;', '&#x1F600;', '&bogus;', '&#0;', '<!-- c -->', '<![CDATA[x]]>', '</p>', '<li>', '<', '>', '&'),
    fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([t, children, close]) => `<${t} class="x" lang="sv">${(children as string[]).join('')}${close ? `</${t}>` : ''}`,
    ),
  ),
})).node as fc.Arbitrary<string>;

/** A fixture with lines deleted, duplicated and shuffled. */
const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }),
  )
  .map(([fixture, operations]) => {
    const lines = fixture.text.split('\n');
    for (const [op, a, b] of operations) {
      if (lines.length === 0) break;
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'duplicate') lines.splice(j, 0, lines[i]);
      else [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return { name: fixture.name, text: lines.join('\n') };
  });

// ---------------------------------------------------------------------------------------------------------------

describe('the analysis core on random input (fast-check)', () => {
  test('random Unicode: no exception, ranges inside the text, bounded time', () => {
    fc.assert(fc.property(anyText, (text) => survives(text)), { numRuns: 300 });
  });

  test('random Markdown structure', () => {
    fc.assert(fc.property(markdown, (text) => survives(text, ['markdown', 'plaintext'])), { numRuns: 200 });
  });

  test('random HTML structure, balanced or not', () => {
    fc.assert(fc.property(fc.array(html, { maxLength: 6 }).map((n) => n.join('\n')), (text) => survives(text, ['html'])), { numRuns: 200 });
  });

  test('fixtures with lines deleted, duplicated and shuffled', () => {
    fc.assert(
      fc.property(mutatedFixture, ({ name, text }) => {
        const t0 = performance.now();
        const result = analyze(text, { fileName: name, today: '2026-01-01' });
        checkResult(text, result);
        assert.ok(performance.now() - t0 <= bound(text.length));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the analysis core on pathological input', () => {
  test('a line of 100,000 characters, with and without spaces', () => {
    survives('x'.repeat(100_000));
    survives('personal data '.repeat(7_143).slice(0, 100_000), ['markdown']);
  });

  test('10,000 nested list items', () => {
    // One line that opens 10,000 lists inside each other, and 10,000 lines whose indentation keeps growing.
    survives('- '.repeat(10_000) + 'We process personal data.', ['markdown', 'plaintext']);
    survives(Array.from({ length: 10_000 }, (_, i) => `${' '.repeat((i % 200) * 2)}- item ${i} about personal data`).join('\n'), ['markdown']);
    survives('<ul><li>'.repeat(10_000) + 'personal data', ['html']);
  });

  test('1 MB of "a a a …"', () => {
    // About 13 s on a loaded 2-core machine today (0.07 MB/s, slower than real text): the bound only catches a hang.
    survives('a '.repeat(500_000), ['plaintext'], 45_000);
  });

  test('unclosed HTML', () => {
    for (const text of ['<html><body><h1>Privacy', '<p>We process <b>personal data', '<div', '<!-- never closed', '<script>var a = "</p>', '<a href="', '<table><tr><td>x', '<![CDATA[', '<h2>Rights<h2>Retention<p>We keep data 2 years']) {
      survives(text, ['html']);
      survives(fixtures.find((f) => f.name.endsWith('.html'))!.text + text, ['html']);
    }
  });

  test('NUL bytes', () => {
    survives('\u0000'.repeat(1_000));
    survives(fixtures[0].text.replace(/ /g, '\u0000'));
  });

  test('lone surrogates', () => {
    survives('\uD800'.repeat(500) + '\uDC00 personal \uDBFF data \uDFFF');
    survives(fixtures[1].text.replace(/e/g, '\uD83D'));
  });

  test('CRLF and CR line ends, and a BOM', () => {
    for (const f of fixtures.slice(0, 6)) {
      const crlf = f.text.replace(/\r?\n/g, '\r\n');
      const cr = f.text.replace(/\r?\n/g, '\r');
      for (const text of [crlf, cr, '\uFEFF' + f.text, '\uFEFF' + crlf]) {
        const result = analyze(text, { fileName: f.name, today: '2026-01-01' });
        checkResult(text, result);
      }
      // A BOM changes nothing but the offsets: the same requirements are found.
      const plain = analyze(f.text, { fileName: f.name, today: '2026-01-01' });
      const bom = analyze('\uFEFF' + f.text, { fileName: f.name, today: '2026-01-01' });
      assert.deepEqual(
        bom.requirements.map((r) => [r.id, r.status]),
        plain.requirements.map((r) => [r.id, r.status]),
        `${f.name} with a BOM`,
      );
    }
  });
});
