/**
 * Precedents: what the reviewed documents of other provinces teach about a
 * new one. A precedent document is a province document with its reviewed
 * links (accepted or added; rejected ones never count), reduced to plain
 * data: its offices and, per item, the text, the office and the model duties
 * the review gave it. Built at generate time from the corpus and the
 * reviews; pure data, so the browser can use it too (no Node API here).
 *
 * How each kind of document counts:
 * - a distribution among offices (Lai Châu, Quảng Ngãi 33) is a full
 *   precedent: its items' wording for alignment, its offices for drafting;
 * - a work programme's rows name lead offices for bundles of tasks: its
 *   rows teach wording, and its lead offices count as weaker office evidence
 *   (`officeWeight` 0.5), since a row's lead office leads the whole bundle;
 * - a city decision restating the model (Hải Phòng) gives its duties to the
 *   Sở as a whole: its items teach wording (the model's, with local
 *   variants), but it has no office and gives no office evidence.
 */
import type { DocumentKind, LegalDocument } from '../model';
import { dutiesOf } from './duties';
import type { Review } from './review';

export interface PrecedentItem {
  node: string;
  /** Citation label within its document ("điểm a mục 2.3 Điều 7"). */
  label: string;
  office: string | null;
  text: string;
  /** Heading of the enclosing item ("Về tiêu chuẩn, đo lường, chất lượng"). */
  context: string;
  /** Model duties the review links it to. */
  models: string[];
}

export interface PrecedentOffice {
  id: string;
  name: string;
}

export interface PrecedentDocument {
  id: string;
  province: string | null;
  /** Short title, for reasons ("Quyết định 33/QĐ-SKHCN (Quảng Ngãi)"). */
  title: string;
  kind: DocumentKind | null;
  /** How much an office of this document counts as precedent for drafting (0: none). */
  officeWeight: number;
  offices: PrecedentOffice[];
  items: PrecedentItem[];
  /** Model duties its review found no office carrying, with the reviewer's reason; null when the review makes no such claim. */
  unassigned: Array<{ model: string; note: string }> | null;
}

/** How much each kind of document's offices count as drafting precedent. */
export const OFFICE_WEIGHT: Record<DocumentKind, number> = { distribution: 1, programme: 0.5, decision: 0, model: 0 };

/** A reviewed province document as precedent (built once per document and review: every other document's proposals use it). */
export function precedentDocument(doc: LegalDocument, review: Review): PrecedentDocument {
  const known = PRECEDENTS.get(doc);
  if (known?.review === review) return known.value;
  const value = buildPrecedent(doc, review);
  PRECEDENTS.set(doc, { review, value });
  return value;
}

const PRECEDENTS = new WeakMap<LegalDocument, { review: Review; value: PrecedentDocument }>();

function buildPrecedent(doc: LegalDocument, review: Review): PrecedentDocument {
  const linked = new Map<string, string[]>();
  for (const l of review.links) {
    if (l.status === 'rejected') continue;
    linked.set(l.item, [...(linked.get(l.item) ?? []), l.model]);
  }
  return {
    id: doc.meta.id,
    province: doc.meta.province,
    title: doc.meta.shortTitle ?? doc.meta.title,
    kind: doc.meta.kind,
    officeWeight: doc.meta.kind ? OFFICE_WEIGHT[doc.meta.kind] : 0,
    offices: doc.offices.map((o) => ({ id: o.id, name: o.name })),
    items: dutiesOf(doc).map((d) => ({ node: d.node, label: d.label, office: d.office, text: d.text, context: d.context, models: linked.get(d.node) ?? [] })),
    unassigned: review.unassigned ?? null,
  };
}

/** Every reviewed province document as precedent (what the drafting aid and the corpus's proposals learn from). */
export function allPrecedents(documents: LegalDocument[], reviews: Map<string, Review | null>): PrecedentDocument[] {
  return documents.flatMap((d) => {
    const review = reviews.get(d.meta.id);
    return review ? [precedentDocument(d, review)] : [];
  });
}

/** Precedents for one document: every other reviewed document (a document is never its own precedent). */
export function precedentsFor(documentId: string, documents: LegalDocument[], reviews: Map<string, Review | null>, exclude: ReadonlySet<string> = new Set()): PrecedentDocument[] {
  return allPrecedents(documents.filter((d) => d.meta.id !== documentId && !exclude.has(d.meta.id)), reviews);
}

/** Where a precedent item comes from, in words: "Quyết định 33/QĐ-SKHCN (Quảng Ngãi): mục 2.1.3 (Phòng Quản lý chuyên ngành)". */
export function describePrecedent(doc: PrecedentDocument, item: PrecedentItem): string {
  const office = doc.offices.find((o) => o.id === item.office)?.name;
  return `${doc.title}: ${item.label}${office && !item.label.includes(office) ? ` — ${office}` : ''}`;
}
