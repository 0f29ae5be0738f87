/**
 * The comparison with the model, from the command line:
 *   --report                       per province document: duties assigned (and only in part), unassigned, split
 *                                  across offices; reviewed links full/partial; precision and recall of the proposals
 *   --report --blind               the same proposals judged leave-one-out: the coverage they alone would give,
 *                                  and proposed / correct / reviewed links (proposals never use a document's
 *                                  own review, only the other documents' as precedent)
 *   --propose <id> [--blind]       proposals with both texts, their basis and reasons, as JSON (never written to
 *                                  alignments/); without --blind each also says what the document's review decided
 *   --sheet <id> [--out f.xlsx]    the review workbook for a legal officer (scripts/lib/review-workbook.ts)
 *   --import <f.xlsx> --reviewer "<name>" [--dry-run] [--partial]
 *                                  merge the workbook's decisions into alignments/<id>.json
 * Options: --seeds <dir>, --alignments <dir> (defaults seeds/, alignments/; tests pass temporary ones).
 */
import { dutiesOf, type Duty } from '../src/lib/align/duties';
import { precedentsFor } from '../src/lib/align/precedents';
import { propose, proposalsByDocument, type Proposal } from '../src/lib/align/propose';
import { proposalQuality, report } from '../src/lib/align/review';
import { applySheet, reviewSheet, type SheetInput, type SheetProblem } from '../src/lib/align/review-sheet';
import type { LegalDocument } from '../src/lib/model';
import { loadReviewedCorpus, saveReview, type ReviewedCorpus } from './lib/alignments';
import { runCli } from './lib/corpus';
import { readReviewWorkbook, writeReviewWorkbook } from './lib/review-workbook';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] ?? null : null; };
const flag = (name: string) => args.includes(name);
const SEEDS = option('--seeds') ?? 'seeds';
const ALIGNMENTS = option('--alignments') ?? 'alignments';

/** Today's date where the command runs, YYYY-MM-DD. */
const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * The site's proposals for a document: from the other documents' reviews,
 * the ranker fitted on every reviewed distribution. They are computed for
 * every document at once (one space, one ranker), so a command that needs
 * several documents' computes them once itself (printReport).
 */
const proposalsFor = (c: ReviewedCorpus, modelDuties: Duty[], doc: LegalDocument): Proposal[] =>
  proposalsByDocument(modelDuties, c.provinces, c.reviews).get(doc.meta.id)!;
/** Leave one out: proposals for a document as if its review did not exist (not even to fit the ranker). */
const blindProposalsFor = (c: ReviewedCorpus, modelDuties: Duty[], doc: LegalDocument): Proposal[] =>
  propose(modelDuties, dutiesOf(doc), precedentsFor(doc.meta.id, c.provinces, c.reviews));

function sheetInput(c: ReviewedCorpus, modelDuties: Duty[], doc: LegalDocument): SheetInput {
  const items = dutiesOf(doc);
  return {
    document: doc.meta.id, title: doc.meta.shortTitle ?? doc.meta.id, modelId: c.model.meta.id, modelDuties, items,
    officeNames: new Map(doc.offices.map((o) => [o.id, o.name])), proposals: proposalsFor(c, modelDuties, doc), review: c.reviews.get(doc.meta.id) ?? null,
  };
}

/** How each change of an import is announced. */
const CHANGE_WORDS = { accepted: 'đồng ý', rejected: 'không đồng ý', added: 'thêm', updated: 'sửa phạm vi/ghi chú' } as const;

const where = (file: string, p: SheetProblem) => `${file}: ${p.sheet ? `sheet «${p.sheet}»` : ''}${p.row ? `, dòng ${p.row}` : ''}: ${p.message}`;

