import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, ConfigFinder, optionsFor } from '../cli/config';
import type { ProjectConfig } from '../lsp/projectConfig';

/**
 * Reads the `.gdpr-lens.json` nearest above a document, afresh on each call (a few stat calls), so that an
 * edited config applies at the next check. An invalid file gives no options and an error to show on it.
 */
export function readProjectConfig(documentPath: string): ProjectConfig {
  try {
    const loaded = new ConfigFinder().find(documentPath);
    if (!loaded) return { path: null, options: {} };
    const { language, ...rest } = optionsFor(loaded.config, {});
    return { path: loaded.path, uri: pathToFileURL(resolve(loaded.path)).href, options: { ...rest, ...(language && language !== 'auto' ? { language } : {}) } };
  } catch (error) {
    if (error instanceof ConfigError) {
      const [path] = error.message.split(': ');
      return { path, uri: pathToFileURL(resolve(path)).href, options: {}, error: error.message };
    }
    return { path: null, options: {} };
  }
}
