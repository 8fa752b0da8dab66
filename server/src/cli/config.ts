import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import schema from '../../../schemas/gdpr-lens.schema.json';
import documentTypes from '../data/common/documentTypes.json';
import type { AnalyzeOptions, DeclaredFacts, SeveritySetting } from '../service';
import { globToRegExp, relativePosix } from './glob';

export const CONFIG_NAME = '.gdpr-lens.json';

/** A `.gdpr-lens.json`, as schemas/gdpr-lens.schema.json describes it. */
export interface Config {
  language?: string;
  messagesLanguage?: string;
  country?: string;
  documentType?: keyof typeof documentTypes.types;
  rules?: Record<string, SeveritySetting>;
  files?: string[];
  ignore?: string[];
  facts?: DeclaredFacts;
}

export interface LoadedConfig {
  path: string;
  dir: string;
  config: Config;
}

/** A config file that cannot be used: the one-line reason names the file and the problem. */
export class ConfigError extends Error {}

/** The schema's validator, compiled when a config file is first read: compiling costs ~60 ms at startup otherwise. */
let validator: ValidateFunction<Config> | undefined;
function validatorOf(): ValidateFunction<Config> {
  // Loaded here, not imported at the top: the language server starts without it unless a config file exists.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  return (validator ??= new Ajv({ allErrors: false, strict: false }).compile<Config>(schema));
}

export function loadConfig(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${path}: config file not found or not readable`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`${path}: invalid JSON (${(error as Error).message})`);
  }
  const validate = validatorOf();
  if (!validate(data)) {
    const e = validate.errors![0];
    const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the top level';
    let problem = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') problem = `has an unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    else if (e.keyword === 'enum') problem = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    throw new ConfigError(`${path}: ${where} ${problem}`);
  }
  const abs = resolve(path);
  return { path, dir: dirname(abs), config: data };
}

/** Finds the nearest `.gdpr-lens.json` from a file's folder upwards, with a cache per folder. */
export class ConfigFinder {
  private readonly cache = new Map<string, LoadedConfig | null>();

  find(file: string): LoadedConfig | null {
    let dir = dirname(resolve(file));
    try {
      if (statSync(file).isDirectory()) dir = resolve(file);
    } catch {
      // a missing file is reported when it is read
    }
    return this.lookup(dir);
  }

  private lookup(dir: string): LoadedConfig | null {
    const cached = this.cache.get(dir);
    if (cached !== undefined) return cached;
    const candidate = join(dir, CONFIG_NAME);
    let found: LoadedConfig | null;
    if (existsSync(candidate)) found = loadConfig(candidate);
    else {
      const parent = dirname(dir);
      found = parent === dir ? null : this.lookup(parent);
    }
    this.cache.set(dir, found);
    return found;
  }
}

/** What the command line says; undefined where it says nothing. */
export interface CliSettings {
  language?: string;
  messagesLanguage?: string;
  country?: string;
  rules?: Record<string, SeveritySetting>;
}

/** Severity defaults for a document type (see data/common/documentTypes.json). */
export function documentTypeRules(type: string | undefined): Record<string, SeveritySetting> {
  const entry = (documentTypes.types as Record<string, { rules: Record<string, string> }>)[type ?? 'privacy-notice'];
  return (entry?.rules ?? {}) as Record<string, SeveritySetting>;
}

/** Precedence: defaults < document type < config file < command line (inline comments come last, in the core). */
export function optionsFor(config: Config | undefined, cli: CliSettings): AnalyzeOptions {
  const c = config ?? {};
  const severity = { ...documentTypeRules(c.documentType), ...(c.rules ?? {}), ...(cli.rules ?? {}) };
  const options: AnalyzeOptions = {
    language: cli.language ?? c.language ?? 'auto',
    severity,
  };
  const messages = cli.messagesLanguage ?? c.messagesLanguage;
  if (messages) options.messagesLanguage = messages;
  const country = cli.country ?? c.country;
  if (country) options.country = country.toUpperCase();
  if (c.facts) options.facts = c.facts;
  return options;
}

/** Whether a config's `ignore` globs exclude a path, and whether its `files` globs (if any) select it. */
export function configSelects(loaded: LoadedConfig | null, path: string): boolean {
  if (!loaded) return true;
  const rel = relativePosix(loaded.dir, resolve(path));
  if (rel.startsWith('..')) return true;
  if (loaded.config.ignore?.some((g) => globToRegExp(g).test(rel))) return false;
  return true;
}

export function configFiles(loaded: LoadedConfig | null): RegExp[] | null {
  return loaded?.config.files?.length ? loaded.config.files.map((g) => globToRegExp(g)) : null;
}
