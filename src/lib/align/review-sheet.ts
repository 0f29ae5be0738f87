/**
 * The review round trip through a spreadsheet, without the file format: what
 * the three sheets hold (`reviewSheet`), and how a reviewer's answers are
 * checked and merged into the review (`applySheet`). Pure: the workbook is
 * written and read by scripts/lib/review-workbook.ts.
 *
 * Every row carries a key the reviewer never sees (a hidden column): the
 * item and model duty it concerns and a fingerprint of their texts, so a row
 * is matched back whatever the reviewer sorted or filtered, and a text that
 * changed since the sheet was written is caught.
 */
import { formatDate } from '../citation';
import type { Duty } from './duties';
import type { Proposal } from './propose';
import { mergeLinks, pairKey, unassignedDuties, type Coverage, type Review, type ReviewLink } from './review';

export const SHEET_NAMES = { links: 'Đối chiếu', unassigned: 'Chưa phân công', own: 'Nhiệm vụ riêng' } as const;
export type SheetName = (typeof SHEET_NAMES)[keyof typeof SHEET_NAMES];
export const DECISIONS = { accept: 'Đồng ý', reject: 'Không đồng ý', unseen: 'Chưa xem' } as const;
export const COVERAGES: Record<Coverage, string> = { full: 'Toàn bộ', partial: 'Một phần' };
export const STATUS = { auto: 'tự động', accepted: 'đã rà soát: đồng ý', added: 'đã rà soát: thêm', rejected: 'đã rà soát: không đồng ý' } as const;

/** FNV-1a (32 bits) of the NFC text, in hex: a short fingerprint that changes when the text does. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.normalize('NFC')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface LinkRow {
  key: string;
  model: Duty;
  item: Duty;
  office: string;
  score: number | null;
  reasons: string[];
  status: string;
  reviewed: string;
  note: string;
  /** Prefilled: the current decision (Đồng ý / Không đồng ý), or Chưa xem for a proposal. */
  decision: string;
  /** Prefilled: the current coverage, or the proposal's when a rule knows it. */
  coverage: string;
}

export interface UnassignedRow { key: string; model: Duty; note: string }
export interface OwnRow { key: string; item: Duty; office: string }

export interface ReviewSheet {
  document: string;
  model: string;
  title: string;
  links: LinkRow[];
  unassigned: UnassignedRow[];
  own: OwnRow[];
}

export interface SheetInput {
  document: string;
  /** Short title of the document, for the print footer. */
  title: string;
  modelId: string;
  modelDuties: Duty[];
  items: Duty[];
  officeNames: Map<string, string>;
  proposals: Proposal[];
  review: Review | null;
}

const linkKey = (item: Duty, model: Duty) => `L|${item.node}|${model.node}|${fingerprint(item.text)}|${fingerprint(model.text)}`;
const unassignedKey = (model: Duty) => `U|${model.node}|${fingerprint(model.text)}`;
const ownKey = (item: Duty) => `O|${item.node}|${fingerprint(item.text)}`;

/** Labels name the office in parentheses; the sheet has a column for it. */
const bareLabel = (item: Duty, office: string) => (office ? item.label.replace(` (${office})`, '') : item.label);

