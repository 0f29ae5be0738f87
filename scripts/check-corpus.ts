/**
 * `npm run check-corpus [-- <dir>]`: parse every source and print a short
 * report per document. Exits 1 on any error (bad metadata, empty or non-UTF-8
 * file, no structure), printing file:line and an explanation.
 */
import { allNodes } from '../src/lib/parse';
import type { LegalDocument } from '../src/lib/model';
import { findReferences } from '../src/lib/references';
import { formatProblem, loadCorpus, runCli, type Problem } from './lib/corpus';

/** Counts a reader cares about, by kind. */
function countNodes(doc: LegalDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of allNodes(doc)) {
    const key = n.kind === 'part' ? `part:${n.partType}` : n.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const LABELS: Array<[string, string]> = [
  ['part:chapter', 'chương'], ['part:annex', 'phụ lục/văn bản kèm'], ['part:section', 'phần/mục'], ['article', 'điều'],
  ['office', 'mục phòng'], ['clause', 'khoản/mục'], ['point', 'điểm'], ['row', 'dòng bảng'], ['footnote', 'chú thích'],
];

runCli(() => {
  const dir = process.argv[2] ?? 'seeds';
  const { documents, problems } = loadCorpus(dir);
  const references = findReferences(documents);
  for (const r of references) {
    if (r.kind !== 'internal' || r.target) continue;
    const doc = documents.find((d) => d.meta.id === r.document)!;
    const line = allNodes(doc).find((n) => n.id === r.source)?.lines[0] ?? 1;
    const outside = r.reason?.startsWith('dẫn chiếu tới văn bản khác');
    const problem: Problem = { severity: outside ? 'info' : 'warning', file: `${dir}/${doc.meta.sourceFile}`, line, message: `dẫn chiếu "${r.text}" không xác định được: ${r.reason}` };
    problems.push(problem);
  }
  for (const doc of documents) {
    const counts = countNodes(doc);
    const summary = LABELS.filter(([k]) => counts[k]).map(([k, word]) => `${counts[k]} ${word}`).join(', ');
    console.log(`\n${doc.meta.id} — ${doc.meta.shortTitle ?? doc.meta.title}`);
    console.log(`  ${summary}; ${doc.offices.length} phòng/đơn vị; ${doc.removed.length} phần loại bỏ`);
    if (doc.offices.length) console.log(`  phòng/đơn vị: ${doc.offices.map((o) => o.name).join('; ')}`);
    const mine = references.filter((r) => r.document === doc.meta.id);
    const kinds = (k: string) => mine.filter((r) => r.kind === k);
    const resolved = (k: string) => kinds(k).filter((r) => r.target && !('external' in r.target)).length;
    console.log(`  dẫn chiếu: ${kinds('document').length} tới văn bản (${resolved('document')} trong kho), ${kinds('internal').length} trong văn bản (${resolved('internal')} xác định được), ${kinds('office').length} tới phòng/đơn vị`);
    for (const r of doc.removed) console.log(`  loại bỏ dòng ${r.line}: "${r.text}" — ${r.reason}`);
  }
  const shown = problems.filter((p) => p.severity !== 'info');
  if (shown.length) console.log('');
  for (const p of shown) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const infos = problems.length - errors - warnings;
  console.log(`\n${documents.length} văn bản; ${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú định dạng`);
  return errors ? 1 : 0;
});
