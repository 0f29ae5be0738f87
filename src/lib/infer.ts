/**
 * Metadata proposed for a new document (`npm run add`): every value the
 * text states, each with the source line it was read from, and null — with
 * the reason — for everything it does not state. Also the kind and the model
 * it implements, each with the reason, and the list of what a person must
 * still decide — or what that person has already decided on the command
 * line (`Decisions`): the legal officer who adds a document answers there,
 * not in the JSON. Pure: the caller reads the files and passes the corpus.
 */
import { dutiesOf } from './align/duties';
import { propose } from './align/propose';
import type { DocumentKind, DocumentMeta, LegalDocument } from './model';
import {
  documentTypeFact, inForceFacts, issuerFact, numberFact, placeAndDateFacts, provinceFact, signerFact, titleFact, type Fact,
} from './parse/facts';
import { walk } from './parse';
import { formatDate } from './citation';
import { documentKey, findDocumentReferences } from './references';
import { slugify } from './slug';

/** Where one value came from (the `sources` entries of the metadata file). */
export interface Source {
  line: number | null;
  text?: string;
  note: string;
}

export interface Inferred {
  kind: DocumentKind | null;
  number: string | null;
  documentType: string | null;
  title: string | null;
  shortTitle: string;
  issuer: string | null;
  signer: string | null;
  dateIssued: string | null;
  dateInForce: string | null;
  inForceNote: string | null;
  place: string | null;
  province: string | null;
  implements: string | null;
  /** The title is the editors' (a person named a text that has no title line). */
  titleEditorial?: true;
  sources: Record<string, Source>;
  /** What a person must still decide, in plain words. */
  toDecide: string[];
  /** Decisions the text contradicts (a title or type it states): the caller refuses them. */
  conflicts: string[];
}

/**
 * What the person adding the document decided (`npm run add -- --title …`).
 * A title or a type only where the text states none (the text's own are kept
 * as written, and the decision listed in `conflicts`); the kind and the
 * model compared with, over the inference, which the source note keeps.
 */
export interface Decisions {
  title?: string;
  documentType?: string;
  kind?: DocumentKind;
  implements?: string;
  /** The label lists and headings show ("Quy định các phòng thuộc Sở KH&CN Lai Châu"). */
  shortTitle?: string;
}

/** The command-line flag of each decision, named in the source notes. */
export const DECISION_FLAGS: Record<keyof Decisions, string> = {
  title: '--title', documentType: '--type', kind: '--kind', implements: '--implements', shortTitle: '--short-title',
};

const decidedBy = (what: string, field: keyof Decisions, proposed?: string): Source =>
  ({ line: null, note: `${what}: người thêm văn bản quyết định (${DECISION_FLAGS[field]})${proposed ? `; công cụ đề xuất: ${proposed}` : ''}` });

/** A model duty counts as restated when a province item matches it this closely (syllable TF-IDF cosine). */
const RESTATED_SCORE = 0.6;
/** Share of the model's duties a text must restate to be compared with it without citing it. */
const RESTATED_SHARE = 0.5;

const fromFact = (f: Fact, what: string): Source => ({ line: f.line, text: f.text, note: `${what}: đọc từ dòng ${f.line}` });
const notStated = (what: string): Source => ({ line: null, note: `${what}: văn bản không ghi` });

/**
 * Infer the metadata of `doc`; `models` are the corpus's model documents
 * (kind "model"), `others` the metadata of its other documents (a text that
 * cites one of them by number is compared with the model that one follows).
 */
