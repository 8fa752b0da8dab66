import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const LABELLED = join(FIXTURES, 'labelled');

export interface Labelled {
  name: string;
  path: string;
  text: string;
  language: string;
  country: string | null;
  requirements: Record<string, { status: string; evidence: string[]; trigger?: string[] }>;
}

/** Every labelled fixture (text + labels), sorted by name. */
export function labelledFixtures(): Labelled[] {
  return readdirSync(LABELLED)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(LABELLED, f), 'utf8'));
      const path = join(LABELLED, labels.file);
      return { name: labels.file, path, text: readFileSync(path, 'utf8'), language: labels.language, country: labels.country, requirements: labels.requirements };
    });
}

/** Lines joined with \n: keeps multi-line test documents readable. */
export function lines(...content: string[]): string {
  return content.join('\n');
}
