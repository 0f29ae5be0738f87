/**
 * References in the text: to legal documents ("Thông tư số 10/2025/TT-BKHCN
 * ngày 27 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ"), to units of the
 * same document ("điểm a khoản 2 Điều 5", "khoản 1 Điều này"), and to
 * offices by name or abbreviation. Recognition and resolution are pure; a
 * reference that cannot be resolved without guessing stays text, with a
 * reason.
 */
import type { LegalDocument, LegalNode } from './model';
import { walk } from './parse/finalize';
import { slugify } from './slug';

export type ReferenceKind = 'document' | 'internal' | 'office';

export interface CitedDocument {
  /** Normalised number: the key of the document in the index. */
  key: string;
  type: string;
  number: string;
  date: string | null;
  issuer: string | null;
}

export interface Reference {
  kind: ReferenceKind;
  /** Document and node the reference stands in. */
  document: string;
  source: string;
  /** The text as written and where it is in the node's text. */
  text: string;
  start: number;
  end: number;
  /** Resolved target: a node of a corpus document, an office, or an outside document key. */
  /** `node: null` is the whole document. */
  target: { document: string; node: string | null } | { document: string; office: string } | { external: string } | null;
  cited?: CitedDocument;
  reason?: string;
}

const DOC_TYPES = 'Thông tư liên tịch|Thông tư|Nghị định|Nghị quyết|Quyết định|Kế hoạch hoành động|Kế hoạch|Kết luận|Văn bản|Chỉ thị|Công văn|Thông báo|Tờ trình|Báo cáo thẩm định|Báo cáo|Chương trình hành động|Hướng dẫn|Luật';
/** A document number: digits, then "/year/CODE" or "-CODE/BODY" with capitals. */
const NUMBER = String.raw`\d{1,5}(?:\/\d{4})?(?:\/|-)[A-ZĐ][A-Za-zĐđ0-9&.\-]*(?:\/[A-ZĐ][A-Za-zĐđ0-9&\-]*)?`;
const DATE = String.raw`ngày\s+(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))`;
const DOC_REF = new RegExp(String.raw`(?<![\p{L}])(${DOC_TYPES})(\s+số)?\s*:?\s*(${NUMBER})(,?\s+${DATE})?`, 'gu');
const MORE_NUMBERS = new RegExp(String.raw`^,\s*(?:số\s+)?(${NUMBER})(,?\s+${DATE})?`, 'u');
/** "của <issuer>" up to the words that start the subject ("quy định", "về", "ban hành" …). */
const ISSUER = /^\s*của\s+([\p{Lu}].*?)(?=\s+(?:quy định|về|ban hành|hướng dẫn|phê duyệt|thực hiện|trong|đối với|tại|khóa|giai đoạn)(?![\p{L}])|\s+và\s+(?:[\p{Ll}]|Quyết định|Nghị quyết|Chương trình|Kế hoạch)|[;,.()]|\s*$)/u;

/** Key of a document number: upper-case, no spaces, đ as Đ. */
export function documentKey(number: string): string {
  return number.replace(/\s+/g, '').replace(/đ/g, 'Đ').toUpperCase().replace(/[.,;]+$/, '');
}

