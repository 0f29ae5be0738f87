/**
 * dist/data/corpus.json: the export written by scripts/generate.ts into
 * content/ (Astro empties dist/ on build, so generate cannot write there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const prerender = true;

export function GET(): Response {
  const body = readFileSync(join(process.cwd(), 'content', 'corpus.json'), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
