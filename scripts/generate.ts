/**
 * Corpus → content/: one MDX per article or office part and per office, a
 * JSON per document page, content/corpus.json (the export, served by
 * src/pages/data/[name].json.ts), the comparison, its CSVs and the files of
 * who does each model duty (nhiem-vu/). content/ is generated and ignored by git:
 * every run leaves exactly the files it wrote (stale ones removed, except
 * .gitkeep), and rewrites only those whose content changed, so that
 * `npm run dev` reloads just what an edit touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
import { buildComparisonSite } from '../src/lib/site/comparison';
import { DUTY_CONTENT_DIR, dutyFiles } from '../src/lib/site/duty-files';

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
  const written = new Set<string>();
  /** Write a file of content/ unless it already holds exactly this. */
  const put = (target: string, content: string | Buffer) => {
    written.add(target);
    if (existsSync(target) && readFileSync(target).equals(Buffer.from(content))) return;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  };

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
      put(join(OUT, file.path), file.content);
      count++;
    }
  }
  const exported = documents.map(exportDocument);
  put(join(OUT, 'corpus.json'), `${JSON.stringify({ documents: exported }, null, 1)}\n`);
  put(join(OUT, 'references.json'), `${JSON.stringify({ references: referenceRows(references) }, null, 1)}\n`);
  // The outside documents the corpus cites, for the page van-ban-duoc-dan-chieu/.
  const cited = referenceIndex.external.map((e) => ({
    key: e.key, anchor: e.anchor, descriptions: e.cited.map(citedDescription), cited: e.cited, citedBy: groupCitingPlaces(e.places),
  }));
  put(join(OUT, 'cited.json'), `${JSON.stringify({ documents: cited }, null, 1)}\n`);
  if (comparison) {
    put(join(OUT, 'comparison.json'), `${JSON.stringify(comparison, null, 1)}\n`);
    put(join(OUT, 'csv', 'tat-ca.csv'), comparisonCsv(comparison, provinces));
    for (const d of provinces) put(join(OUT, 'csv', `${d.meta.id}.csv`), comparisonCsv(comparison, [d]));
    // Who does each model duty (src/lib/site/duty-files.ts), with a gzipped copy for servers that do not compress.
    for (const [name, file] of dutyFiles(buildComparisonSite(exported, comparison))) {
      const json = JSON.stringify(file);
      put(join(OUT, DUTY_CONTENT_DIR, name), json);
      put(join(OUT, DUTY_CONTENT_DIR, `${name}.pfgz`), gzipSync(json, { level: 9 }));
    }
  }
  // The drafting aid's precedents (src/lib/draft), compact: the page proposes a distribution in the browser from it.
  if (model) put(join(OUT, 'precedents.json'), `${JSON.stringify(draftData(model, allPrecedents(provinces, reviews)))}\n`);
  removeStale(OUT, written);
  const warnings = problems.length - errors.length;
  process.stdout.write(`generate: ${documents.length} văn bản, ${count} tệp MDX trong ${OUT}/ (${warnings} cảnh báo/ghi chú: xem npm run check-corpus)\n`);
  return 0;
});

/** Remove what an earlier run wrote and this one did not (a renamed document, a removed office), and emptied folders. */
function removeStale(dir: string, keep: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removeStale(path, keep);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (entry.name !== '.gitkeep' && !keep.has(path)) rmSync(path);
  }
}
