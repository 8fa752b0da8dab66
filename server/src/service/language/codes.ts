/** "sv-SE" → "sv", "no"/"nn" → "nb": the codes our data folders use, from a locale or a declared language. */
export function normalizeCode(code: string): string {
  const base = code.toLowerCase().split(/[-_]/)[0];
  return base === 'no' || base === 'nn' ? 'nb' : base;
}