/** The three sheets for one document: every proposed or reviewed link, the duties nobody carries, the items with no counterpart. */
export function reviewSheet(input: SheetInput): ReviewSheet {
  const { modelDuties, items, proposals, review, officeNames } = input;
  const modelById = new Map(modelDuties.map((m) => [m.node, m]));
  const itemById = new Map(items.map((i) => [i.node, i]));
  const modelOrder = new Map(modelDuties.map((m, i) => [m.node, i]));
  const itemOrder = new Map(items.map((m, i) => [m.node, i]));
  const officeOf = (item: Duty) => (item.office ? officeNames.get(item.office) ?? item.office : '');
  const reviewed = new Map((review?.links ?? []).map((l) => [pairKey(l.item, l.model), l]));
  const rows: LinkRow[] = [];
  const seen = new Set<string>();
  const push = (itemId: string, modelId: string, proposal: Proposal | undefined) => {
    const k = pairKey(itemId, modelId);
    const item = itemById.get(itemId);
    const model = modelById.get(modelId);
    if (seen.has(k) || !item || !model) return;
    seen.add(k);
    const l = reviewed.get(k);
    const office = officeOf(item);
    rows.push({
      key: linkKey(item, model), model, item, office, score: proposal?.score ?? null, reasons: proposal?.reasons ?? [],
      status: l ? STATUS[l.status] : STATUS.auto,
      reviewed: l ? `${l.reviewedBy ?? review!.reviewer}, ${formatDate(l.reviewedAt ?? review!.reviewedAt)}` : '',
      note: l?.note ?? '',
      decision: l ? (l.status === 'rejected' ? DECISIONS.reject : DECISIONS.accept) : DECISIONS.unseen,
      coverage: l?.coverage ? COVERAGES[l.coverage] : proposal?.coverage ? COVERAGES[proposal.coverage] : '',
    });
  };
  const proposalOf = new Map(proposals.map((p) => [pairKey(p.item, p.model), p]));
  for (const l of review?.links ?? []) push(l.item, l.model, proposalOf.get(pairKey(l.item, l.model)));
  for (const p of proposals) push(p.item, p.model, p);
  rows.sort((a, b) => modelOrder.get(a.model.node)! - modelOrder.get(b.model.node)! || itemOrder.get(a.item.node)! - itemOrder.get(b.item.node)!);

  const shown = mergeLinks(proposals, review);
  const unassignedNote = new Map((review?.unassigned ?? []).map((u) => [u.model, u.note]));
  const linkedItems = new Set(shown.map((l) => l.item));
  return {
    document: input.document,
    model: input.modelId,
    title: input.title,
    links: rows,
    unassigned: unassignedDuties(modelDuties, shown).map((m) => ({ key: unassignedKey(m), model: m, note: unassignedNote.get(m.node) ?? '' })),
    own: items.filter((i) => !linkedItems.has(i.node)).map((i) => ({ key: ownKey(i), item: i, office: officeOf(i) })),
  };
}

/** What the reviewer typed in one row, as read from the workbook. */
export interface SheetAnswer {
  sheet: SheetName;
  /** The row number as the spreadsheet shows it. */
  row: number;
  key: string;
  decision: string;
  coverage: string;
  note: string;
  /** "Chưa phân công": the province item(s) typed; "Nhiệm vụ riêng": the model duty typed. */
  citation: string;
}

export interface SheetProblem { sheet: SheetName | null; row: number | null; message: string }

export interface SheetChange {
  kind: 'accepted' | 'rejected' | 'added' | 'updated';
  item: string;
  model: string;
  from: string;
  to: string;
  sheet: SheetName;
  row: number;
}