export function inferMetadata(doc: LegalDocument, models: LegalDocument[], decided: Decisions = {}, others: DocumentMeta[] = []): Inferred {
  const sources: Record<string, Source> = {};
  const toDecide: string[] = [];
  const take = <T>(field: string, what: string, fact: Fact<T> | null): T | null => {
    sources[field] = fact ? fromFact(fact as Fact<unknown> as Fact, what) : notStated(what);
    return fact ? fact.value : null;
  };
  const conflicts: string[] = [];
  /** What the text states, else the person's decision; a decision the text contradicts is a conflict (`stated` says it). */
  const takeOrDecide = (field: 'title' | 'documentType', what: string, fact: Fact<string> | null, stated: (f: Fact<string>) => string): string | null => {
    const decision = decided[field];
    if (fact && decision !== undefined) conflicts.push(`${stated(fact)}, bỏ ${DECISION_FLAGS[field]}`);
    if (fact || !decision) return take(field, what, fact);
    sources[field] = decidedBy(field === 'title' ? `${what} (tên do biên tập đặt: văn bản không có dòng tên)` : what, field);
    return decision;
  };

  const number = take('number', 'số hiệu', numberFact(doc));
  const { place: placeF, date: dateF, unrealDate } = placeAndDateFacts(doc);
  const place = take('place', 'địa danh', placeF);
  const dateIssued = take('dateIssued', 'ngày ban hành', dateF);
  if (unrealDate) sources.dateIssued = { line: unrealDate.line, text: unrealDate.text, note: `ngày ban hành: văn bản ghi "${unrealDate.value}" ở dòng ${unrealDate.line}, ngày không có trên lịch; không đoán` };
  const documentType = takeOrDecide('documentType', 'loại văn bản', documentTypeFact(doc),
    (f) => `văn bản đã ghi loại ở dòng ${f.line} ("${f.value}"): giữ như văn bản`);
  const issuerF = issuerFact(doc);
  const issuer = take('issuer', 'cơ quan/người ban hành', issuerF);
  const provinceF = provinceFact(doc, issuerF);
  const province = take('province', 'tỉnh/thành phố', provinceF);
  const titleF = titleFact(doc, province);
  const title = takeOrDecide('title', 'tên văn bản', titleF, (f) => `văn bản đã có tên ở dòng ${f.line} ("${f.value}"): tên giữ như văn bản`);
  const titleDecided = !titleF && !!decided.title;
  const signer = take('signer', 'người ký', signerFact(doc));
  const inForce = inForceFacts(doc);
  const dateInForce = take('dateInForce', 'ngày có hiệu lực', inForce.date);
  const inForceNote = take('inForceNote', 'hiệu lực', inForce.date ? null : inForce.note);
  if (inForce.date) sources.inForceNote = { line: null, note: 'hiệu lực: văn bản ghi ngày cụ thể (dateInForce)' };

  const kind = withDecision(inferKind(doc, documentType, issuer, title), 'loại văn bản trong kho', 'kind', decided.kind);
  sources.kind = kind.source;
  const impl = withDecision(
    kind.value === 'model' ? { value: null, source: { line: null, note: 'văn bản là mô hình, không đối chiếu với văn bản nào' } } : inferImplements(doc, models, others),
    'văn bản đối chiếu', 'implements', decided.implements,
  );
  sources.implements = impl.source;

  const shortTitle = decided.shortTitle ?? shortTitleOf(documentType, number, province, dateIssued, title);
  sources.shortTitle = decided.shortTitle
    ? decidedBy('tên ngắn', 'shortTitle')
    : { line: null, note: `tên ngắn ghép từ ${number ? 'loại và số hiệu' : 'tên văn bản'}${province ? ', tỉnh' : ''}${!number && dateIssued ? ', ngày ban hành' : ''}: có thể sửa (${DECISION_FLAGS.shortTitle})` };

  if (!kind.value) toDecide.push(`loại văn bản trong kho (kind): ${kind.source.note}; chọn bằng ${DECISION_FLAGS.kind} decision|distribution|programme`);
  if (!title) toDecide.push(`tên văn bản (title): văn bản không có dòng tên; hãy đặt tên bằng ${DECISION_FLAGS.title} "…" (tên do biên tập đặt)`);
  if (!province && kind.value !== 'model') toDecide.push('tỉnh/thành phố (province): văn bản không ghi; điền nếu văn bản thuộc một tỉnh');
  if (!impl.value && kind.value !== 'model' && models.length) {
    toDecide.push(`văn bản đối chiếu (implements): ${impl.source.note}; nếu vẫn cần so sánh với mô hình: ${DECISION_FLAGS.implements} ${models.map((m) => m.meta.id).join(' hoặc ')}`);
  }
  if (!number) toDecide.push('số hiệu (number): văn bản không ghi; để null nếu đúng là không có');
  if (unrealDate) toDecide.push(`ngày ban hành (dateIssued): dòng ${unrealDate.line} ghi "${unrealDate.value}", ngày không có trên lịch; đối chiếu bản gốc, để null nếu không xác định được`);
  else if (!dateIssued) toDecide.push('ngày ban hành (dateIssued): văn bản không ghi; để null nếu đúng là không có');

  return {
    kind: kind.value, number, documentType, title, shortTitle, issuer, signer, dateIssued, dateInForce, inForceNote, place, province,
    implements: impl.value, ...(titleDecided ? { titleEditorial: true as const } : {}), sources, toDecide, conflicts,
  };
}

