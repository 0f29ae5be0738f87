/**
 * The comparison export (`dist/data/comparison.json`) and its CSV form: one
 * row per model duty, with every province item that carries it, how much of
 * it, and who decided; plus each document's review (reviewer, notes, the
 * duties it found unassigned). The site's comparison pages are built from
 * this export alone (src/lib/site/comparison.ts): the generator reads the
 * review files and passes them in.
 */
import type { LegalDocument } from '../model';
import { csvRecord } from '../spreadsheet-text';
import { dutiesArticle, dutiesOf, type Duty } from './duties';
import { proposalsByDocument } from './propose';
import { mergeLinks, type AlignedLink, type Review } from './review';

export interface ComparisonCell {
  node: string;
  office: string | null;
  officeName: string | null;
  score: number | null;
  status: AlignedLink['status'];
  coverage: AlignedLink['coverage'];
  checked: boolean;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** A document's review as a whole, or null when nobody reviewed it (its links are all proposals). */
export interface DocumentReview {
  reviewer: string;
  reviewedAt: string;
  notes: string[];
  /** Model duties the reviewer found no office carrying, with the reason; null when the review makes no such claim. */
  unassigned: Array<{ model: string; note: string }> | null;
}

export interface Comparison {
  model: { document: string; article: string };
  rows: Array<{ model: string; label: string; documents: Record<string, ComparisonCell[]> }>;
  provinceOnly: Record<string, string[]>;
  reviews: Record<string, DocumentReview | null>;
}

/** Build the comparison of every province document with the model. */
export function buildComparison(model: LegalDocument, provinces: LegalDocument[], reviews: Map<string, Review | null>): Comparison {
  const modelDuties = dutiesOf(model);
  const rows: Comparison['rows'] = modelDuties.map((m) => ({ model: m.node, label: m.label, documents: {} }));
  const byModel = new Map(rows.map((r) => [r.model, r]));
  const provinceOnly: Record<string, string[]> = {};
  const documentReviews: Comparison['reviews'] = {};
  const proposals = proposalsByDocument(modelDuties, provinces, reviews);
  for (const doc of provinces) {
    const items = dutiesOf(doc);
    const byItem = new Map<string, Duty>(items.map((i) => [i.node, i]));
    const review = reviews.get(doc.meta.id) ?? null;
    const links = mergeLinks(proposals.get(doc.meta.id)!, review);
    for (const row of rows) row.documents[doc.meta.id] = [];
    for (const l of links) {
      const row = byModel.get(l.model);
      const item = byItem.get(l.item);
      if (!row || !item) continue;
      const office = doc.offices.find((o) => o.id === item.office) ?? null;
      row.documents[doc.meta.id]!.push({
        node: l.item, office: office?.id ?? null, officeName: office?.name ?? null, score: l.score, status: l.status,
        coverage: l.coverage, checked: l.checked, note: l.note, reviewedBy: l.reviewedBy, reviewedAt: l.reviewedAt,
      });
    }
    const linked = new Set(links.map((l) => l.item));
    provinceOnly[doc.meta.id] = items.filter((i) => !linked.has(i.node)).map((i) => i.node);
    documentReviews[doc.meta.id] = review
      ? { reviewer: review.reviewer, reviewedAt: review.reviewedAt, notes: review.notes, unassigned: review.unassigned ?? null }
      : null;
  }
  return { model: { document: model.meta.id, article: dutiesArticle(model)?.id ?? 'dieu-2' }, rows, provinceOnly, reviews: documentReviews };
}

const STATUS_WORDS = { reviewed: 'đã rà soát', auto: 'tự động' } as const;
const COVERAGE_WORDS = { full: 'toàn bộ', partial: 'một phần' } as const;

/** CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly) for one document or all. */
export function comparisonCsv(c: Comparison, documents: LegalDocument[]): string {
  const header = ['Điểm mô hình', ...documents.flatMap((d) => {
    const name = d.meta.shortTitle ?? d.meta.id;
    return [`${name} — phòng/đơn vị`, `${name} — mục`, `${name} — trạng thái`, `${name} — phạm vi`];
  })];
  const lines = [csvRecord(header)];
  for (const row of c.rows) {
    const cells = [row.label];
    for (const d of documents) {
      const list = row.documents[d.meta.id] ?? [];
      cells.push(list.map((x) => x.officeName ?? '').filter(Boolean).join('; ') || (list.length ? '' : 'không thấy phân công'));
      cells.push(list.map((x) => x.node).join('; '));
      cells.push(list.map((x) => STATUS_WORDS[x.status]).join('; '));
      cells.push(list.map((x) => (x.coverage ? COVERAGE_WORDS[x.coverage] : 'chưa xác định')).join('; '));
    }
    lines.push(csvRecord(cells));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