function isoFromMatch(m: string[], offset: number): string | null {
  const [d1, m1, y1, d2, m2, y2] = m.slice(offset, offset + 6);
  const d = d1 ?? d2;
  const mo = m1 ?? m2;
  const y = y1 ?? y2;
  return d && mo && y ? `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
}

/** Quoted spans ("…", “…”): titles, where words only look like references. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /“[^”]*”|"[^"]*"/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const inSpans = (spans: Array<[number, number]>, at: number) => spans.some(([a, b]) => at > a && at < b);

/** Find references to legal documents in a text. */
export function findDocumentReferences(text: string): Array<{ start: number; end: number; text: string; cited: CitedDocument }> {
  const out: Array<{ start: number; end: number; text: string; cited: CitedDocument }> = [];
  const quotes = quotedSpans(text);
  for (const m of text.matchAll(DOC_REF)) {
    if (inSpans(quotes, m.index!)) continue;
    const type = m[1]!;
    let end = m.index! + m[0].length;
    const issuer = text.slice(end).match(ISSUER);
    const cited = (number: string, date: string | null): CitedDocument => ({ key: documentKey(number), type, number: number.replace(/[.,;]+$/, ''), date, issuer: issuer?.[1] ?? null });
    out.push({ start: m.index!, end, text: m[0], cited: cited(m[3]!, isoFromMatch([...m], 5)) });
    // "Nghị định số 60/2021/NĐ-CP ngày 21/6/2021, số 111/2025/NĐ-CP …": the same type goes on.
    for (let more = text.slice(end).match(MORE_NUMBERS); more; more = text.slice(end).match(MORE_NUMBERS)) {
      const start = end + more[0].indexOf(more[1]!);
      end += more[0].length;
      out.push({ start, end, text: text.slice(start, end), cited: cited(more[1]!, isoFromMatch([...more], 3)) });
    }
  }
  return out;
}

const LETTER = '[a-zđ]';
const LIST = (unit: string) => String.raw`${unit}(?:\s*,\s*${unit})*(?:\s+và\s+${unit})?`;
/** "điểm a khoản 2 Điều 5", "các điểm a, b và c khoản 1", "khoản 1, 2 Điều 2", "Điều 3 Quyết định này". */
const INTERNAL = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:các\s+)?điểm\s+(${LIST(LETTER)})(?![\p{L}])\s*)?(?:(?:các\s+)?khoản\s+(${LIST(String.raw`\d+`)})(?![\p{L}\d])\s*)?(?:(?:các\s+)?Điều\s+(${LIST(String.raw`\d+`)})(?![\p{L}\d])|Điều\s+(này)(?![\p{L}]))?(\s+(?:của\s+)?(?:(?:Quyết định|Thông tư|Quy định|Nghị định|Chương trình|Quy chế) này))?`,
  'gu',
);
/** After a unit: a named outside document ("Điều 25 Luật Bưu chính") makes it external. */
const OUTSIDE = /^\s+(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Thông tư|Nghị quyết|Quyết định\s+số|Hiến pháp)(?![\p{L}])/u;

const split = (list: string) => list.split(/\s*,\s*|\s+và\s+/).filter(Boolean);

/** Resolve and collect every reference of a corpus. */
export function findReferences(documents: LegalDocument[]): Reference[] {
  const byKey = new Map(documents.filter((d) => d.meta.number).map((d) => [documentKey(d.meta.number!), d]));
  const refs: Reference[] = [];
  for (const doc of documents) {
    const tree = documentTree(doc);
    walk(doc.children, (node) => {
      if (!node.text) return;
      const docRefs = findDocumentReferences(node.text);
      refs.push(...docRefs.map((r) => documentReference(doc, node, r, byKey.get(r.cited.key))));
      refs.push(...internalReferences(doc, node, tree, docRefs));
      refs.push(...officeReferences(doc, node));
    });
  }
  return refs;
}

/** A document's nodes by id, and the chain from the top of the tree down to a node. */
interface DocumentTree {
  byId: Map<string, LegalNode>;
  chainOf: (n: LegalNode) => LegalNode[];
}

function documentTree(doc: LegalDocument): DocumentTree {
  const byId = new Map<string, LegalNode>();
  const parents = new Map<string, LegalNode | null>();
  walk(doc.children, (n, p) => { byId.set(n.id, n); parents.set(n.id, p); });
  const chainOf = (n: LegalNode) => {
    const chain: LegalNode[] = [];
    for (let c: LegalNode | null = n; c; c = parents.get(c.id) ?? null) chain.unshift(c);
    return chain;
  };
  return { byId, chainOf };
}

/** A reference to a legal document: to one in the corpus (`target`), else to an outside one by its key. */
function documentReference(doc: LegalDocument, node: LegalNode, r: ReturnType<typeof findDocumentReferences>[number], target: LegalDocument | undefined): Reference {
  return {
    kind: 'document', document: doc.meta.id, source: node.id, text: r.text, start: r.start, end: r.end, cited: r.cited,
    target: target ? (target === doc ? null : { document: target.meta.id, node: null }) : { external: r.cited.key },
    ...(target === doc ? { reason: 'văn bản tự dẫn chiếu chính nó' } : {}),
  };
}

/** The units a reference to the same document names, as written (INTERNAL's groups). */
interface InternalUnits {
  points: string | undefined;
  clauses: string | undefined;
  articles: string | undefined;
  /** "Điều này". */
  thisArticle: string | undefined;
  /** "… Quyết định này", "… Quy định này". */
  qualifier: string | undefined;
}

/**
 * References to units of the same document in `node`'s text, except inside quotes and inside a
 * reference to a document; each is resolved or says why not.
 */
