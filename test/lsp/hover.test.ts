import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { killServers, TestClient } from '../helpers/lspClient';
import { hoverPacks } from '../../server/src/data';

after(killServers);

// Hovers, document links and completion through the real server process (dist/server.js, built by esbuild).
const samples = [
  { language: 'en', text: '# Privacy policy\n\nExample Ltd is the controller. We process your data under Art. 6(1)(f) GDPR.\n', reference: 'Art. 6(1)(f) GDPR', term: 'controller' },
  { language: 'sv', text: '# Integritetspolicy\n\nExempel AB är personuppgiftsansvarig. Vi behandlar uppgifterna enligt artikel 6.1 f dataskyddsförordningen.\n', reference: 'artikel 6.1 f', term: 'personuppgiftsansvarig' },
  { language: 'da', text: '# Privatlivspolitik\n\nEksempel ApS er dataansvarlig. Vi behandler oplysningerne efter artikel 6, stk. 1, litra f.\n', reference: 'artikel 6, stk. 1', term: 'dataansvarlig' },
  { language: 'nb', text: '# Personvernerklæring\n\nEksempel AS er behandlingsansvarlig. Vi behandler opplysningene etter personvernforordningen artikkel 6 nr. 1 bokstav f.\n', reference: 'artikkel 6 nr. 1', term: 'behandlingsansvarlig' },
  { language: 'fi', text: '# Tietosuojaseloste\n\nEsimerkki Oy on rekisterinpitäjä. Käsittelemme tietoja tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohdan nojalla.\n', reference: '6 artiklan 1 kohdan', term: 'rekisterinpitäjä' },
  { language: 'de', text: '# Datenschutzerklärung\n\nDie Beispiel GmbH ist Verantwortlicher. Wir verarbeiten Ihre Daten nach Art. 6 Abs. 1 lit. f DSGVO.\n', reference: 'Art. 6 Abs. 1', term: 'Verantwortlicher' },
  { language: 'fr', text: "# Politique de confidentialité\n\nExemple SAS est le responsable du traitement. Nous traitons vos données sur la base de l'article 6, paragraphe 1, point f) du RGPD.\n", reference: 'article 6, paragraphe 1', term: 'responsable du traitement' },
];

type Markup = { contents: { kind: string; value: string }; range: { start: { line: number; character: number } } } | null;

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
const middleOf = (text: string, part: string) => positionAt(text, text.indexOf(part) + Math.floor(part.length / 2));

/** A server initialized with the client's UI language (`locale`), which picks the explanations' language. */
async function start(locale?: string): Promise<TestClient> {
  const client = new TestClient();
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    ...(locale ? { locale } : {}),
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
  });
  await client.connection.sendNotification('initialized', {});
  return client;
}

async function openIn(client: TestClient, language: string, name: string, text: string): Promise<string> {
  client.settings = { language };
  const uri = `file:///work/site/${name}.policy.md`;
  await client.open(uri, text, 'privacy-policy');
  await client.diagnostics(uri);
  return uri;
}

const hoverAt = (client: TestClient, uri: string, position: { line: number; character: number }) =>
  client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Markup>;