async function importSheet(file: string, c: ReviewedCorpus, modelDuties: Duty[]): Promise<number> {
  const { model, documents } = c;
  const reviewer = option('--reviewer');
  if (!reviewer?.trim()) throw new Error('--import cần --reviewer "<họ tên người rà soát>"');
  const read = await readReviewWorkbook(file);
  const doc = documents.find((d) => d.meta.id === read.document);
  if (!doc) throw new Error(`${file}: không rõ văn bản của bảng (${read.document ?? 'thiếu cột khóa'}); hãy dùng tệp do --sheet tạo`);
  if (read.model !== model.meta.id) throw new Error(`${file}: bảng đối chiếu với ${read.model}, không phải ${model.meta.id}`);
  const input = sheetInput(c, modelDuties, doc);
  const result = applySheet(read.answers, input, reviewer.trim(), today());
  const problems = [...read.problems, ...result.problems];
  for (const p of problems) console.error(where(file, p));
  for (const w of result.warnings) console.error(`${where(file, w)} (cảnh báo)`);
  const count = (k: string) => result.changes.filter((c) => c.kind === k).length;
  for (const c of result.changes) console.log(`${CHANGE_WORDS[c.kind]}: ${c.item} ↔ ${c.model}: ${c.from} → ${c.to} (sheet «${c.sheet}», dòng ${c.row})`);
  for (const u of result.unassignedChanges) console.log(`không thấy phân công: ${u}`);
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

function printReport(c: ReviewedCorpus, modelDuties: Duty[]): void {
  console.log('văn bản | điểm mô hình được giao | trong đó chỉ từng phần | không thấy phân công | chia cho nhiều phòng | nhiệm vụ riêng | liên kết đã rà soát: toàn bộ / một phần | độ chính xác | độ phủ');
  const proposals = proposalsByDocument(modelDuties, c.provinces, c.reviews);
  for (const doc of c.provinces) {
    const items = dutiesOf(doc);
    const r = report(modelDuties, items, proposals.get(doc.meta.id)!, c.reviews.get(doc.meta.id) ?? null);
    console.log(`${doc.meta.id} | ${r.assigned}/${r.modelDuties} | ${r.assignedInPart} | ${r.unassigned} | ${r.split} | ${r.provinceOnly}/${items.length} | ${r.fullLinks} / ${r.partialLinks} | ${pct(r.precision)} | ${pct(r.recall)}`);
  }
}

/** Leave one out: each reviewed document's proposals (its review unused) against its review. */
function printBlindReport(c: ReviewedCorpus, modelDuties: Duty[]): void {
  console.log('văn bản | điểm mô hình được đề xuất giao | không đề xuất | đề xuất | đúng | liên kết đã rà soát | độ chính xác | độ phủ');
  for (const doc of c.provinces) {
    const review = c.reviews.get(doc.meta.id);
    if (!review) continue;
    const items = dutiesOf(doc);
    const proposals = blindProposalsFor(c, modelDuties, doc);
    const r = report(modelDuties, items, proposals, null);
    const q = proposalQuality(proposals, review);
    console.log(`${doc.meta.id} | ${r.assigned}/${r.modelDuties} | ${r.unassigned} | ${q.proposed} | ${q.correct} | ${q.reviewed} | ${pct(q.precision)} | ${pct(q.recall)}`);
  }
}

runCli(async () => {
  const c = loadReviewedCorpus(SEEDS, ALIGNMENTS);
  if (!c) return 1;
  const { documents, model } = c;
  const blind = flag('--blind');
  const modelDuties = dutiesOf(model);
  const byId = new Map(modelDuties.map((d) => [d.node, d]));
  const docNamed = (name: string) => {
    const id = option(name);
    const doc = documents.find((d) => d.meta.id === id);
    if (!doc) throw new Error(`không có văn bản ${id ?? '(thiếu tên)'} trong ${SEEDS}/`);
    return doc;
  };

  if (flag('--propose')) {
    const doc = docNamed('--propose');
    const items = dutiesOf(doc);
    const proposals = (blind ? blindProposalsFor : proposalsFor)(c, modelDuties, doc);
    const decided = new Map((blind ? [] : c.reviews.get(doc.meta.id)?.links ?? []).map((l) => [`${l.item} ${l.model}`, l.status]));
    console.log(JSON.stringify(items.map((i) => ({
      item: i.node, office: i.office, label: i.label, text: i.text,
      proposals: proposals.filter((p) => p.item === i.node).map((p) => ({
        model: p.model, score: p.score, label: byId.get(p.model)!.label, text: byId.get(p.model)!.text,
        basis: p.basis, reasons: p.reasons, competitors: p.competitors, ...(p.coverage ? { coverage: p.coverage } : {}),
        ...(blind ? {} : { review: decided.get(`${p.item} ${p.model}`) ?? null }),
      })),
    })), null, 2));
    return 0;
  }
  if (flag('--sheet')) {
    const doc = docNamed('--sheet');
    const out = option('--out') ?? `${doc.meta.id}.xlsx`;
    const sheet = reviewSheet(sheetInput(c, modelDuties, doc));
    await writeReviewWorkbook(sheet, out);
    console.log(`${out}: ${sheet.links.length} dòng «Đối chiếu», ${sheet.unassigned.length} «Chưa phân công», ${sheet.own.length} «Nhiệm vụ riêng»`);
    return 0;
  }
  if (flag('--import')) return importSheet(option('--import')!, c, modelDuties);
  if (flag('--report')) { (blind ? printBlindReport : printReport)(c, modelDuties); return 0; }
  console.error('dùng: npm run align -- --report [--blind] | --propose <id> [--blind] | --sheet <id> [--out tệp.xlsx] | --import <tệp.xlsx> --reviewer "<tên>" [--dry-run] [--partial]');
  return 2;
});