function internalReferences(doc: LegalDocument, node: LegalNode, tree: DocumentTree, docRefs: Array<{ start: number; end: number }>): Reference[] {
  const text = node.text;
  const quotes = quotedSpans(text);
  const chain = tree.chainOf(node);
  const out: Reference[] = [];
  for (const m of text.matchAll(INTERNAL)) {
    const [whole, points, clauses, articles, thisArticle, qualifier] = m;
    if (!whole!.trim() || (!points && !clauses && !articles && !thisArticle)) continue;
    const start = m.index! + (whole!.length - whole!.trimStart().length);
    const end = m.index! + whole!.trimEnd().length;
    if (inSpans(quotes, start)) continue;
    if (docRefs.some((d) => start >= d.start && start < d.end)) continue;
    const ref: Reference = { kind: 'internal', document: doc.meta.id, source: node.id, text: text.slice(start, end), start, end, target: null };
    resolveInternal(ref, { points, clauses, articles, thisArticle, qualifier }, chain, tree.byId, text.slice(end));
    out.push(ref);
  }
  return out;
}

/**
 * Sets `ref.target` to the unit named, or `ref.reason` when it cannot be found without guessing.
 * `chain`: the citing node and its ancestors; `after`: the text that follows the reference.
 */
function resolveInternal(ref: Reference, { points, clauses, articles, thisArticle, qualifier }: InternalUnits, chain: LegalNode[], byId: Map<string, LegalNode>, after: string): void {
  if (OUTSIDE.test(after)) {
    ref.reason = 'dẫn chiếu tới văn bản khác, không có trong kho';
    return;
  }
  const here = chain.find((c) => c.kind === 'article') ?? null;
  const annex = chain.find((c) => c.kind === 'part' && c.partType === 'annex') ?? null;
  const scopeQuyDinh = qualifier && /Quy định này/u.test(qualifier) && annex;
  let article: LegalNode | null = null;
  if (articles) {
    const list = split(articles);
    if (list.length > 1 && (clauses || points)) { ref.reason = 'nhiều Điều kèm khoản/điểm: không xác định được'; return; }
    const prefix = scopeQuyDinh ? `${annex!.id}/` : annex && !qualifier && here ? `${annex.id}/` : '';
    article = byId.get(`${prefix}dieu-${list[0]}`) ?? null;
    if (!article) { ref.reason = `không có Điều ${list[0]} trong văn bản`; return; }
    if (list.length > 1) {
      ref.target = { document: ref.document, node: article.id };
      return;
    }
  } else if (thisArticle || clauses || points) {
    article = here;
    if (!article) { ref.reason = 'không ở trong một Điều: không xác định được khoản/điểm'; return; }
  }
  let target: LegalNode | null = article;
  if (clauses) {
    const list = split(clauses);
    target = byId.get(`${article!.id}/khoan-${list[0]}`) ?? null;
    if (!target) { ref.reason = `không có khoản ${list[0]} trong ${article!.label}`; return; }
    if (list.length > 1 && points) { ref.reason = 'nhiều khoản kèm điểm: không xác định được'; return; }
  } else if (points) {
    const clause = chain.find((c) => c.kind === 'clause');
    if (!clause) { ref.reason = 'điểm không kèm khoản, ngoài một khoản: không xác định được'; return; }
    target = clause;
  }
  if (points) {
    const first = slugify(split(points)[0]!);
    const p = byId.get(`${target!.id}/diem-${first}`) ?? null;
    if (!p) { ref.reason = `không có điểm ${split(points)[0]} trong ${target!.label}`; return; }
    target = p;
  }
  if (target) ref.target = { document: ref.document, node: target.id };
}

/** Offices named in `node`'s text: full names (three words or more) and legend abbreviations, in this document only. */
function officeReferences(doc: LegalDocument, node: LegalNode): Reference[] {
  const out: Reference[] = [];
  for (const office of doc.offices) {
    const names = [office.name, office.nameAsWritten].filter((n) => n.split(/\s+/).length >= 3);
    if (office.abbreviation) names.push(office.abbreviation);
    for (const name of new Set(names)) {
      const re = new RegExp(`(?<![\\p{L}&])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}&])`, 'gu');
      for (const m of node.text.matchAll(re)) {
        if (node.office === office.id && node.kind === 'office') continue;
        out.push({ kind: 'office', document: doc.meta.id, source: node.id, text: m[0], start: m.index!, end: m.index! + m[0].length, target: { document: doc.meta.id, office: office.id } });
      }
    }
  }
  return out;
}

/** Export rows for `dist/data/references.json`. */
export function referenceRows(refs: Reference[]) {
  return refs.map((r) => ({
    kind: r.kind,
    source: `${r.document}:${r.source}`,
    text: r.text,
    start: r.start,
    end: r.end,
    target: r.target === null ? null : 'external' in r.target ? { external: r.target.external } : 'office' in r.target ? { document: r.target.document, office: r.target.office } : { document: r.target.document, node: r.target.node },
    ...(r.cited ? { cited: r.cited } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
  }));
}