export interface ApplyResult {
  review: Review;
  changes: SheetChange[];
  /** Rows read and left as they were (Chưa xem, or the same decision). */
  unchanged: number;
  /** Reviewed links no row of the sheet mentions: kept as they were. */
  keptOutsideSheet: number;
  /** Notes on the `unassigned` list kept in step with the links. */
  unassignedChanges: string[];
  problems: SheetProblem[];
  /** Rows that were read but not used, reported as warnings (a reviewed link set back to Chưa xem). */
  warnings: SheetProblem[];
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
const choice = <T extends string>(typed: string, options: Record<string, T>): T | '' | null => {
  if (typed.trim() === '') return '';
  const f = fold(typed);
  return Object.values(options).find((o) => fold(o) === f) ?? null;
};

/** A model duty from a citation as a reviewer types it: "điểm đ khoản 13", "khoản 29 Điều 2", "13/đ", "13.đ", or its id. */
export function resolveModel(typed: string, model: Duty[]): Duty | string {
  const f = fold(typed);
  const byId = model.find((m) => m.node === typed.trim());
  if (byId) return byId;
  let khoan: string | undefined;
  let diem: string | undefined;
  const words = /^(?:điểm\s+([a-zđ])\s+)?khoản\s+(\d+)(?:\s+điều\s+\d+.*)?$/u.exec(f);
  const short = /^(\d+)\s*(?:[/.]\s*([a-zđ]))?$/u.exec(f);
  if (words) [khoan, diem] = [words[2], words[1]];
  else if (short) [khoan, diem] = [short[1], short[2]];
  else return `không hiểu trích dẫn "${typed}" (ghi như: điểm đ khoản 13, khoản 29, hoặc 13/đ)`;
  const id = `${model[0]?.node.split('/')[0] ?? 'dieu-2'}/khoan-${khoan}${diem ? `/diem-${diem === 'đ' ? 'dd' : diem}` : ''}`;
  const found = model.find((m) => m.node === id);
  if (found) return found;
  if (!diem && model.some((m) => m.node.startsWith(`${id}/`))) return `khoản ${khoan} có các điểm: ghi rõ điểm (vd. điểm a khoản ${khoan})`;
  return `mô hình không có ${diem ? `điểm ${diem} ` : ''}khoản ${khoan}`;
}

/** How an item may be cited, from the most to the least exact: its label (or label and office), the bare label, the label without "của Quy định". */
function citedForms(i: Duty, officeNames: Map<string, string>): Record<'exact' | 'bare' | 'unqualified', string[]> {
  const office = i.office ? officeNames.get(i.office) ?? '' : '';
  const bare = bareLabel(i, office);
  const unqualified = bare.replace(/ của (?!.* Điều )[^()]+$/u, '');
  return {
    exact: [i.label, office ? `${bare} ${office}` : bare].map(fold),
    bare: [fold(bare)],
    unqualified: [unqualified, office ? `${unqualified} ${office}` : unqualified].map(fold),
  };
}

/**
 * Reads a province item from a citation as a reviewer types it: its label
 * (with or without the office), label and office name, or its id; in a
 * decision with an attached Quy định, also without "của Quy định" ("khoản 1
 * Điều 2" for "khoản 1 Điều 2 của Quy định (Văn phòng)") when only one item
 * reads so. The items' forms are computed once for a sheet, not again for
 * each citation typed in it.
 */
export function itemResolver(items: Duty[], officeNames: Map<string, string>): (typed: string) => Duty | string {
  const cited = items.map((item) => ({ item, forms: citedForms(item, officeNames) }));
  return (typed) => {
    const f = fold(typed);
    const byId = items.find((i) => i.node === typed.trim());
    if (byId) return byId;
    let matches: Duty[] = [];
    for (const level of ['exact', 'bare', 'unqualified'] as const) {
      matches = cited.filter((c) => c.forms[level].includes(f)).map((c) => c.item);
      if (matches.length) break;
    }
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) return `"${typed}" có ở nhiều phòng: ${matches.slice(0, 5).map((m) => m.label).join('; ')} — ghi thêm tên phòng`;
    return `không có mục "${typed}" trong văn bản (ghi như cột "Mục của văn bản" của sheet «Đối chiếu»${items[0] ? `, vd. "${items[0].label}"` : ''})`;
  };
}

interface Decision {
  item: Duty;
  model: Duty;
  accept: boolean;
  coverage: Coverage | null;
  note: string;
  sheet: SheetName;
  row: number;
}

