import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Status } from '../service';

/** A labelled policy: the corpus format of shared/corpus (one `.labels.json` beside each text). */
export interface LabelledDocument {
  path: string;
  text: string;
  language: string;
  country: string | null;
  /** Labels that only say present / not present (research datasets). */
  binary: boolean;
  requirements: Record<string, { status: Status; evidence: string[]; trigger?: string[] }>;
}

/** Every labelled document under `dir`, recursively, in a stable order. */
export function loadLabelled(dir: string): LabelledDocument[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.labels.json'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  return entries.map((labelsPath) => {
    const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
    const textPath = join(dirname(labelsPath), labels.file ?? basename(labelsPath).replace(/\.labels\.json$/, ''));
    return {
      path: textPath,
      text: readFileSync(textPath, 'utf8'),
      language: labels.language,
      country: labels.country ?? null,
      binary: labels.binary === true,
      requirements: labels.requirements,
    };
  });
}
