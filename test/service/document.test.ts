import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completeDocument, parseStructure, type PolicyDocument } from '../../server/src/service/document';
import { lines } from '../helpers/fixtures';

function read(text: string, format: 'markdown' | 'plaintext' | 'html'): PolicyDocument {
  return completeDocument(parseStructure(text, format).doc, 'en');
}

/** Each block as "kind[level]: text", to compare structure at a glance. */
function outline(doc: PolicyDocument): string[] {
  return doc.blocks.map((b) => `${b.kind}${b.kind === 'heading' ? b.level : ''}: ${doc.view.slice(b.start, b.end)}`);
}

describe('Markdown documents', () => {
  test('are read into headings, paragraphs, list items and table rows without their markup', () => {
    const doc = read(lines('# Privacy', '', 'We care.', '', '## Your rights', '', '- Access', '- Erasure', '', '| Data | Period |', '|---|---|', '| Invoices | 7 years |', '', '<!-- a comment -->'), 'markdown');
    assert.deepEqual(outline(doc), ['heading1: Privacy', 'paragraph: We care.', 'heading2: Your rights', 'item: Access', 'item: Erasure', 'row: | Data | Period |', 'row: | Invoices | 7 years |']);
  });

  test('nest sections by heading level and remember the paragraph that introduces a list', () => {
    const doc = read(lines('# Policy', '## Rights', 'You have these rights:', '', '* Access', '## Contact', 'Mail us.'), 'markdown');
    const access = doc.blocks.findIndex((b) => doc.view.slice(b.start, b.end) === 'Access');
    assert.equal(doc.view.slice(doc.blocks[doc.blocks[access].leadIn!].start, doc.blocks[doc.blocks[access].leadIn!].end), 'You have these rights:');
    const rights = doc.sections[doc.blocks[access].section];
    assert.equal(doc.view.slice(doc.blocks[rights.heading].start, doc.blocks[rights.heading].end), 'Rights');
    assert.equal(doc.blocks[doc.sections[rights.parent].heading].level, 1);
  });

  test('ignore front matter and read settings from it', () => {
    const parsed = parseStructure(lines('---', 'language: sv', '---', '# Integritetspolicy', 'Text.'), 'markdown');
    assert.equal(parsed.settings.language, 'sv');
    assert.deepEqual(outline(completeDocument(parsed.doc, 'sv')), ['heading1: Integritetspolicy', 'paragraph: Text.']);
  });
});

describe('plain-text documents', () => {
  test('infer headings from short unpunctuated lines followed by text, numbers and capitals', () => {
    const doc = read(lines('Privacy Policy', '', '1. Who we are', 'Example AB is the controller.', '', '3.2 Retention', 'We keep data for two years.', '', 'YOUR RIGHTS', '', 'What data do we collect?', 'Your name.'), 'plaintext');
    assert.deepEqual(outline(doc), ['heading1: Privacy Policy', 'heading2: Who we are', 'paragraph: Example AB is the controller.', 'heading3: Retention', 'paragraph: We keep data for two years.', 'heading2: YOUR RIGHTS', 'heading2: What data do we collect?', 'paragraph: Your name.']);
  });

  test('keep a column of short lines, like an address, as text rather than headings', () => {
    const doc = read(lines('Contact', '', 'Example AB', '', 'Storgatan 1', '', '111 22 Stockholm'), 'plaintext');
    assert.deepEqual(outline(doc), ['paragraph: Contact', 'paragraph: Example AB', 'paragraph: Storgatan 1', 'paragraph: 111 22 Stockholm']);
  });

  test('read bullets of many styles as list items', () => {
    const doc = read(lines('Rights:', ' • Access', ' - Erasure', '  * Objection', 'a) Portability'), 'plaintext');
    assert.deepEqual(outline(doc).slice(1), ['item: Access', 'item: Erasure', 'item: Objection', 'item: Portability']);
  });

  test('read Markdown-style headings in a text file ("## Rights", underlined titles) and skip rule lines', () => {
    const doc = read(lines('Privacy Policy', '==============', '', 'We care about privacy.', '', '### Types of Data Collected', '', '-----', '', '* Nickname', '', '## Your rights ##', 'You may ask for a copy.'), 'plaintext');
    assert.deepEqual(outline(doc), ['heading1: Privacy Policy', 'paragraph: We care about privacy.', 'heading3: Types of Data Collected', 'item: Nickname', 'heading2: Your rights', 'paragraph: You may ask for a copy.']);
  });

  test('keep "label: value" lines as separate statements', () => {
    const doc = read(lines('Name, phone number and e-mail.', 'Legal basis: legitimate interest', 'We keep it for 5 years.'), 'plaintext');
    assert.equal(doc.blocks.length, 3);
  });
});

describe('HTML documents', () => {
  const html = lines(
    '<!doctype html><html lang="en"><head><title>x</title><style>p{}</style></head><body>',
    '<nav><a href="/">Home</a></nav>',
    '<h1>Privacy &amp; cookies</h1>',
    '<p>We are <b>Example&nbsp;Ltd</b>.</p>',
    '<ul><li><p>Access</p></li><li>Erasure</li></ul>',
    '<script>var hidden = "Right to object";</script>',
    '</body></html>',
  );

  test('read only the visible text, with structure', () => {
    const doc = read(html, 'html');
    // &nbsp; reads as a plain space in the view.
    assert.deepEqual(outline(doc), ['paragraph: Home', 'heading1: Privacy & cookies', 'paragraph: We are Example Ltd.', 'item: Access', 'item: Erasure']);
  });

  test('map every offset of the visible text back into the source', () => {
    const doc = read(html, 'html');
    for (const block of doc.blocks) {
      const start = doc.map!.toSource(block.start);
      const end = doc.map!.toSource(block.end, true);
      const source = html.slice(start, end);
      const visible = doc.view.slice(block.start, block.end);
      // The source span starts and ends with the same characters as the visible text (entities aside).
      assert.equal(source[0], visible[0], `${visible} starts at ${start}`);
      if (!visible.endsWith(';')) assert.equal(source[source.length - 1], visible[visible.length - 1], `${visible} ends at ${end}`);
    }
    const title = doc.blocks.find((b) => b.kind === 'heading')!;
    assert.equal(html.slice(doc.map!.toSource(title.start), doc.map!.toSource(title.end, true)), 'Privacy &amp; cookies');
  });
});

describe('sentences', () => {
  test('come from Intl.Segmenter within blocks', () => {
    const doc = read('We collect your name. We keep it for 2 years! Why? Because.', 'markdown');
    assert.deepEqual(doc.sentences.map((s) => doc.view.slice(s.start, s.end)), ['We collect your name.', 'We keep it for 2 years!', 'Why?', 'Because.']);
  });

  test('stay linear on huge unpunctuated input', () => {
    const doc = read('x'.repeat(50_000), 'plaintext');
    assert.ok(doc.sentences.length >= 25, 'split into bounded windows');
    assert.equal(doc.sentences[doc.sentences.length - 1].end, 50_000);
  });
});
