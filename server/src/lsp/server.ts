import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, normalizeCode, type AnalysisResult } from '../service';
import { registerFeatures, type FeatureContext } from './features';
import { defaultSettings, sanitizeSettings, type Settings } from '../shared/settings';
import { DIAGNOSTIC_SOURCE, POLICY_LANGUAGE_ID, SERVER_COMMAND_CHECK_DOCUMENT } from '../shared/protocol';
import { analysisOptions, formatOfDocument, pathOf, toDiagnostic } from './convert';
import { globToRegExp, matchesAny } from './glob';
import { withProjectConfig, type ProjectConfigReader } from './projectConfig';

/**
 * The language server: wires documents, settings and timers to the analysis core. It decides nothing about
 * policies itself. Shared by the Node entry (stdio / IPC) and, later, the browser worker.
 */
export function startServer(connection: Connection, host: { readProjectConfig?: ProjectConfigReader } = {}): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsCache = new Map<string, Promise<Settings>>();
  /** Documents the user asked to check although their name matches no glob. */
  const enabled = new Set<string>();
  let configurationSupport = false;
  let relatedSupport = false;
  let initSettings: Settings = defaultSettings;
  /** The client's UI language (initialize's `locale`), for hovers and messages when the settings say "auto". */
  let clientLocale: string | undefined;
  /** The latest analysis of each document version: features (hover, code actions …) reuse it. */
  const analyses = new Map<string, { version: number; settings: Settings; result: AnalysisResult }>();

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    configurationSupport = capabilities.workspace?.configuration === true;
    relatedSupport = capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    initSettings = sanitizeSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    clientLocale = params.locale;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        executeCommandProvider: { commands: [SERVER_COMMAND_CHECK_DOCUMENT, ...features.commands] },
        ...features.capabilities,
      },
      serverInfo: { name: 'GDPR Lens', version: typeof GDPR_LENS_VERSION === 'string' ? GDPR_LENS_VERSION : '0.0.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationSupport) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gdprLens' }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!configurationSupport) initSettings = sanitizeSettings((change.settings as { gdprLens?: unknown } | undefined)?.gdprLens);
    for (const document of documents.all()) schedule(document, 0);
  });

  function settingsFor(uri: string): Promise<Settings> {
    if (!configurationSupport) return Promise.resolve(initSettings);
    let settings = settingsCache.get(uri);
    if (!settings) {
      const asked = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'gdprLens' })
        .then(sanitizeSettings, () => initSettings);
      // A client that never answers must not stop checking: after a while, check with the defaults, and re-check
      // with the real settings if they arrive later.
      let timedOut = false;
      const entry: Promise<Settings> = Promise.race([
        asked,
        new Promise<Settings>((resolve) => {
          const timer = setTimeout(() => {
            timedOut = true;
            resolve(initSettings);
          }, CONFIGURATION_TIMEOUT_MS);
          void asked.then(() => clearTimeout(timer));
        }),
      ]);
      void asked.then((late) => {
        if (!timedOut || settingsCache.get(uri) !== entry) return;
        settingsCache.set(uri, Promise.resolve(late));
        const document = documents.get(uri);
        if (document) schedule(document, 0);
      });
      settings = entry;
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  function isChecked(document: TextDocument, settings: Settings): boolean {
    if (document.languageId === POLICY_LANGUAGE_ID || enabled.has(document.uri)) return true;
    if (!formatOfDocument(document.languageId, document.uri)) return false;
    return matchesAny(pathOf(document.uri), settings.files.map(globToRegExp));
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        void validate(document.uri);
      }, delay),
    );
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const settings = await settingsFor(uri);
    // The document may have changed or closed while settings were fetched: only the latest version counts.
    const current = documents.get(uri);
    if (!current || current.version !== document.version) return;
    if (!isChecked(document, settings)) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const diagnostics = diagnose(document, settings);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /** Analyses a document version once; later calls for the same version return the cached result. */
  function analysisOf(document: TextDocument, settings: Settings): AnalysisResult {
    const cached = analyses.get(document.uri);
    // Settings objects are replaced (not mutated) when the configuration changes, so identity says "same settings".
    if (cached && cached.version === document.version && cached.settings === settings) return cached.result;
    const result = analyze(document.getText(), withProjectConfig(analysisOptions(document, settings, uiLanguage(settings)), projectConfig(document.uri)));
    analyses.set(document.uri, { version: document.version, settings, result });
    return result;
  }

  /** Config files that had a problem, with diagnostics published on them. */
  const brokenConfigs = new Set<string>();

  /** The `.gdpr-lens.json` for a file: URI; a broken one gets a diagnostic on the file itself. */
  function projectConfig(uri: string) {
    if (!host.readProjectConfig || !uri.startsWith('file:')) return null;
    const config = host.readProjectConfig(pathOf(uri));
    if (config.path && config.uri) {
      const configUri = config.uri;
      if (config.error) {
        brokenConfigs.add(configUri);
        const diagnostic: Diagnostic = {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          severity: 1,
          source: DIAGNOSTIC_SOURCE,
          code: 'config-invalid',
          message: `${config.error.slice(config.path.length + 2)} (GDPR Lens uses its defaults until this is fixed)`,
        };
        void connection.sendDiagnostics({ uri: configUri, diagnostics: [diagnostic] });
      } else if (brokenConfigs.delete(configUri)) {
        void connection.sendDiagnostics({ uri: configUri, diagnostics: [] });
      }
    }
    return config;
  }

  function checkable(document: TextDocument, settings: Settings): string | null {
    const text = document.getText();
    if (text.length > settings.maxFileSize) {
      return `GDPR Lens did not check this document: it has ${text.length} characters, more than gdprLens.maxFileSize (${settings.maxFileSize}).`;
    }
    if (text.slice(0, 8000).includes('\u0000')) return 'GDPR Lens did not check this document: it does not look like text.';
    return null;
  }

  function diagnose(document: TextDocument, settings: Settings): Diagnostic[] {
    const refusal = checkable(document, settings);
    if (refusal) return [notice(refusal)];
    try {
      const result = analysisOf(document, settings);
      return result.findings.map((finding) => toDiagnostic(document, finding, relatedSupport));
    } catch (error) {
      connection.console.error(`GDPR Lens could not check ${document.uri}: ${(error as Error).stack ?? error}`);
      return [notice(`GDPR Lens could not check this document (${(error as Error).message}). See the output channel.`)];
    }
  }

  // TextDocuments fires onDidOpen and then onDidChangeContent for an opened document: check it at once,
  // and debounce only real edits.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    schedule(event.document, 0);
  });
  documents.onDidChangeContent((event) => {
    if (justOpened.delete(event.document.uri)) return;
    void settingsFor(event.document.uri).then((s) => schedule(event.document, s.debounceMs));
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    enabled.delete(event.document.uri);
    analyses.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /** The setting, else the client's locale, else (a client that sends none, such as Neovim) the document's language. */
  function uiLanguage(settings: Settings, documentLanguage = 'auto'): string {
    if (settings.messagesLanguage !== 'auto') return settings.messagesLanguage;
    return clientLocale ? normalizeCode(clientLocale) : documentLanguage;
  }

  const context: FeatureContext = {
    connection,
    documents,
    settingsFor,
    uiLanguage,
    /** The analysis of a checked document's current version, or null when it is not checked (or cannot be). */
    async analysis(uri) {
      const document = documents.get(uri);
      if (!document) return null;
      const settings = await settingsFor(uri);
      if (!isChecked(document, settings) || checkable(document, settings)) return null;
      return { document, settings, result: analysisOf(document, settings) };
    },
  };
  const features = registerFeatures(context);

  connection.onExecuteCommand(async (params) => {
    if (features.commands.includes(params.command)) return features.executeCommand(params);
    if (params.command !== SERVER_COMMAND_CHECK_DOCUMENT) return;
    const uri = params.arguments?.[0];
    if (typeof uri !== 'string') return;
    enabled.add(uri);
    const document = documents.get(uri);
    if (document) schedule(document, 0);
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
}

/** How long to wait for an answer to workspace/configuration before checking with the defaults. */
const CONFIGURATION_TIMEOUT_MS = 2_000;

function notice(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: DIAGNOSTIC_SOURCE, code: 'not-checked', message };
}

declare const GDPR_LENS_VERSION: string | undefined;
