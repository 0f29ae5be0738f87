/**
 * The comparison on the document pages themselves. Under every model point
 * of the Circular, one compact line that stays the same size whatever the
 * number of provinces: "Các tỉnh phân công: 62/80 văn bản", a disclosure
 * whose link opens the point's per-duty page (so-sanh/nhiem-vu/<anchor>/);
 * the browser fills it from the per-duty JSON when opened
 * (src/browser/duty-lines.ts). Under every province item, "Đối chiếu: điểm d
 * khoản 1 Điều 2 Thông tư 10/2025/TT-BKHCN" (its model points, linked; a
 * link that carries the duty only in part says "(một phần)", an automatic
 * proposal nobody reviewed "(tự động)").
 * Pure: the comparison and the parsed documents in, per document a map node
 * id → the note to show beside that node out, which render-nodes writes.
 */
import type { Comparison } from '../align/comparison';
import type { LegalDocument } from '../model';
import { locateNodes } from '../urls';
import { dutyPath } from './comparison';
import { linkQualifier } from './words';

/** A line beside a node: text runs and links (site-relative paths). */
/** Text, or a link; `screenOnly`: a way onward that means nothing on paper (left out of print, with the text before it). */
export type NotePart = string | { text: string; path: string; screenOnly?: { before: string } };

/** Beside a model point: how many province documents assign it, of how many, and its per-duty page. */
export interface DutyLine { assigned: number; total: number; path: string }

/** What is shown beside a node: a model point's duty line, or a province item's "Đối chiếu" line. */
export type ComparisonNote = DutyLine | NotePart[];

/** Per document id: node id → the comparison note to show beside that node. */
export function comparisonNotes(comparison: Comparison, documents: LegalDocument[]): Map<string, Map<string, ComparisonNote>> {
  const byId = new Map(documents.map((d) => [d.meta.id, d]));
  const model = byId.get(comparison.model.document);
  const out = new Map<string, Map<string, ComparisonNote>>();
  if (!model) return out;
  const provinces = Object.keys(comparison.provinceOnly);
  const modelWhere = locateNodes(model);
  const modelTitle = model.meta.shortTitle ?? model.meta.id;
  const modelNotes = new Map<string, ComparisonNote>();
  out.set(model.meta.id, modelNotes);
  // Province document → its item → the model points it carries, with the link's qualifier.
  const back = new Map<string, Map<string, Array<{ model: string; label: string; qualifier: string }>>>();

  for (const row of comparison.rows) {
    const anchor = modelWhere.get(row.model)?.anchor;
    if (!anchor) continue;
    const assigned = provinces.filter((d) => (row.documents[d]?.length ?? 0) > 0).length;
    modelNotes.set(row.model, { assigned, total: provinces.length, path: dutyPath(anchor) });
    for (const d of provinces) {
      for (const c of row.documents[d] ?? []) {
        const items = back.get(d) ?? new Map<string, Array<{ model: string; label: string; qualifier: string }>>();
        back.set(d, items);
        items.set(c.node, [...(items.get(c.node) ?? []), { model: row.model, label: row.label, qualifier: linkQualifier(c) }]);
      }
    }
  }

  for (const d of provinces) {
    const notes = new Map<string, ComparisonNote>();
    out.set(d, notes);
    for (const [item, models] of back.get(d) ?? []) {
      const parts: NotePart[] = ['Đối chiếu: '];
      models.forEach((m, i) => {
        if (i > 0) parts.push(', ');
        const at = modelWhere.get(m.model);
        parts.push(at ? { text: m.label, path: at.url } : m.label);
        if (m.qualifier) parts.push(m.qualifier);
      });
      parts.push(` ${modelTitle}`);
      const anchor = modelWhere.get(models[0]!.model)?.anchor;
      if (anchor) parts.push({ text: 'các tỉnh khác', path: dutyPath(anchor), screenOnly: { before: ' · ' } });
      notes.set(item, parts);
    }
  }
  return out;
}