/** Read each answer into decisions, or problems named by sheet and row. */
function readAnswers(answers: SheetAnswer[], input: SheetInput): { decisions: Decision[]; unchanged: number; problems: SheetProblem[]; warnings: SheetProblem[] } {
  const modelById = new Map(input.modelDuties.map((m) => [m.node, m]));
  const itemById = new Map(input.items.map((i) => [i.node, i]));
  const reviewed = new Map((input.review?.links ?? []).map((l) => [pairKey(l.item, l.model), l]));
  const resolveItem = itemResolver(input.items, input.officeNames);
  const decisions: Decision[] = [];
  const problems: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  let unchanged = 0;
  const texts = (a: SheetAnswer, parts: string[], kinds: Array<'item' | 'model'>): Array<Duty> | null => {
    const out: Duty[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const [id, hash] = [parts[i + 1], parts[kinds.length + 1 + i]];
      const duty = kinds[i] === 'item' ? itemById.get(id ?? '') : modelById.get(id ?? '');
      if (!duty) { problems.push({ sheet: a.sheet, row: a.row, message: `không có ${kinds[i] === 'item' ? 'mục' : 'điểm của mô hình'} "${id}" (khóa ở cột ẩn không khớp văn bản)` }); return null; }
      if (fingerprint(duty.text) !== hash) { problems.push({ sheet: a.sheet, row: a.row, message: `lời văn của ${duty.label} đã thay đổi từ khi xuất bảng; hãy xuất bảng mới` }); return null; }
      out.push(duty);
    }
    return out;
  };
  for (const a of answers) {
    const parts = a.key.split('|');
    const kind = parts[0];
    const expected = { L: SHEET_NAMES.links, U: SHEET_NAMES.unassigned, O: SHEET_NAMES.own }[kind as 'L' | 'U' | 'O'];
    if (!expected || expected !== a.sheet || parts.length !== { L: 5, U: 3, O: 3 }[kind as 'L' | 'U' | 'O']) {
      problems.push({ sheet: a.sheet, row: a.row, message: `khóa ở cột ẩn bị sửa hoặc thiếu ("${a.key}")` });
      continue;
    }
    const coverage = choice(a.coverage, COVERAGES);
    if (coverage === null) { problems.push({ sheet: a.sheet, row: a.row, message: `phạm vi "${a.coverage}" không hợp lệ (chọn ${Object.values(COVERAGES).join(' hoặc ')})` }); continue; }
    const cov = (coverage ? (Object.entries(COVERAGES).find(([, v]) => v === coverage)![0] as Coverage) : null);
    if (kind === 'L') {
      const duties = texts(a, parts, ['item', 'model']);
      if (!duties) continue;
      const [item, model] = duties as [Duty, Duty];
      const decision = choice(a.decision, DECISIONS);
      if (decision === null) { problems.push({ sheet: a.sheet, row: a.row, message: `quyết định "${a.decision}" không hợp lệ (chọn ${Object.values(DECISIONS).join(', ')})` }); continue; }
      if (decision === '' || decision === DECISIONS.unseen) {
        if (reviewed.has(pairKey(item.node, model.node))) warnings.push({ sheet: a.sheet, row: a.row, message: `"${DECISIONS.unseen}" cho liên kết đã rà soát ${item.label} ↔ ${model.label}: giữ quyết định cũ` });
        unchanged++;
        continue;
      }
      if (decision === DECISIONS.accept && !cov) { problems.push({ sheet: a.sheet, row: a.row, message: `"${DECISIONS.accept}" cần phạm vi (${Object.values(COVERAGES).join(' hoặc ')})` }); continue; }
      decisions.push({ item, model, accept: decision === DECISIONS.accept, coverage: cov, note: a.note.trim(), sheet: a.sheet, row: a.row });
      continue;
    }
    const typed = a.citation.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
    if (typed.length === 0) { unchanged++; continue; }
    const own = texts(a, parts, [kind === 'U' ? 'model' : 'item']);
    if (!own) continue;
    if (!cov) { problems.push({ sheet: a.sheet, row: a.row, message: `cần phạm vi (${Object.values(COVERAGES).join(' hoặc ')}) cho liên kết được thêm` }); continue; }
    for (const t of typed) {
      const other = kind === 'U' ? resolveItem(t) : resolveModel(t, input.modelDuties);
      if (typeof other === 'string') { problems.push({ sheet: a.sheet, row: a.row, message: other }); continue; }
      const [item, model] = kind === 'U' ? [other, own[0]!] : [own[0]!, other];
      decisions.push({ item, model, accept: true, coverage: cov, note: a.note.trim(), sheet: a.sheet, row: a.row });
    }
  }
  return { decisions, unchanged, problems, warnings };
}

/** Two rows deciding the same pair differently: a problem on the later one, naming the earlier; neither is applied. */
function contradictions(decisions: Decision[]): { problems: SheetProblem[]; pairs: Set<string> } {
  const first = new Map<string, Decision>();
  const out: SheetProblem[] = [];
  const pairs = new Set<string>();
  for (const d of decisions) {
    const k = pairKey(d.item.node, d.model.node);
    const f = first.get(k);
    if (!f) { first.set(k, d); continue; }
    if (f.accept !== d.accept || f.coverage !== d.coverage) {
      pairs.add(k);
      out.push({ sheet: d.sheet, row: d.row, message: `mâu thuẫn với sheet «${f.sheet}», dòng ${f.row}: cùng cặp ${d.item.label} ↔ ${d.model.label}, khác quyết định hoặc phạm vi` });
    }
  }
  return { problems: out, pairs };
}

/**
 * Merge a reviewer's answers into the review. Rows with a problem are left
 * out (the caller writes nothing unless asked to keep the rest); every other
 * decision is applied with the reviewer's name and the date; links the sheet
 * does not mention are kept as they were; `unassigned`, when the review has
 * it, follows the links.
 */