describe('hover, links and completion through the language server', () => {
  test('each language: a reference, a term and a diagnostic range get Markdown; the reference has a document link', async () => {
    const client = await start();
    for (const s of samples) {
      const uri = await openIn(client, s.language, `policy-${s.language}`, s.text);
      const reference = await hoverAt(client, uri, middleOf(s.text, s.reference));
      assert.equal(reference?.contents.kind, 'markdown', `${s.language}: reference`);
      assert.ok(reference!.contents.value.includes(hoverPacks[s.language].articles.articles['6'].title), `${s.language}: title`);
      assert.ok(reference!.contents.value.includes('eur-lex.europa.eu'), `${s.language}: EUR-Lex`);

      const term = await hoverAt(client, uri, middleOf(s.text, s.term));
      assert.equal(term?.contents.kind, 'markdown', `${s.language}: term`);
      const label = hoverPacks[s.language].terms.terms.find((t) => t.id === 'controller')!.label;
      assert.ok(term!.contents.value.includes(`**${label}**`), `${s.language}: term label`);

      const published = await client.diagnostics(uri);
      const diagnostic = published.diagnostics.find((d) => d.code === 'purposes')!;
      const onDiagnostic = await hoverAt(client, uri, diagnostic.range.start);
      assert.ok(onDiagnostic?.contents.value.includes('GDPR Lens'), `${s.language}: diagnostic`);

      const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as { target: string }[];
      assert.equal(links.length, 1, `${s.language}: links`);
      assert.match(links[0].target, /^https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2016\/679\/oj\/[a-z]{3}$/);
    }
    assert.equal(await client.shutdown(), 0);
  });

  test('the capabilities, and completion of "Art. 1" with the titles in the document language', async () => {
    const client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.hoverProvider, true);
    assert.deepEqual(init.capabilities.documentLinkProvider, { resolveProvider: false });
    assert.ok((init.capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters.includes(' '));
    const text = '# Datenschutzerklärung\n\nWir verarbeiten Daten nach Art. 1';
    const uri = await openIn(client, 'de', 'completion', text);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionAt(text, text.length) })) as { label: string; detail: string; textEdit: { newText: string } }[];
    assert.deepEqual(items.map((i) => i.label), ['1', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
    assert.equal(items.find((i) => i.label === '13')!.detail, hoverPacks.de.articles.articles['13'].title);
    assert.equal(items.find((i) => i.label === '13')!.textEdit.newText, '13');
    assert.equal(await client.shutdown(), 0);
  });

  test("initialize's locale picks the explanation language; the document keeps its citation and title", async () => {
    const en = samples[0];
    for (const [locale, expected] of [['sv-SE', 'sv'], ['da', 'da'], ['en-US', 'en']] as const) {
      const client = await start(locale);
      const uri = await openIn(client, 'en', 'locale', en.text);
      const { value } = (await hoverAt(client, uri, middleOf(en.text, en.reference)))!.contents;
      assert.ok(value.includes(hoverPacks[expected].articles.articles['6'].explanation!.summary!), `${locale}: explanation`);
      assert.ok(value.startsWith(`**Art. 6(1)(f) GDPR** · ${hoverPacks.en.articles.articles['6'].title}`), `${locale}: heading`);
      assert.equal(await client.shutdown(), 0);
    }
    const client = await start('de');
    const uri = await openIn(client, 'en', 'fallback', en.text);
    const { value } = (await hoverAt(client, uri, middleOf(en.text, en.reference)))!.contents;
    assert.ok(value.includes(hoverPacks.de.citations.labels.fallback), 'German reader: English explanation, German note');
    assert.equal(await client.shutdown(), 0);
  });

  test('bad positions and unknown documents get null, malformed requests an error, and the server keeps serving', async () => {
    const client = await start();
    const s = samples[0];
    const uri = await openIn(client, 'en', 'bad', s.text);
    assert.equal(await hoverAt(client, uri, { line: 999, character: 0 }), null);
    assert.equal(await hoverAt(client, uri, { line: -1, character: 0 }), null);
    assert.equal(await hoverAt(client, uri, { line: 0, character: -5 }), null);
    assert.equal(await hoverAt(client, 'file:///nowhere.policy.md', { line: 0, character: 0 }), null);
    for (const method of ['textDocument/hover', 'textDocument/documentLink', 'textDocument/completion']) {
      await assert.rejects(client.connection.sendRequest(method, { nonsense: true }), /textDocument/, `${method}: a malformed request is an error`);
    }
    assert.ok(await hoverAt(client, uri, middleOf(s.text, s.reference)));
    assert.equal(await client.shutdown(), 0);
  });
});
