import { readFileSync, statSync } from 'node:fs';

/** A file the CLI could not read, with the one-line reason it prints. */
export class InputError extends Error {}

const BINARY_SAMPLE = 8000;

/** Reads a policy as UTF-8 text, refusing directories, missing files and binary data with a clear reason. */
export function readPolicyFile(path: string, maxBytes: number): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!stat.isFile()) throw new InputError(`${path}: not a regular file`);
  if (stat.size > maxBytes) throw new InputError(`${path}: too large (${stat.size} bytes; the limit is ${maxBytes}, see --max-size)`);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (looksBinary(buffer)) throw new InputError(`${path}: looks like a binary file, not a text policy`);
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes or many control characters in the first few kilobytes mean it is not text. */
export function looksBinary(buffer: Uint8Array): boolean {
  const sample = buffer.subarray(0, BINARY_SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
