/**
 * The comparison pages (`so-sanh/`): what they show, computed once at build
 * time from the generated exports (content/corpus.json, content/comparison.json,
 * which carries every link's review: coverage, note, who and when). Pure:
 * data in, view models out; the pages only lay them out. Texts are never
 * re-parsed: node texts, labels and URLs come from the corpus export (URLs
 * from `locateNodes`).
 */
import { diffWords } from 'diff';
import type { Comparison, DocumentReview } from '../align/comparison';
import type { Coverage } from '../align/review';
import type { ExportDocument, ExportNode } from '../export';
import { formatDate } from '../citation';
import { slugify } from '../slug';
import { regionOf } from './provinces';
import { NOT_ASSIGNED } from './words';

export { NOT_ASSIGNED };

export const COMPARISON_ROOT = 'so-sanh/';
/** The overview's browser title and breadcrumb name (its <h1> is `COMPARISON_HEADING`). */
export const COMPARISON_TITLE = 'So sánh với mô hình';
export const COMPARISON_HEADING = 'So sánh các tỉnh với mô hình';

/** The list of the model's duties, the directory of the per-duty pages. */
export const DUTIES_PATH = `${COMPARISON_ROOT}nhiem-vu/`;
/** The per-duty page of a model point, by its anchor on the model's article page ("khoan-1-diem-a"). */
export const dutyPath = (anchor: string) => `${DUTIES_PATH}${anchor}/`;
/** A model unit's key from its URL on the model's article page: its anchor ("khoan-11-diem-g"), which names its per-duty page and files. */
export const dutyKey = (url: string) => url.split('#')[1] ?? '';

/** A run of a word-level diff: same text, model-only (deleted), province-only (inserted). */
export interface DiffPart { t: 's' | 'd' | 'i'; v: string }

/** Word-level diff from the model's wording to the province's (jsdiff `diffWords`). */
export function wordDiff(model: string, province: string): DiffPart[] {
  return diffWords(model, province).map((c) => ({ t: c.added ? 'i' : c.removed ? 'd' : 's', v: c.value }) as DiffPart);
}

/** True when two wordings are the same but for whitespace (no diff needed to say so). */
export const sameWording = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();


export interface ProvinceDoc {
  id: string;
  /** Short title for column heads. */
  title: string;
  fullTitle: string;
  province: string | null;
  /** The province's region (src/lib/site/provinces.ts), for the overview's filter. */
  region: string;
  kind: string | null;
  url: string;
  path: string;
  csv: string;
  /** Whether the document splits the duties among offices (Hải Phòng's decision gives them to the Sở). */
  hasOffices: boolean;
  review: DocumentReview | null;
}

export interface OfficeRef { id: string | null; name: string; url: string | null }

/** One province item carrying a model duty. */
export interface Assignment {
  doc: string;
  node: string;
  label: string;
  url: string;
  text: string;
  offices: OfficeRef[];
  status: 'reviewed' | 'auto';
  checked: boolean;
  /** How much of the model duty the item carries; null when nobody judged it (a proposal). */
  coverage: Coverage | null;
  note: string | null;
  /** Who decided and when (YYYY-MM-DD); null for proposals. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  score: number | null;
  /** The item's number repeats an earlier one in the source. */
  repeated: boolean;
}

export interface ModelPoint {
  id: string;
  /** "điểm d khoản 1 Điều 2" */
  label: string;
  /** "điểm d" or "khoản 2" */
  unit: string;
  /** Anchor on the khoản page and on the model's article page (same name). */
  anchor: string;
  url: string;
  /** Its per-duty page (`dutyPath`). */
  path: string;
  text: string;
  cells: Record<string, Assignment[]>;
}

export interface ModelClause {
  n: string;
  id: string;
  /** "khoản 6" */
  unit: string;
  label: string;
  title: string;
  text: string;
  url: string;
  path: string;
  /** Its điểm, or the khoản itself when it has none. */
  points: ModelPoint[];
}

