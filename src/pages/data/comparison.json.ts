/** dist/data/comparison.json: one row per model duty with the province items that carry it (written by scripts/generate.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const prerender = true;

export function GET(): Response {
  return new Response(readFileSync(join(process.cwd(), 'content', 'comparison.json'), 'utf8'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
