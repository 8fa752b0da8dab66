import type { FileReport } from '../report';

/** The JSON contract: later versions may add fields, never remove or rename them. */
export function formatJson(files: FileReport[]): string {
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
