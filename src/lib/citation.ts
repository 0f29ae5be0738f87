/**
 * How the site cites: one rule for the pages, the copy buttons (bundled
 * into js/site.js), the exports and the search records. A citation is the
 * unit, smallest first, then the document as Vietnamese legal texts cite
 * one: type, number, date, issuer — "điểm đ khoản 6 Điều 2 Thông tư số
 * 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ"; a unit of
 * an attached text adds "… của Quy định ban hành kèm theo Quyết định số …".
 * Never an editorial short title, never a guessed fact: what the text does
 * not state is named as missing, and without a number the title (trích
 * yếu) is what identifies the document, so it is always given.
 * Pure, no DOM and no Node.
 */
import type { DocumentMeta, LegalDocument, LegalNode } from './model';
import { unitLabel } from './labels';
import { EDITORIAL_TITLE, NOT_STATED } from './site/words';

/** The document facts a citation uses; the pages carry them to the browser (`main[data-doc]`). */
export type CitedFacts = Pick<DocumentMeta, 'documentType' | 'number' | 'dateIssued' | 'issuer' | 'title'> & { titleEditorial?: boolean };

/** The forms a reader can choose: the date as "27/6/2025" (default) or "27 tháng 6 năm 2025", with the title or not. */
export interface CitationStyle {
  date?: 'short' | 'long';
  title?: boolean;
}

/** The facts of a document's metadata that a citation uses, and nothing else. */
export function citedFacts(meta: CitedFacts): CitedFacts {
  return { documentType: meta.documentType, number: meta.number, dateIssued: meta.dateIssued, issuer: meta.issuer, title: meta.title, ...(meta.titleEditorial ? { titleEditorial: true } : {}) };
}

/** ISO date → "27/6/2025", as the texts write dates in passing. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

/**
 * ISO date → "27 tháng 6 năm 2025", the form the texts themselves use; a
 * day below 10 and the months 1 and 2 take a leading zero ("01 tháng 02"),
 * as Nghị định 30/2020/NĐ-CP has dates written.
 */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  return `${m[3]} tháng ${month <= 2 ? m[2] : month} năm ${m[1]}`;
}

/** The title without the document type it starts with: "Thông tư hướng dẫn …" → "hướng dẫn …". */
function subject(facts: CitedFacts): string {
  const type = facts.documentType;
  const title = facts.title.trim();
  return type && title.toLocaleLowerCase('vi').startsWith(`${type.toLocaleLowerCase('vi')} `) ? title.slice(type.length + 1) : title;
}

/**
 * "Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công
 * nghệ"; with `title`, the trích yếu follows the issuer. A document without
 * a number is cited by its type, date, issuer and title, then what the text
 * leaves out: "Quyết định ngày 30/6/2025 của Ủy ban nhân dân thành phố Hải
 * Phòng quy định chức năng, … (số hiệu: không ghi trong văn bản)".
 */
export function documentCitation(facts: CitedFacts, style: CitationStyle = {}): string {
  const date = facts.dateIssued ? `ngày ${style.date === 'long' ? longDate(facts.dateIssued) : formatDate(facts.dateIssued)}` : null;
  const withTitle = style.title || !facts.number;
  // An editorial title is the editors' words, type included: it stands first, in square brackets, and says so.
  const editorial = withTitle && facts.titleEditorial;
  const parts = [editorial ? `[${facts.title.trim()}]` : facts.documentType ?? 'Văn bản', facts.number ? `số ${facts.number}` : null, date, facts.issuer ? `của ${facts.issuer}` : null];
  if (withTitle && !editorial) parts.push(subject(facts));
  const missing = [facts.number ? null : 'số hiệu', date ? null : 'ngày ban hành', facts.issuer ? null : 'cơ quan ban hành'].filter(Boolean);
  const notes = [editorial ? EDITORIAL_TITLE : null, missing.length ? `${missing.join(', ')}: ${NOT_STATED}` : null].filter(Boolean);
  if (notes.length) parts.push(`(${notes.join('; ')})`);
  return parts.filter(Boolean).join(' ');
}

/** A unit's citation: its name as cited (citationUnits) followed by the document. */
export function citation(unit: string, facts: CitedFacts, style: CitationStyle = {}): string {
  return `${unit} ${documentCitation(facts, style)}`;
}

/** What a unit's citation needs from each node of its chain (a LegalNode or an exported node). */
export interface ChainNode {
  kind: LegalNode['kind'];
  num: string | null;
  number?: string | null;
  label: string;
  heading: string | null;
  partType?: string;
}

/** Lines that frame a text (its header, title lines, enacting formula, recipients, signature) and the notes beside it: not cited. */
const FRAMES = new Set(['preamble', 'closing', 'legend']);
/** The units a memo cites. */
const CITABLE = new Set(['part', 'article', 'office', 'clause', 'point', 'item', 'row']);

/** Whether the last node of the chain (outermost first) is a unit one cites: not a header line, a title, a recipient. */
export function isCitable(chain: ChainNode[]): boolean {
  return CITABLE.has(chain[chain.length - 1]!.kind) && !chain.some((n) => FRAMES.has(n.kind));
}

/**
 * The unit as it stands in a citation, from its chain (outermost first), or
 * null when it is not cited (isCitable). It is the node's label, with the
 * office part's number where the label names only the office ("khoản 1
 * Mục II (Thanh tra Sở)"), and inside an attached text, that text and
 * "ban hành kèm theo" ("… của Quy định ban hành kèm theo", "nhiệm vụ 1
 * Phụ lục I ban hành kèm theo"), so that the document follows.
 */
export function citationUnit(chain: ChainNode[]): string | null {
  if (!isCitable(chain)) return null;
  const node = chain[chain.length - 1]!;
  let unit = node.label;
  const office = chain.find((n) => n.kind === 'office');
  if (office?.num) {
    const part = unitLabel(office);
    if (node === office) unit = `${part} (${office.label})`;
    else if (unit.endsWith(` (${office.label})`)) unit = `${unit.slice(0, -office.label.length - 3)} ${part} (${office.label})`;
  }
  const annex = chain.find((n) => n.kind === 'part' && n.partType === 'annex');
  if (!annex) return unit;
  const attached = unitLabel(annex);
  if (node === annex) return `${attached} ban hành kèm theo`;
  for (const tail of [` của ${attached}`, ` ${attached}`]) if (unit.endsWith(tail)) { unit = unit.slice(0, -tail.length); break; }
  return `${unit} ${attached.startsWith('Phụ lục') ? '' : 'của '}${attached} ban hành kèm theo`;
}

const UNITS = new WeakMap<object, Map<string, string | null>>();

/** Node id → its unit as cited, or null when not cited; computed once per document. */
export function citationUnits(doc: Pick<LegalDocument, 'children'>): Map<string, string | null> {
  const known = UNITS.get(doc);
  if (known) return known;
  const out = new Map<string, string | null>();
  const visit = (nodes: LegalNode[], chain: LegalNode[]) => {
    for (const n of nodes) {
      const c = [...chain, n];
      out.set(n.id, citationUnit(c));
      visit(n.children, c);
    }
  };
  visit(doc.children, []);
  UNITS.set(doc, out);
  return out;
}

/** The citation of a node of a document (default style), or null when the node is not cited. */
export function citationFor(doc: Pick<LegalDocument, 'children' | 'meta'>, nodeId: string, style: CitationStyle = {}): string | null {
  const unit = citationUnits(doc).get(nodeId);
  return unit ? citation(unit, doc.meta, style) : null;
}
