/**
 * dist/data/corpus.json, references.json, comparison.json and precedents.json
 * (the drafting aid's data, src/lib/draft/data.ts): the exports
 * scripts/generate.ts writes into content/ (Astro empties dist/ on build,
 * so generate cannot write there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const prerender = true;

export function getStaticPaths() {
  return ['corpus', 'references', 'comparison', 'precedents'].map((name) => ({ params: { name } }));
}

export function GET({ params }: { params: { name: string } }): Response {
  const body = readFileSync(join(process.cwd(), 'content', `${params.name}.json`), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
