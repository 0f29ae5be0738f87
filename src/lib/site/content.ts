/** The JSON exports scripts/generate.ts writes into content/, read at build time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readContent<T>(root: string, name: string): T {
  return JSON.parse(readFileSync(join(root, 'content', name), 'utf8')) as T;
}
