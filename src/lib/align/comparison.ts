/**
 * The comparison export (`dist/data/comparison.json`) and its CSV form: one
 * row per model duty, with every province item that carries it.
 */
import type { LegalDocument } from '../model';
import { dutiesArticle, dutiesOf, type Duty } from './duties';
import { precedentsFor } from './precedents';
import { propose } from './propose';
import { mergeLinks, type Review } from './review';

export interface ComparisonCell {
  node: string;
  office: string | null;
  officeName: string | null;
  score: number | null;
  status: 'reviewed' | 'auto';
}

export interface Comparison {
  model: { document: string; article: string };
  rows: Array<{ model: string; label: string; documents: Record<string, ComparisonCell[]> }>;
  provinceOnly: Record<string, string[]>;
}

/** Build the comparison of every province document with the model. */
export function buildComparison(model: LegalDocument, provinces: LegalDocument[], reviews: Map<string, Review | null>): Comparison {
  const modelDuties = dutiesOf(model);
  const rows: Comparison['rows'] = modelDuties.map((m) => ({ model: m.node, label: m.label, documents: {} }));
  const byModel = new Map(rows.map((r) => [r.model, r]));
  const provinceOnly: Record<string, string[]> = {};
  for (const doc of provinces) {
    const items = dutiesOf(doc);
    const byItem = new Map<string, Duty>(items.map((i) => [i.node, i]));
    const links = mergeLinks(propose(modelDuties, items, precedentsFor(doc.meta.id, provinces, reviews)), reviews.get(doc.meta.id) ?? null);
    for (const row of rows) row.documents[doc.meta.id] = [];
    for (const l of links) {
      const row = byModel.get(l.model);
      const item = byItem.get(l.item);
      if (!row || !item) continue;
      const office = doc.offices.find((o) => o.id === item.office) ?? null;
      row.documents[doc.meta.id]!.push({ node: l.item, office: office?.id ?? null, officeName: office?.name ?? null, score: l.score, status: l.status });
    }
    const linked = new Set(links.map((l) => l.item));
    provinceOnly[doc.meta.id] = items.filter((i) => !linked.has(i.node)).map((i) => i.node);
  }
  return { model: { document: model.meta.id, article: dutiesArticle(model)?.id ?? 'dieu-2' }, rows, provinceOnly };
}

const csvCell = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly) for one document or all. */
export function comparisonCsv(c: Comparison, documents: LegalDocument[]): string {
  const header = ['Điểm mô hình', ...documents.flatMap((d) => [`${d.meta.shortTitle ?? d.meta.id} — phòng/đơn vị`, `${d.meta.shortTitle ?? d.meta.id} — mục`, `${d.meta.shortTitle ?? d.meta.id} — trạng thái`])];
  const lines = [header.map(csvCell).join(',')];
  for (const row of c.rows) {
    const cells = [row.label];
    for (const d of documents) {
      const list = row.documents[d.meta.id] ?? [];
      cells.push(list.map((x) => x.officeName ?? '').filter(Boolean).join('; ') || (list.length ? '' : 'không thấy phân công'));
      cells.push(list.map((x) => x.node).join('; '));
      cells.push(list.map((x) => (x.status === 'reviewed' ? 'đã rà soát' : 'tự động')).join('; '));
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