/** The inferred value, or the person's decision over it (the inference kept in the note). */
function withDecision<T extends string>(inferred: { value: T | null; source: Source }, what: string, field: keyof Decisions, decision: T | undefined): { value: T | null; source: Source } {
  if (decision === undefined) return inferred;
  return { value: decision, source: decidedBy(what, field, inferred.value ? `"${inferred.value}" (${inferred.source.note})` : undefined) };
}

/**
 * "Quyết định 39/2025/QĐ-UBND (Hà Tĩnh)"; without a number, the title's
 * subject up to "của", with the province and date ("Chương trình công tác
 * 6 tháng cuối năm 2025 (Quảng Ngãi)"). A display label, editable.
 */
export function shortTitleOf(type: string | null, number: string | null, province: string | null, date: string | null, title: string | null): string {
  const word = type ?? 'Văn bản';
  if (number) return `${word} ${number}${province ? ` (${province})` : ''}`;
  const about = [province, date ? formatDate(date) : null].filter(Boolean).join(', ');
  const subject = title ? title.slice(word.length).replace(/^\s*ban hành\s+/u, '').split(/ của (?=Sở|Ủy ban|Bộ)/u)[0]!.trim() : '';
  const name = subject ? subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1) : word;
  return about ? `${name} (${about})` : name;
}

/**
 * The kind, with the reason: a work programme (a task table, or "Chương
 * trình công tác"/"Kế hoạch" in the title); the model (a Thông tư of a Bộ);
 * a distribution (units that each receive duties); a decision on the Sở
 * (its functions, duties and organisation). Otherwise unsure: null.
 */
function inferKind(doc: LegalDocument, type: string | null, issuer: string | null, title: string | null): { value: DocumentKind | null; source: Source } {
  let rows = 0;
  walk(doc.children, (n) => { if (n.kind === 'row') rows++; });
  const say = (value: DocumentKind, note: string): { value: DocumentKind; source: Source } => ({ value, source: { line: null, note: `loại "${value}": ${note}` } });
  if (rows > 0) return say('programme', `có bảng ${rows} nhiệm vụ giao phòng chủ trì/phối hợp`);
  if (title && /chương trình công tác|kế hoạch công tác/iu.test(title)) return say('programme', `tên văn bản là chương trình/kế hoạch công tác ("${title}")`);
  if (type === 'Thông tư' && issuer && /^Bộ(?![\p{L}])/u.test(issuer)) return say('model', `Thông tư của ${issuer} hướng dẫn chức năng, nhiệm vụ`);
  const units = doc.offices.filter((o) => o.source === 'article' || o.source === 'part');
  if (units.length >= 2) return say('distribution', `giao chức năng, nhiệm vụ cho ${units.length} phòng/đơn vị (${units.map((o) => o.name).join('; ')})`);
  if (title && /chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở/u.test(title)) return say('decision', 'quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở (nhắc lại nhiệm vụ của Sở)');
  return { value: null, source: { line: null, note: 'không chắc: văn bản không là chương trình công tác, không giao nhiệm vụ cho từng phòng, không quy định cơ cấu tổ chức của Sở' } };
}

/**
 * The first line citing each document, by its key: citing is what
 * references.ts recognises (a type and a number, "Quyết định số
 * 39/2025/QĐ-UBND"), the rule the site links citations by — so a number
 * that merely contains another ("139/2025/QĐ-UBND") cites nothing, nor
 * does the text's own "Số:" line. One walk of the tree for every document
 * looked up.
 */
