import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { supportedLanguages, type SeveritySetting } from '../service';
import { InputError } from './files';
import { type FileReport } from './report';
import { formatJson } from './formats/json';
import { formatText } from './formats/text';
import { formatSarif } from './formats/sarif';
import { ConfigError, ConfigFinder, loadConfig, optionsFor, type LoadedConfig } from './config';
import { expandInputs } from './inputs';
import { defaultJobs, runJobs, serveJobs, type Job } from './check';
import { reviewReport } from './review';
import { explain } from './explain';

const USAGE = `Usage: gdpr-lens check [options] FILE|DIR|GLOB...
       gdpr-lens report [options] FILE
       gdpr-lens explain [--lang CODE] [--messages CODE] REF

check   checks privacy policies (Markdown, plain text, HTML) against GDPR Art. 13/14. Directories are walked
        recursively for *.md, *.txt, *.html and *.policy files; quote globs ("docs/**/*.md").
report  writes a review report of one policy (checklist, evidence, suggested clauses, findings, readability).
explain prints the explanation of an article or term ("Art. 13 GDPR", "13(2)(b)", "legitimate interest").

Options:
  --format FORMAT       check: text (default), json or sarif; report: md (default) or html
  --language, --lang CODE   document language: auto (default) or ${supportedLanguages.join(', ')}
  --messages CODE       language of the messages (default: the document's)
  --country CC          the controller's country (ISO 3166-1), instead of the one the text shows
  --config PATH         use this .gdpr-lens.json instead of the nearest one above each file
  --ignore GLOB         skip files found by walking that match (repeatable)
  --fail-on LEVEL       error (default), warning or never: which findings make the exit status 1
  --jobs N              check N files at once in worker threads (default: up to the CPUs from 8 files on; 1: one by one)
  --today YYYY-MM-DD    the date the policy date is judged against (default: the clock)
  --max-size BYTES      refuse larger files (default: 10000000)
  -h, --help            show this help
  -v, --version         show the version

Settings, later ones winning: defaults < documentType < .gdpr-lens.json < command line < inline comments.
Exit status: 0 no finding at the --fail-on level, 1 at least one, 2 usage, input or config problem.`;

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout / stderr are terminals (colour, progress). */
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** Writes progress to stderr without a newline. */
  progress?: (s: string) => void;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { out, err } = io;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        language: { type: 'string' },
        lang: { type: 'string' },
        messages: { type: 'string' },
        country: { type: 'string' },
        config: { type: 'string' },
        ignore: { type: 'string', multiple: true },
        'fail-on': { type: 'string', default: 'error' },
        jobs: { type: 'string' },
        today: { type: 'string' },
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
  if (command === 'explain') {
    const ref = files.join(' ');
    if (!ref) {
      err('gdpr-lens: explain needs a reference (try: gdpr-lens explain "Art. 13 GDPR")');
      return EXIT_USAGE;
    }
    const text = explain(ref, values.language ?? values.lang, values.messages);
    if (!text) {
      err(`gdpr-lens: nothing to explain for "${ref}" (try an article such as "Art. 13 GDPR" or a term)`);
      return EXIT_USAGE;
    }
    out(text);
    return EXIT_OK;
  }
  if (command !== 'check' && command !== 'report') {
    err(command ? `gdpr-lens: unknown command "${command}" (try: gdpr-lens check FILE)` : `gdpr-lens: missing command (try: gdpr-lens check FILE)`);
    return EXIT_USAGE;
  }
  if (files.length === 0) {
    err(`gdpr-lens: no file given (try: gdpr-lens ${command} privacy-policy.md)`);
    return EXIT_USAGE;
  }
  const formats = command === 'check' ? ['text', 'json', 'sarif'] : ['md', 'html'];
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) {
    err(`gdpr-lens: unknown format "${format}" (use ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)})`);
    return EXIT_USAGE;
  }
  const languageArg = values.language ?? values.lang;
  const language = languageArg?.toLowerCase();
  if (language !== undefined && language !== 'auto' && !supportedLanguages.includes(language)) {
    err(`gdpr-lens: unsupported language "${languageArg}" (use auto or one of ${supportedLanguages.join(', ')})`);
    return EXIT_USAGE;
  }
  if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) {
    err(`gdpr-lens: --country needs a two-letter ISO 3166-1 code (e.g. SE)`);
    return EXIT_USAGE;
  }
  const maxSize = Number(values['max-size']);
  if (!Number.isFinite(maxSize) || maxSize <= 0) {
    err(`gdpr-lens: --max-size needs a positive number of bytes`);
    return EXIT_USAGE;
  }
  const failOn = values['fail-on'];
  if (!['error', 'warning', 'never'].includes(failOn)) {
    err(`gdpr-lens: unknown --fail-on "${failOn}" (use error, warning or never)`);
    return EXIT_USAGE;
  }
  const jobsArg = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobsArg !== undefined && (!Number.isInteger(jobsArg) || jobsArg < 1)) {
    err(`gdpr-lens: --jobs needs a whole number of at least 1`);
    return EXIT_USAGE;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    err(`gdpr-lens: --today needs a date as YYYY-MM-DD`);
    return EXIT_USAGE;
  }
  if (command === 'report' && files.length !== 1) {
    err(`gdpr-lens: report takes one file`);
    return EXIT_USAGE;
  }

  // Which config applies to each file, and the files themselves.
  const finder = new ConfigFinder();
  let forced: LoadedConfig | null = null;
  let jobs: Job[];
  try {
    if (values.config !== undefined) forced = loadConfig(values.config);
    const configFor = (path: string) => (values.config !== undefined ? forced : finder.find(path));
    const paths = command === 'report' ? files : expandInputs(files, values.ignore ?? [], configFor);
    jobs = paths.map((path) => {
      const loaded = configFor(path);
      const options = optionsFor(loaded?.config, { language, messagesLanguage: values.messages, country: values.country });
      if (values.today) options.today = values.today;
      return { path, options, maxSize };
    });
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) {
      err(`gdpr-lens: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }

  if (command === 'report') {
    try {
      out(reviewReport(jobs[0], format as 'md' | 'html'));
    } catch (error) {
      if (error instanceof InputError) {
        err(`gdpr-lens: ${error.message}`);
        return EXIT_USAGE;
      }
      throw error;
    }
    return EXIT_OK;
  }

  const workers = jobsArg ?? defaultJobs(jobs.length);
  const showProgress = jobs.length > 20 && io.stderrTTY === true && io.progress !== undefined;
  const results = await runJobs(jobs, workers, __filename, showProgress ? (done) => io.progress!(`\rgdpr-lens: checked ${done}/${jobs.length} files`) : undefined);
  if (showProgress) io.progress!('\r\x1b[K');
  const reports: FileReport[] = [];
  for (const result of results) {
    if ('error' in result) {
      err(`gdpr-lens: ${result.error}`);
      return EXIT_USAGE;
    }
    reports.push(result.report);
  }
  const env = io.env ?? {};
  const color = io.stdoutTTY === true && env.NO_COLOR === undefined;
  out(format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, VERSION) : formatText(reports, { color }));
  const failing: SeveritySetting[] = failOn === 'error' ? ['error'] : failOn === 'warning' ? ['error', 'warning'] : [];
  return reports.some((r) => r.diagnostics.some((d) => failing.includes(d.severity))) ? EXIT_FINDINGS : EXIT_OK;
}

declare const GDPR_LENS_VERSION: string | undefined;
const VERSION = typeof GDPR_LENS_VERSION === 'string' ? GDPR_LENS_VERSION : '0.1.0';

if (!isMainThread && (workerData as { gdprLensWorker?: boolean } | null)?.gdprLensWorker && parentPort) {
  serveJobs(parentPort);
} else if (require.main === module) {
  void run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s + '\n'),
    progress: (s) => process.stderr.write(s),
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gdpr-lens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