export function applySheet(answers: SheetAnswer[], input: SheetInput, reviewer: string, date: string): ApplyResult {
  const read = readAnswers(answers, input);
  const conflicts = contradictions(read.decisions);
  const problems = [...read.problems, ...conflicts.problems];
  const bad = new Set(problems.map((p) => `${p.sheet} ${p.row}`));
  const proposed = new Set(input.proposals.map((p) => pairKey(p.item, p.model)));
  const review: Review = input.review
    ? structuredClone(input.review)
    : { document: input.document, model: input.modelId, reviewer, reviewedAt: date, notes: [], links: [] };
  const byPair = new Map(review.links.map((l) => [pairKey(l.item, l.model), l]));
  const changes: SheetChange[] = [];
  let unchanged = read.unchanged;
  const touched = new Set<string>();
  const describe = (l: ReviewLink | undefined) => (l ? `${STATUS[l.status]}${l.coverage ? ` (${COVERAGES[l.coverage].toLocaleLowerCase('vi')})` : ''}` : 'chưa có');
  for (const d of read.decisions) {
    const k = pairKey(d.item.node, d.model.node);
    if (bad.has(`${d.sheet} ${d.row}`) || conflicts.pairs.has(k)) continue;
    if (touched.has(k)) { unchanged++; continue; }
    touched.add(k);
    const old = byPair.get(k);
    const sameSide = old !== undefined && (old.status === 'rejected') === !d.accept;
    if (sameSide && (!d.accept || old.coverage === d.coverage) && (!d.note || d.note === old.note)) { unchanged++; continue; }
    const status: ReviewLink['status'] = !d.accept ? 'rejected' : old && old.status !== 'rejected' ? old.status : proposed.has(k) ? 'accepted' : 'added';
    const next: ReviewLink = {
      item: d.item.node, model: d.model.node, status, checked: true,
      ...(d.accept ? { coverage: d.coverage! } : {}),
      ...(d.note || old?.note ? { note: d.note || old!.note! } : {}),
      reviewedBy: reviewer, reviewedAt: date,
    };
    if (old) review.links[review.links.indexOf(old)] = next;
    else review.links.push(next);
    byPair.set(k, next);
    const kind: SheetChange['kind'] = sameSide ? 'updated' : status;
    changes.push({ kind, item: d.item.label, model: d.model.label, from: describe(old), to: describe(next), sheet: d.sheet, row: d.row });
  }
  const mentioned = new Set(answers.filter((a) => a.key.startsWith('L|')).map((a) => a.key.split('|').slice(1, 3).join(' ')));
  const keptOutsideSheet = (input.review?.links ?? []).filter((l) => !mentioned.has(pairKey(l.item, l.model)) && !touched.has(pairKey(l.item, l.model))).length;
  return { review, changes, unchanged, keptOutsideSheet, unassignedChanges: followUnassigned(review, input, reviewer, date), problems, warnings: read.warnings };
}

/** Keep `unassigned` (when the review has it) equal to the duties no link carries. */
function followUnassigned(review: Review, input: SheetInput, reviewer: string, date: string): string[] {
  if (!review.unassigned) return [];
  const now = new Set(unassignedDuties(input.modelDuties, mergeLinks(input.proposals, review)).map((m) => m.node));
  const out: string[] = [];
  const label = new Map(input.modelDuties.map((m) => [m.node, m.label]));
  review.unassigned = review.unassigned.filter((u) => {
    if (now.has(u.model)) return true;
    out.push(`${label.get(u.model) ?? u.model}: nay có mục đảm nhận, bỏ khỏi danh sách "không thấy phân công"`);
    return false;
  });
  const listed = new Set(review.unassigned.map((u) => u.model));
  for (const m of input.modelDuties) {
    if (!now.has(m.node) || listed.has(m.node)) continue;
    review.unassigned.push({ model: m.node, note: `Không còn mục nào đảm nhận sau khi ${reviewer} bác liên kết ngày ${date}.` });
    out.push(`${m.label}: không còn mục nào đảm nhận, thêm vào danh sách "không thấy phân công"`);
  }
  const order = new Map(input.modelDuties.map((m, i) => [m.node, i]));
  review.unassigned.sort((a, b) => (order.get(a.model) ?? 0) - (order.get(b.model) ?? 0));
  return out;
}
