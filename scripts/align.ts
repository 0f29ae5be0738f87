/**
 * The comparison with the model, from the command line:
 *   --report                       per province document: duties assigned (and only in part), unassigned, split
 *                                  across offices; reviewed links full/partial; precision and recall of the proposals
 *   --propose <id>                 proposals with both texts, as JSON (never written to alignments/)
 *   --sheet <id> [--out f.xlsx]    the review workbook for a legal officer (scripts/lib/review-workbook.ts)
 *   --import <f.xlsx> --reviewer "<name>" [--dry-run] [--partial]
 *                                  merge the workbook's decisions into alignments/<id>.json
 * Options: --seeds <dir>, --alignments <dir> (defaults seeds/, alignments/; tests pass temporary ones).
 */
import { dutiesOf, type Duty } from '../src/lib/align/duties';
import { propose } from '../src/lib/align/propose';
import { report } from '../src/lib/align/review';
import { applySheet, reviewSheet, type SheetInput, type SheetProblem } from '../src/lib/align/review-sheet';
import type { LegalDocument } from '../src/lib/model';
import { loadReview, saveReview } from './lib/alignments';
import { formatProblem, loadCorpus, runCli } from './lib/corpus';
import { readReviewWorkbook, writeReviewWorkbook } from './lib/review-workbook';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] ?? null : null; };
const flag = (name: string) => args.includes(name);
const SEEDS = option('--seeds') ?? 'seeds';
const ALIGNMENTS = option('--alignments') ?? 'alignments';

/** Today's date where the command runs, YYYY-MM-DD. */
const today = () => new Date().toLocaleDateString('sv-SE');

function sheetInput(model: LegalDocument, modelDuties: Duty[], doc: LegalDocument): SheetInput {
  const items = dutiesOf(doc);
  return {
    document: doc.meta.id, title: doc.meta.shortTitle ?? doc.meta.id, modelId: model.meta.id, modelDuties, items,
    officeNames: new Map(doc.offices.map((o) => [o.id, o.name])), proposals: propose(modelDuties, items), review: loadReview(ALIGNMENTS, doc.meta.id),
  };
}

const where = (file: string, p: SheetProblem) => `${file}: ${p.sheet ? `sheet «${p.sheet}»` : ''}${p.row ? `, dòng ${p.row}` : ''}: ${p.message}`;

async function importSheet(file: string, model: LegalDocument, modelDuties: Duty[], documents: LegalDocument[]): Promise<number> {
  const reviewer = option('--reviewer');
  if (!reviewer?.trim()) throw new Error('--import cần --reviewer "<họ tên người rà soát>"');
  const read = await readReviewWorkbook(file);
  const doc = documents.find((d) => d.meta.id === read.document);
  if (!doc) throw new Error(`${file}: không rõ văn bản của bảng (${read.document ?? 'thiếu cột khóa'}); hãy dùng tệp do --sheet tạo`);
  if (read.model !== model.meta.id) throw new Error(`${file}: bảng đối chiếu với ${read.model}, không phải ${model.meta.id}`);
  const input = sheetInput(model, modelDuties, doc);
  const result = applySheet(read.answers, input, reviewer.trim(), today());
  const problems = [...read.problems, ...result.problems];
  for (const p of problems) console.error(where(file, p));
  for (const w of result.warnings) console.error(`${where(file, w)} (cảnh báo)`);
  const count = (k: string) => result.changes.filter((c) => c.kind === k).length;
  for (const c of result.changes) console.log(`${c.kind}: ${c.item} ↔ ${c.model}: ${c.from} → ${c.to} (sheet «${c.sheet}», dòng ${c.row})`);
  for (const u of result.unassignedChanges) console.log(`unassigned: ${u}`);
  console.log(`đồng ý ${count('accepted')}, không đồng ý ${count('rejected')}, thêm ${count('added')}, sửa phạm vi/ghi chú ${count('updated')}, không đổi ${result.unchanged}; ${result.keptOutsideSheet} liên kết đã rà soát không có trong bảng, giữ nguyên; ${problems.length} dòng không dùng được`);
  if (problems.length && !flag('--partial')) {
    console.error(`không ghi gì vào ${ALIGNMENTS}/${doc.meta.id}.json: sửa các dòng trên rồi nhập lại, hoặc dùng --partial để ghi phần dùng được`);
    return 1;
  }
  if (flag('--dry-run')) { console.log('--dry-run: không ghi tệp'); return 0; }
  if (result.changes.length === 0 && result.unassignedChanges.length === 0) { console.log('không có thay đổi'); return 0; }
  saveReview(ALIGNMENTS, result.review);
  console.log(`đã ghi ${ALIGNMENTS}/${doc.meta.id}.json`);
  return 0;
}

