import { parseArgs } from 'node:util';
import { analyze, formatOf, supportedLanguages } from '../service';
import { InputError, readPolicyFile } from './files';
import { fileReport, type FileReport } from './report';
import { formatJson } from './formats/json';
import { formatText } from './formats/text';

const USAGE = `Usage: gdpr-lens check [options] FILE...

Checks privacy policies (Markdown, plain text, HTML) against GDPR Art. 13/14.

Options:
  --format text|json    output format (default: text)
  --language CODE       document language: auto (default) or ${supportedLanguages.join(', ')}
  --messages CODE       language of the messages (default: the document's)
  --max-size BYTES      refuse larger files (default: 10000000)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no error-level finding, 1 at least one, 2 usage or input problem.`;

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        language: { type: 'string', default: 'auto' },
        messages: { type: 'string' },
        'max-size': { type: 'string', default: '10000000' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    err(`gdpr-lens: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE + '\n');
    return EXIT_OK;
  }
  if (values.version) {
    out(`${VERSION}\n`);
    return EXIT_OK;
  }
  const [command, ...files] = positionals;
  if (command !== 'check') {
    err(command ? `gdpr-lens: unknown command "${command}" (try: gdpr-lens check FILE)` : `gdpr-lens: missing command (try: gdpr-lens check FILE)`);
    return EXIT_USAGE;
  }
  if (files.length === 0) {
    err('gdpr-lens: no file given (try: gdpr-lens check privacy-policy.md)');
    return EXIT_USAGE;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    err(`gdpr-lens: unknown format "${values.format}" (use text or json)`);
    return EXIT_USAGE;
  }
  const language = values.language.toLowerCase();
  if (language !== 'auto' && !supportedLanguages.includes(language)) {
    err(`gdpr-lens: unsupported language "${values.language}" (use auto or one of ${supportedLanguages.join(', ')})`);
    return EXIT_USAGE;
  }
  const maxSize = Number(values['max-size']);
  if (!Number.isFinite(maxSize) || maxSize <= 0) {
    err(`gdpr-lens: --max-size needs a positive number of bytes`);
    return EXIT_USAGE;
  }

  const reports: FileReport[] = [];
  for (const path of files) {
    let text: string;
    try {
      text = readPolicyFile(path, maxSize);
    } catch (error) {
      if (error instanceof InputError) {
        err(`gdpr-lens: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const result = analyze(text, { fileName: path, format: formatOf(path), language, messagesLanguage: values.messages });
    reports.push(fileReport(path, text, result));
  }
  out(values.format === 'json' ? formatJson(reports) : formatText(reports));
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

declare const GDPR_LENS_VERSION: string | undefined;
const VERSION = typeof GDPR_LENS_VERSION === 'string' ? GDPR_LENS_VERSION : '0.1.0';

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s + '\n'));
}
