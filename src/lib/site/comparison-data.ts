/**
 * Build-time loading for the comparison pages: the exports that
 * scripts/generate.ts wrote into content/ (the corpus and the comparison,
 * which carries each link's review). Read once per build (again when
 * content/comparison.json changes, under `npm run dev`).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../align/comparison';
import type { ExportDocument } from '../export';
import { buildComparisonSite, type ComparisonSite } from './comparison';
import { readContent } from './content';

let cached: { site: ComparisonSite; corpus: ExportDocument[]; root: string; stamp: number } | null = null;

export function loadComparison(root = process.cwd()): { site: ComparisonSite; corpus: ExportDocument[] } {
  // Keyed on the project and the generated file's time, so `npm run dev` shows a regenerated comparison.
  const stamp = statSync(join(root, 'content', 'comparison.json')).mtimeMs;
  if (cached?.root === root && cached.stamp === stamp) return cached;
  const corpus = readContent<{ documents: ExportDocument[] }>(root, 'corpus.json').documents;
  const comparison = readContent<Comparison>(root, 'comparison.json');
  cached = { site: buildComparisonSite(corpus, comparison), corpus, root, stamp };
  return cached;
}