function citingLines(doc: LegalDocument): Map<string, { line: number; text: string }> {
  const first = new Map<string, { line: number; text: string }>();
  walk(doc.children, (n) => {
    for (const part of [n.heading, n.text]) {
      for (const r of part ? findDocumentReferences(part) : []) if (!first.has(r.cited.key)) first.set(r.cited.key, { line: n.lines[0], text: n.text.slice(0, 200) });
    }
  });
  return first;
}

const named = (m: Pick<DocumentMeta, 'documentType' | 'number'>) => `${m.documentType ?? ''} ${m.number}`.trim();

/**
 * The model this text implements: one it cites by number; else the model a
 * document of the corpus it cites by number follows (a Sở's rule for its
 * offices citing the province's decision on the Sở); else one whose duties
 * it restates.
 */
function inferImplements(doc: LegalDocument, models: LegalDocument[], others: DocumentMeta[]): { value: string | null; source: Source } {
  const cited = citingLines(doc);
  const citingLine = (number: string | null) => (number ? cited.get(documentKey(number)) ?? null : null);
  for (const m of models) {
    const c = citingLine(m.meta.number);
    if (c) return { value: m.meta.id, source: { line: c.line, text: c.text, note: `văn bản dẫn chiếu ${named(m.meta)} (dòng ${c.line})` } };
  }
  for (const o of others) {
    const model = models.find((m) => m.meta.id === o.implements);
    const c = model ? citingLine(o.number) : null;
    if (model && c) {
      return { value: model.meta.id, source: { line: c.line, text: c.text, note: `văn bản dẫn chiếu ${named(o)} (dòng ${c.line}; trong kho: ${o.id}), văn bản này đối chiếu với ${named(model.meta)}` } };
    }
  }
  for (const m of models) {
    const duties = dutiesOf(m);
    const items = dutiesOf(doc);
    if (!duties.length || !items.length) continue;
    const matched = new Set(propose(duties, items).filter((p) => p.score >= RESTATED_SCORE).map((p) => p.model));
    if (matched.size >= duties.length * RESTATED_SHARE) {
      return { value: m.meta.id, source: { line: null, note: `văn bản nhắc lại ${matched.size}/${duties.length} nhiệm vụ của ${m.meta.shortTitle ?? m.meta.title} (độ giống ≥ ${RESTATED_SCORE})` } };
    }
  }
  return { value: null, source: { line: null, note: models.length ? 'văn bản không dẫn chiếu và không nhắc lại nhiệm vụ của văn bản mô hình nào trong kho' : 'kho chưa có văn bản mô hình' } };
}

/** Words of an id for a document without a number, by kind. */
const KIND_WORDS: Record<DocumentKind, string> = { model: 'mo-hinh', decision: 'qd-so-khcn', distribution: 'phan-cong-cac-phong', programme: 'chuong-trinh-cong-tac' };
/** Type codes inside a number ("QĐ" in 39/2025/QĐ-UBND): the id says the type once, from the document type. */
const TYPE_CODES = new Set(['qd', 'qdd', 'tt', 'nq', 'kh', 'qc', 'ct', 'nd', 'ndd', 'tb', 'hd', 'hdd']);

/**
 * The permanent id, in ASCII: province, type, number and year
 * ("ha-tinh-qd-39-2025-ubnd", "tt-10-2025-bkhcn"); without a number, the
 * kind and the year ("lai-chau-phan-cong-cac-phong").
 */
export function proposeId(m: Pick<Inferred, 'province' | 'documentType' | 'number' | 'dateIssued' | 'kind'>): string {
  const type = m.documentType ? slugify(m.documentType).split('-').map((w) => w[0]).join('') : null;
  const number = m.number ? slugify(m.number).split('-').filter((w) => !TYPE_CODES.has(w)).join('-') : null;
  const year = m.dateIssued?.slice(0, 4) ?? null;
  const parts = number
    ? [m.province ? slugify(m.province) : null, type ?? 'vb', number, year && !number.includes(year) ? year : null]
    : [m.province ? slugify(m.province) : null, m.kind ? KIND_WORDS[m.kind] : type ?? 'van-ban', year];
  return parts.filter(Boolean).join('-');
}
