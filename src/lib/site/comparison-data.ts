/**
 * Build-time loading for the comparison pages: the exports that
 * scripts/generate.ts wrote into content/ (the corpus and the comparison,
 * which carries each link's review). Read once per build; no other I/O.
 */
import type { Comparison } from '../align/comparison';
import type { ExportDocument } from '../export';
import { buildComparisonSite, type ComparisonSite } from './comparison';
import { readContent } from './content';

let cached: { site: ComparisonSite; corpus: ExportDocument[] } | null = null;

export function loadComparison(root = process.cwd()): { site: ComparisonSite; corpus: ExportDocument[] } {
  if (cached) return cached;
  const corpus = readContent<{ documents: ExportDocument[] }>(root, 'corpus.json').documents;
  const comparison = readContent<Comparison>(root, 'comparison.json');
  cached = { site: buildComparisonSite(corpus, comparison), corpus };
  return cached;
}
