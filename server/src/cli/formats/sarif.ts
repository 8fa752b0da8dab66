import type { Severity } from '../../service';
import type { FileReport } from '../report';
import { allRules, articleUri } from '../rules';
import { toPosix } from '../glob';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0, for code-scanning tools: one run, every rule with its metadata and a help link to the GDPR
 * article on EUR-Lex, one result per diagnostic. SARIF lines and columns are 1-based (columns in UTF-16
 * code units, as `columnKind` says); the JSON contract's are 0-based.
 */
export function formatSarif(files: FileReport[], version: string): string {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(index.has(d.code) ? { ruleIndex: index.get(d.code)! } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(toPosix(file.path)) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'GDPR Lens',
            version,
            informationUri: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.shortDescription },
              fullDescription: { text: r.help },
              help: { text: `${r.help} See GDPR Art. ${r.article}: ${articleUri(r.article)}` },
              helpUri: articleUri(r.article),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
