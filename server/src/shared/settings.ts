/**
 * The `gdprLens.*` settings as the server reads them (workspace/configuration, section "gdprLens"), with the
 * defaults that apply when a client sends none. The same defaults are declared in package.json.
 */
export interface Settings {
  debounceMs: number;
  files: string[];
  language: string;
  messagesLanguage: string;
  severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  maxFileSize: number;
  /** Readability limits: words per sentence, and score thresholds per language. */
  readability: { maxSentenceWords?: number; thresholds?: Record<string, number> };
  /** A "last updated" date older than this many years is reported. */
  maxPolicyAgeYears: number;
  /** Lenses on section headings naming the requirements each section satisfies. */
  codeLens: boolean;
}

export const defaultFileGlobs = [
  '**/*privacy*', '**/*cookie-policy*', '**/*cookiepolicy*', '**/*cookies*',
  '**/*integritetspolicy*', '**/*personuppgiftspolicy*', '**/*personuppgifter*', '**/*dataskydd*',
  '**/*persondatapolitik*', '**/*privatlivspolitik*', '**/*databeskyttelse*', '**/*persondata*',
  '**/*personvernerklaering*', '**/*personvernerklæring*', '**/*personvern*',
  '**/*tietosuojaseloste*', '**/*tietosuojakaytanto*', '**/*tietosuojakäytäntö*', '**/*tietosuoja*',
  '**/*datenschutz*', '**/*datenschutzerklaerung*', '**/*datenschutzerklärung*',
  '**/*confidentialite*', '**/*confidentialité*', '**/*politique-de-confidentialite*', '**/*donnees-personnelles*', '**/*rgpd*', '**/*gdpr*',
];

export const defaultSettings: Settings = {
  debounceMs: 300,
  files: defaultFileGlobs,
  language: 'auto',
  messagesLanguage: 'auto',
  severity: {},
  maxFileSize: 5_000_000,
  readability: { maxSentenceWords: 40, thresholds: {} },
  maxPolicyAgeYears: 2,
  codeLens: true,
};

/** Takes whatever the client sent and keeps only well-typed values, falling back to the defaults. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const number = (v: unknown, fallback: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
  const severities = new Set(['error', 'warning', 'information', 'hint', 'off']);
  const severity: Settings['severity'] = {};
  if (value.severity && typeof value.severity === 'object') {
    for (const [code, level] of Object.entries(value.severity as Record<string, unknown>)) {
      if (typeof level === 'string' && severities.has(level)) severity[code] = level as Settings['severity'][string];
    }
  }
  return {
    debounceMs: number(value.debounceMs, defaultSettings.debounceMs, 0, 10_000),
    files: Array.isArray(value.files) ? value.files.filter((f): f is string => typeof f === 'string') : defaultSettings.files,
    language: typeof value.language === 'string' ? value.language : defaultSettings.language,
    messagesLanguage: typeof value.messagesLanguage === 'string' ? value.messagesLanguage : defaultSettings.messagesLanguage,
    severity,
    maxFileSize: number(value.maxFileSize, defaultSettings.maxFileSize, 1_000, 100_000_000),
    readability: readabilitySettings(value.readability),
    maxPolicyAgeYears: number(value.maxPolicyAgeYears, defaultSettings.maxPolicyAgeYears, 0, 100),
    codeLens: typeof value.codeLens === 'boolean' ? value.codeLens : defaultSettings.codeLens,
  };
}

function readabilitySettings(raw: unknown): Settings['readability'] {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const thresholds: Record<string, number> = {};
  if (value.thresholds && typeof value.thresholds === 'object') {
    for (const [language, threshold] of Object.entries(value.thresholds as Record<string, unknown>)) {
      if (typeof threshold === 'number' && Number.isFinite(threshold)) thresholds[language] = threshold;
    }
  }
  const words = value.maxSentenceWords;
  return { maxSentenceWords: typeof words === 'number' && words >= 5 ? Math.min(words, 1000) : 40, thresholds };
}
