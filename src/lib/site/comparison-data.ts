/**
 * Build-time loading for the comparison pages: the generated exports in
 * content/ (written by scripts/generate.ts) and the reviewed files in
 * alignments/. Read once per build.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../align/comparison';
import type { Review } from '../align/review';
import type { ExportDocument } from '../export';
import { loadReview } from '../../../scripts/lib/alignments';
import { buildComparisonSite, type ComparisonSite } from './comparison';
import { readContent } from './content';

let cached: { site: ComparisonSite; corpus: ExportDocument[]; stamp: number } | null = null;

export function loadComparison(root = process.cwd()): { site: ComparisonSite; corpus: ExportDocument[] } {
  // Keyed on the generated file's time, so `npm run dev` shows a regenerated comparison.
  const stamp = statSync(join(root, 'content', 'comparison.json')).mtimeMs;
  if (cached?.stamp === stamp) return cached;
  const corpus = readContent<{ documents: ExportDocument[] }>(root, 'corpus.json').documents;
  const comparison = readContent<Comparison>(root, 'comparison.json');
  const reviews = new Map<string, Review | null>(Object.keys(comparison.provinceOnly).map((id) => [id, loadReview(join(root, 'alignments'), id)]));
  cached = { site: buildComparisonSite(corpus, comparison, reviews), corpus, stamp };
  return cached;
}
