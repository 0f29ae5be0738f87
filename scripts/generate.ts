/**
 * Corpus → content/: one MDX per document overview, per article or office
 * part, per office, and content/corpus.json (the export, served by
 * src/pages/data/corpus.json.ts). content/ is generated: wiped and rewritten
 * on every run (except .gitkeep) and ignored by git.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem, loadCorpus, runCli } from './lib/corpus';
import { exportDocument } from '../src/lib/export';
import { documentFiles } from '../src/lib/site/pages';
import { buildComparison, comparisonCsv } from '../src/lib/align/comparison';
import { findReferences, referenceRows } from '../src/lib/references';
import { loadReview } from './lib/alignments';
import { allPrecedents } from '../src/lib/align/precedents';
import { draftData } from '../src/lib/draft/data';
import { comparisonNotes } from '../src/lib/site/comparison-links';
import { buildReferenceIndex, citedDescription, groupCitingPlaces } from '../src/lib/site/reference-links';

// `tsx scripts/generate.ts [seeds-dir] [out-dir]`: defaults are the project's; tests pass temp dirs.
const SEEDS = process.argv[2] ?? 'seeds';
const OUT = process.argv[3] ?? 'content';

runCli(() => {
  const { documents, problems } = loadCorpus(SEEDS);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`generate: ${errors.length} lỗi trong kho văn bản; không sinh trang.\n`);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name !== '.gitkeep') rmSync(join(OUT, name), { recursive: true, force: true });

  const byId = new Map(documents.map((d) => [d.meta.id, d]));
  const references = findReferences(documents);
  const referenceIndex = buildReferenceIndex(documents, references);
  // Comparison with the model: reviewed links from alignments/, proposals where no review exists.
  // Computed before the pages, which show it beside each model point and province item.
  const model = documents.find((d) => d.meta.kind === 'model');
  const provinces = model ? documents.filter((d) => d.meta.implements === model.meta.id) : [];
  const reviews = new Map(provinces.map((d) => [d.meta.id, loadReview('alignments', d.meta.id)]));
  const comparison = model ? buildComparison(model, provinces, reviews) : null;
  const notes = comparison ? comparisonNotes(comparison, documents) : new Map();
  let count = 0;
  for (const doc of documents) {
    for (const file of documentFiles(doc, byId, referenceIndex, notes.get(doc.meta.id))) {
      const target = join(OUT, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      count++;
    }
  }
  writeFileSync(join(OUT, 'corpus.json'), `${JSON.stringify({ documents: documents.map(exportDocument) }, null, 1)}\n`);
  writeFileSync(join(OUT, 'references.json'), `${JSON.stringify({ references: referenceRows(references) }, null, 1)}\n`);
  // The outside documents the corpus cites, for the page van-ban-duoc-dan-chieu/.
  const cited = referenceIndex.external.map((e) => ({
    key: e.key, anchor: e.anchor, descriptions: e.cited.map(citedDescription), cited: e.cited, citedBy: groupCitingPlaces(e.places),
  }));
  writeFileSync(join(OUT, 'cited.json'), `${JSON.stringify({ documents: cited }, null, 1)}\n`);
  if (comparison) {
    writeFileSync(join(OUT, 'comparison.json'), `${JSON.stringify(comparison, null, 1)}\n`);
    mkdirSync(join(OUT, 'csv'), { recursive: true });
    writeFileSync(join(OUT, 'csv', 'tat-ca.csv'), comparisonCsv(comparison, provinces));
    for (const d of provinces) writeFileSync(join(OUT, 'csv', `${d.meta.id}.csv`), comparisonCsv(comparison, [d]));
  }
  // The drafting aid's precedents (src/lib/draft), compact: the page proposes a distribution in the browser from it.
  if (model) writeFileSync(join(OUT, 'precedents.json'), `${JSON.stringify(draftData(model, allPrecedents(provinces, reviews)))}\n`);
  const warnings = problems.length - errors.length;
  process.stdout.write(`generate: ${documents.length} văn bản, ${count} tệp MDX trong ${OUT}/ (${warnings} cảnh báo/ghi chú: xem npm run check-corpus)\n`);
  return 0;
});
