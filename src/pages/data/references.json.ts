/** dist/data/references.json: every reference found, with its resolved target or the reason it has none (written by scripts/generate.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const prerender = true;

export function GET(): Response {
  return new Response(readFileSync(join(process.cwd(), 'content', 'references.json'), 'utf8'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
