import { languagePacks } from '../data';

/**
 * Diagnostic texts come from data/<lang>/messages.json. A language without a text for a key falls back to
 * English, so a new language can start with a partial file.
 */
export function message(language: string, key: string, values: Record<string, string> = {}): string {
  const template = languagePacks[language]?.messages.templates[key] ?? languagePacks.en.messages.templates[key] ?? key;
  return fill(template, values);
}

export function requirementText(language: string, id: string): { title: string; missing: string } {
  return languagePacks[language]?.messages.requirements[id] ?? languagePacks.en.messages.requirements[id] ?? { title: id, missing: '' };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "the retention period" → "The retention period" (titles are written to be used mid-sentence). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