export interface ComparisonSite {
  model: { id: string; title: string; url: string; article: string };
  docs: ProvinceDoc[];
  clauses: ModelClause[];
  /** Province items with no model counterpart, per document. */
  provinceOnly: Record<string, Array<{ node: string; label: string; url: string; text: string; offices: OfficeRef[] }>>;
}

const excerpt = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n).replace(/\s+\S*$/, '')} …` : s);
export { excerpt };

/** The wording of a node: its text, or its heading when it has no text. */
function wording(n: ExportNode): string {
  return n.text || n.heading || '';
}

/** Labels name the office in parentheses ("mục 2.1 Điều 5 (Phòng …)"); the cells show it on its own line, linked. */
function withoutOffice(label: string, offices: OfficeRef[]): string {
  return offices.reduce((l, o) => l.replace(` (${o.name})`, ''), label);
}

/** The office of every item of a document that gives its duties to the Sở as a whole (Hải Phòng's decision). */
const WHOLE_SO = 'Sở (văn bản không chia cho phòng)';
/** Said once in a page's legend, so that a grid of such items reads "Sở" in each cell. */
export const WHOLE_SO_SHORT = { name: 'Sở', legend: '“Sở”: văn bản giao nhiệm vụ cho Sở, không chia cho phòng' };

/** An item's offices in a few words: their names, or "Sở" for a document that does not split its duties among offices. */
export function officeNames(a: Pick<Assignment, 'offices'>): string {
  return a.offices.map((o) => (o.name === WHOLE_SO && o.id === null ? WHOLE_SO_SHORT.name : o.name)).join('; ');
}

/** Offices an item belongs to: a programme row's lead offices, else the item's office, else the Sở as a whole. */
function officesOf(doc: ExportDocument, n: ExportNode): OfficeRef[] {
  const byId = new Map(doc.offices.map((o) => [o.id, o]));
  const ref = (id: string): OfficeRef => {
    const o = byId.get(id);
    return o ? { id, name: o.name, url: o.url } : { id, name: id, url: null };
  };
  if (n.kind === 'row') {
    if (n.leadOffices?.length) return n.leadOffices.map(ref);
    return [{ id: null, name: n.lead ? `${n.lead} (như văn bản ghi)` : 'không ghi đơn vị chủ trì', url: null }];
  }
  if (n.office) return [ref(n.office)];
  if (doc.offices.length === 0) return [{ id: null, name: WHOLE_SO, url: null }];
  return [{ id: null, name: 'không gắn với phòng nào', url: null }];
}

export function buildComparisonSite(corpus: ExportDocument[], comparison: Comparison): ComparisonSite {
  const byId = new Map(corpus.map((d) => [d.id, d]));
  const model = byId.get(comparison.model.document);
  if (!model) throw new Error(`so-sanh: không có văn bản mô hình ${comparison.model.document} trong corpus.json`);
  const nodeMaps = new Map(corpus.map((d) => [d.id, new Map(d.nodes.map((n) => [n.id, n]))]));
  const modelNodes = nodeMaps.get(model.id)!;
  const docIds = Object.keys(comparison.provinceOnly);
  const docs: ProvinceDoc[] = docIds.map((id) => {
    const d = byId.get(id)!;
    return {
      id, title: d.shortTitle ?? d.title, fullTitle: d.title, province: d.province, region: regionOf(d.province), kind: d.kind, url: d.url,
      path: `${COMPARISON_ROOT}${id}/`, csv: `data/so-sanh/${id}.csv`, hasOffices: d.offices.length > 0,
      review: comparison.reviews[id] ?? null,
    };
  });

  const clauses = new Map<string, ModelClause>();
  const article = comparison.model.article;
  for (const row of comparison.rows) {
    const m = modelNodes.get(row.model);
    if (!m) continue;
    const clauseId = row.model.split('/').slice(0, 2).join('/');
    const c = modelNodes.get(clauseId)!;
    if (!clauses.has(clauseId)) {
      clauses.set(clauseId, {
        n: c.num ?? '', id: clauseId, unit: `khoản ${c.num}`, label: c.label, title: c.heading ?? excerpt(c.text, 90), text: wording(c),
        url: c.url, path: `${COMPARISON_ROOT}khoan-${c.num}/`, points: [],
      });
    }
    const cells: Record<string, Assignment[]> = {};
    for (const docId of docIds) {
      const doc = byId.get(docId)!;
      const nodes = nodeMaps.get(docId)!;
      cells[docId] = (row.documents[docId] ?? []).map((cell) => {
        const n = nodes.get(cell.node)!;
        const offices = officesOf(doc, n);
        return {
          doc: docId, node: cell.node, label: withoutOffice(n.label, offices), url: n.url, text: wording(n), offices,
          status: cell.status, checked: cell.checked, coverage: cell.coverage, note: cell.note,
          reviewedBy: cell.reviewedBy, reviewedAt: cell.reviewedAt, score: cell.score,
          repeated: Boolean(n.repeatOf),
        };
      });
    }
    const anchor = dutyKey(m.url);
    clauses.get(clauseId)!.points.push({
      id: row.model, label: row.label, unit: row.label.replace(/ Điều \d+$/, '').replace(/ khoản \d+$/, ''),
      anchor, url: m.url, path: dutyPath(anchor), text: wording(m), cells,
    });
  }
  const provinceOnly: ComparisonSite['provinceOnly'] = {};
  for (const docId of docIds) {
    const doc = byId.get(docId)!;
    const nodes = nodeMaps.get(docId)!;
    provinceOnly[docId] = (comparison.provinceOnly[docId] ?? []).map((id) => {
      const n = nodes.get(id)!;
      return { node: id, label: n.label, url: n.url, text: wording(n), offices: officesOf(doc, n) };
    });
  }
  const articleNode = modelNodes.get(article);
  return {
    model: { id: model.id, title: model.shortTitle ?? model.title, url: articleNode?.url ?? model.url, article: articleNode?.label ?? article },
    docs,
    clauses: [...clauses.values()],
    provinceOnly,
  };
}

/** Whether a khoản has điểm (else its one "point" is the khoản itself). */
export function clauseHasPoints(clause: ModelClause): boolean {
  return !(clause.points.length === 1 && clause.points[0]!.id === clause.id);
}

/** A model point's items in a document all carry it only in part (so no one item carries it whole). */
export const onlyInPart = (list: Assignment[]) => list.length > 0 && list.every((a) => a.coverage === 'partial');

/** Model points of a clause a document assigned, how many of them only in part, and how many there are. */
/** How many province documents assign a model point (some item of theirs carries it). */
export function assignedDocs(site: Pick<ComparisonSite, 'docs'>, point: ModelPoint): number {
  return site.docs.filter((d) => (point.cells[d.id]?.length ?? 0) > 0).length;
}

export function coverage(clause: ModelClause, doc: string): { assigned: number; inPart: number; total: number } {
  const lists = clause.points.map((p) => p.cells[doc] ?? []);
  return { assigned: lists.filter((l) => l.length > 0).length, inPart: lists.filter(onlyInPart).length, total: clause.points.length };
}

/** Distinct offices (by name, in first-seen order) across a list of assignments. */
export function distinctOffices(list: Assignment[]): OfficeRef[] {
  const seen = new Map<string, OfficeRef>();
  for (const a of list) for (const o of a.offices) if (!seen.has(o.name)) seen.set(o.name, o);
  return [...seen.values()];
}

/** "một phần" for an item carrying part of the duty; null otherwise (whole, or not judged). */
export function coverageWords(a: Pick<Assignment, 'coverage'>): string | null {
  return a.coverage === 'partial' ? 'một phần' : null;
}

export const COVERAGE_TITLE = 'Mục này chỉ đảm nhận một phần nhiệm vụ của điểm (một vế, hoặc chỉ trong lĩnh vực của phòng); xem ghi chú rà soát';

/**
 * The reviewer's reasons for the points of one khoản a document left
 * unassigned, each reason once with the points it covers (Lai Châu gives one
 * reason for seven points of khoản 13).
 */
export function unassignedReasons(doc: ProvinceDoc, points: ModelPoint[]): Array<{ units: string[]; note: string }> {
  const out: Array<{ units: string[]; note: string }> = [];
  for (const p of points) {
    const note = doc.review?.unassigned?.find((u) => u.model === p.id)?.note;
    if (!note) continue;
    const same = out.find((x) => x.note === note);
    if (same) same.units.push(p.unit);
    else out.push({ units: [p.unit], note });
  }
  return out;
}

/** Who decided a link and when, short ("Nhóm phát triển, 24/11/2026"), and in full for a tooltip; null for proposals. */
export function reviewedWords(a: Pick<Assignment, 'reviewedBy' | 'reviewedAt'>): { short: string; full: string } | null {
  if (!a.reviewedBy || !a.reviewedAt) return null;
  const who = a.reviewedBy.split(' — ')[0]!;
  return { short: `${who}, ${formatDate(a.reviewedAt)}`, full: `Rà soát: ${a.reviewedBy}, ngày ${formatDate(a.reviewedAt)}` };
}

/**
 * A link's coverage and review in one short line, for lists without room for
 * badges (the khoản page's cards, up to ~1,400 of them at 80 documents):
 * "một phần · Nhóm phát triển, 24/11/2026". A link read pair by pair goes
 * without its status (who and when say it); the others name theirs:
 * "đã rà soát (theo lô) · …", "tự động".
 */
export function reviewLine(a: Pick<Assignment, 'status' | 'checked' | 'coverage' | 'reviewedBy' | 'reviewedAt'>): string {
  const who = reviewedWords(a)?.short;
  const status = a.status === 'reviewed' && a.checked && who ? null : statusWords(a);
  return [coverageWords(a), status, who].filter(Boolean).join(' · ');
}

/** How the link was established, in words. */
export function statusWords(a: Pick<Assignment, 'status' | 'checked'>): string {
  if (a.status === 'auto') return 'tự động';
  return a.checked ? 'đã rà soát' : 'đã rà soát (theo lô)';
}

export function statusTitle(a: Pick<Assignment, 'status' | 'checked'>): string {
  if (a.status === 'auto') return 'Đề xuất tự động theo độ tương đồng lời văn, chưa có người rà soát';
  return a.checked ? 'Người rà soát đã đọc cả hai văn bản' : 'Chấp nhận theo lô trong tệp rà soát (lời văn gần trùng khớp), chưa đọc từng cặp';
}

/** Per document: summary figures, what it left out, its offices ranked, and the office × khoản matrix. */
export function documentSummary(site: ComparisonSite, docId: string) {
  const points = site.clauses.flatMap((c) => c.points.map((p) => ({ clause: c, point: p })));
  const assigned = points.filter(({ point }) => point.cells[docId]!.length > 0);
  const inPart = points.filter(({ point }) => onlyInPart(point.cells[docId]!));
  const links = points.flatMap(({ point }) => point.cells[docId]!);
  const unassigned = points.filter(({ point }) => point.cells[docId]!.length === 0);
  const offices = new Map<string, { office: OfficeRef; points: Set<string>; byClause: Map<string, Set<string>> }>();
  for (const { clause, point } of points) {
    for (const a of point.cells[docId]!) {
      for (const o of a.offices) {
        const key = o.name;
        if (!offices.has(key)) offices.set(key, { office: o, points: new Set(), byClause: new Map() });
        const e = offices.get(key)!;
        e.points.add(point.id);
        if (!e.byClause.has(clause.id)) e.byClause.set(clause.id, new Set());
        e.byClause.get(clause.id)!.add(point.id);
      }
    }
  }
  const ranked = [...offices.values()].sort((a, b) => b.points.size - a.points.size || a.office.name.localeCompare(b.office.name, 'vi'));
  const split = points.filter(({ point }) => distinctOffices(point.cells[docId]!).length > 1).length;
  return {
    total: points.length,
    assigned: assigned.length,
    /** Assigned points no single item carries whole. */
    inPart: inPart.length,
    links: links.length,
    partialLinks: links.filter((l) => l.coverage === 'partial').length,
    reviewed: links.filter((l) => l.status === 'reviewed').length,
    checked: links.filter((l) => l.checked).length,
    auto: links.filter((l) => l.status === 'auto').length,
    split,
    unassigned,
    ranked,
  };
}

/**
 * Substitutions a document makes throughout (a deleted run immediately
 * followed by an inserted one), counted over all its pairs: "cấp tỉnh" →
 * "thành phố" × 40.
 */
export function substitutions(pairs: DiffPart[][]): Array<{ from: string; to: string; count: number }> {
  const counts = new Map<string, { from: string; to: string; count: number }>();
  for (const parts of pairs) {
    for (let i = 0; i + 1 < parts.length; i++) {
      const a = parts[i]!, b = parts[i + 1]!;
      if (a.t === 'd' && b.t === 'i') {
        const key = `${a.v}\u0000${b.v}`;
        const e = counts.get(key) ?? { from: a.v, to: b.v, count: 0 };
        e.count++;
        counts.set(key, e);
      }
    }
  }
  return [...counts.values()].sort((x, y) => y.count - x.count || x.from.localeCompare(y.from, 'vi'));
}

export interface SideBySideRow {
  node: string;
  label: string;
  url: string;
  depth: 1 | 2;
  text: string;
  /** The model unit(s) it corresponds to, with the word diff model → province. */
  model: Array<{ id: string; label: string; url: string; khoanPath: string; anchor: string; diff: DiffPart[]; note: string | null; checked: boolean; status: Assignment['status'] }>;
  /** The label differs from the model's: the letters shifted. */
  shifted: boolean;
  repeated: boolean;
  /** No model counterpart: the province's own duty. */
  own: boolean;
}

/**
 * A decision that restates the model's duties article (Hải Phòng): every
 * khoản and điểm of its duties article in order, beside the model's, word by word.
 */
export function sideBySide(site: ComparisonSite, doc: ExportDocument, modelDoc: ExportDocument, articleId: string): SideBySideRow[] {
  const modelNodes = new Map(modelDoc.nodes.map((n) => [n.id, n]));
  const reverse = new Map<string, Array<{ point: ModelPoint; clause: ModelClause; a: Assignment }>>();
  for (const clause of site.clauses) for (const point of clause.points) for (const a of point.cells[doc.id] ?? []) {
    reverse.set(a.node, [...(reverse.get(a.node) ?? []), { point, clause, a }]);
  }
  const own = new Set((site.provinceOnly[doc.id] ?? []).map((x) => x.node));
  const rows: SideBySideRow[] = [];
  for (const n of doc.nodes) {
    if (!n.id.startsWith(`${articleId}/`) || (n.kind !== 'clause' && n.kind !== 'point')) continue;
    const depth = n.kind === 'clause' ? 1 : 2;
    const text = wording(n);
    let model: SideBySideRow['model'] = (reverse.get(n.id) ?? []).map(({ point, clause, a }) => ({
      id: point.id, label: point.label, url: point.url, khoanPath: clause.path, anchor: point.anchor, diff: wordDiff(point.text, a.text), note: a.note, checked: a.checked, status: a.status,
    }));
    // A khoản with points: its lead-in is compared with the model khoản of the same number.
    if (model.length === 0 && n.kind === 'clause' && !own.has(n.id)) {
      const m = modelNodes.get(n.id);
      const clause = site.clauses.find((c) => c.id === n.id);
      if (m && clause) model = [{ id: m.id, label: m.label, url: m.url, khoanPath: clause.path, anchor: '', diff: wordDiff(wording(m), text), note: null, checked: false, status: 'reviewed' }];
    }
    rows.push({
      node: n.id, label: n.label, url: n.url, depth, text, model,
      shifted: model.some((m) => m.label !== n.label), repeated: Boolean(n.repeatOf), own: own.has(n.id),
    });
  }
  return rows;
}

/**
 * Offices of two documents of one province over time (Quảng Ngãi: the March
 * 2025 distribution and the September programme), per model khoản and point:
 * who carried a duty then, who leads it now.
 */
export function officesOverTime(site: ComparisonSite, before: string, after: string) {
  const clauses = site.clauses.map((c) => {
    const all = (doc: string) => distinctOffices(c.points.flatMap((p) => p.cells[doc] ?? []));
    const moved = c.points
      .filter((p) => (p.cells[before]?.length ?? 0) > 0 && (p.cells[after]?.length ?? 0) > 0)
      .map((p) => ({ point: p, before: distinctOffices(p.cells[before]!), after: distinctOffices(p.cells[after]!) }));
    return { clause: c, before: all(before), after: all(after), moved };
  });
  // Office then → office now, counted over the model points both documents assign.
  const flows = new Map<string, { from: OfficeRef; to: OfficeRef; points: string[] }>();
  for (const c of clauses) for (const m of c.moved) for (const f of m.before) for (const t of m.after) {
    const key = `${f.name}\u0000${t.name}`;
    const e = flows.get(key) ?? { from: f, to: t, points: [] };
    e.points.push(m.point.label);
    flows.set(key, e);
  }
  return { clauses, flows: [...flows.values()].sort((a, b) => b.points.length - a.points.length || a.from.name.localeCompare(b.from.name, 'vi')) };
}

/**
 * Titles of the comparison pages: `h1` (the page's heading) and `title` (its
 * browser title and last breadcrumb). Shared by the pages and their search
 * records (src/lib/search/records.ts), so that a result reads as the page does.
 */
export function clauseTitles(site: ComparisonSite, clause: ModelClause): { h1: string; title: string } {
  return { h1: `Khoản ${clause.n} Điều 2 ${site.model.title}: các tỉnh phân công`, title: `Khoản ${clause.n} Điều 2: các tỉnh phân công` };
}

export function dutyTitles(site: ComparisonSite, point: ModelPoint): { h1: string; title: string } {
  return { h1: `${upperFirst(point.label)} ${site.model.title}: các tỉnh phân công`, title: `${upperFirst(point.label)}: các tỉnh phân công` };
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function documentTitles(site: ComparisonSite, doc: ProvinceDoc): { h1: string; title: string } {
  return { h1: `${doc.title}: đối chiếu với ${site.model.article} ${site.model.title}`, title: `${doc.title}: đối chiếu với mô hình` };
}

/** The list of provinces followed over time, parent of their pages (its breadcrumb). */
export const OVER_TIME = { path: `${COMPARISON_ROOT}tinh/`, title: 'Phòng, đơn vị qua thời gian' };

export function overTimeTitles(province: string): { h1: string; title: string } {
  const t = `${province}: phòng, đơn vị qua thời gian`;
  return { h1: t, title: t };
}

/** The pages `so-sanh/tinh/<province>/`: a province with a distribution document and a later programme. */
export function overTimePages(site: ComparisonSite): Array<{ province: string; path: string; before: ProvinceDoc; after: ProvinceDoc }> {
  const out: ReturnType<typeof overTimePages> = [];
  for (const before of site.docs.filter((d) => d.kind === 'distribution' && d.province)) {
    const after = site.docs.find((d) => d.kind === 'programme' && d.province === before.province);
    if (after) out.push({ province: before.province!, path: `${OVER_TIME.path}${slugify(before.province!)}/`, before, after });
  }
  return out;
}

/** A decision restating the model's duties article (Hải Phòng): its page shows that article beside the model's. */
export function restatesModel(doc: Pick<ProvinceDoc, 'kind'>, exported: ExportDocument): boolean {
  return doc.kind === 'decision' && exported.nodes.some((n) => n.id === 'dieu-2');
}

/** All model points in order, with their khoản. */
export function allPoints(site: ComparisonSite): Array<{ clause: ModelClause; point: ModelPoint }> {
  return site.clauses.flatMap((clause) => clause.points.map((point) => ({ clause, point })));
}