function printReport(model: LegalDocument, modelDuties: Duty[], documents: LegalDocument[]): void {
  console.log('văn bản | điểm mô hình được giao | trong đó chỉ từng phần | không thấy phân công | chia cho nhiều phòng | nhiệm vụ riêng | liên kết đã rà soát: toàn bộ / một phần | độ chính xác | độ phủ');
  for (const doc of documents.filter((d) => d.meta.implements === model.meta.id)) {
    const items = dutiesOf(doc);
    const r = report(modelDuties, items, propose(modelDuties, items), loadReview(ALIGNMENTS, doc.meta.id));
    console.log(`${doc.meta.id} | ${r.assigned}/${r.modelDuties} | ${r.assignedInPart} | ${r.unassigned} | ${r.split} | ${r.provinceOnly}/${items.length} | ${r.fullLinks} / ${r.partialLinks} | ${pct(r.precision)} | ${pct(r.recall)}`);
  }
}

runCli(async () => {
  const { documents, problems } = loadCorpus(SEEDS);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) console.error(formatProblem(p));
    return 1;
  }
  const model = documents.find((d) => d.meta.kind === 'model');
  if (!model) throw new Error(`không có văn bản mô hình (kind: model) trong ${SEEDS}/`);
  const modelDuties = dutiesOf(model);
  const byId = new Map(modelDuties.map((d) => [d.node, d]));
  const docNamed = (name: string) => {
    const id = option(name);
    const doc = documents.find((d) => d.meta.id === id);
    if (!doc) throw new Error(`không có văn bản ${id ?? '(thiếu tên)'} trong ${SEEDS}/`);
    return doc;
  };

  if (flag('--propose')) {
    const items = dutiesOf(docNamed('--propose'));
    const proposals = propose(modelDuties, items);
    console.log(JSON.stringify(items.map((i) => ({
      item: i.node, office: i.office, label: i.label, text: i.text,
      proposals: proposals.filter((p) => p.item === i.node).map((p) => ({
        model: p.model, score: p.score, label: byId.get(p.model)!.label, text: byId.get(p.model)!.text, competitors: p.competitors,
        ...(p.coverage ? { coverage: p.coverage } : {}), ...(p.reasons ? { reasons: p.reasons } : {}),
      })),
    })), null, 2));
    return 0;
  }
  if (flag('--sheet')) {
    const doc = docNamed('--sheet');
    const out = option('--out') ?? `${doc.meta.id}.xlsx`;
    const sheet = reviewSheet(sheetInput(model, modelDuties, doc));
    await writeReviewWorkbook(sheet, out);
    console.log(`${out}: ${sheet.links.length} dòng «Đối chiếu», ${sheet.unassigned.length} «Chưa phân công», ${sheet.own.length} «Nhiệm vụ riêng»`);
    return 0;
  }
  if (flag('--import')) return importSheet(option('--import')!, model, modelDuties, documents);
  if (flag('--report')) { printReport(model, modelDuties, documents); return 0; }
  console.error('dùng: npm run align -- --report | --propose <id> | --sheet <id> [--out tệp.xlsx] | --import <tệp.xlsx> --reviewer "<tên>" [--dry-run] [--partial]');
  return 2;
});
