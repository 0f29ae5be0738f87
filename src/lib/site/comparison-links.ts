/**
 * The comparison on the document pages themselves: under every model point
 * of the Circular, "Các tỉnh phân công: …" (the province items that carry
 * it, linked); under every province item, "Đối chiếu: điểm d khoản 1 Điều 2
 * Thông tư 10/2025/TT-BKHCN" (its model points, linked). A link that carries
 * the duty only in part says "(một phần)"; an automatic proposal nobody
 * reviewed says "(tự động)". Pure: the
 * comparison and the parsed documents in, per document a map node id → a
 * line of text and links out, which render-nodes writes beside the node.
 */
import type { Comparison, ComparisonCell } from '../align/comparison';
import type { LegalDocument } from '../model';
import { allNodes } from '../parse';
import { locateNodes } from '../urls';
import { COMPARISON_ROOT } from './comparison';

/** A line beside a node: text runs and links (site-relative paths). */
export type NotePart = string | { text: string; path: string };

/** What a line says after a linked label: "(một phần)", "(tự động)", both, or nothing. */
export function linkQualifier(cell: Pick<ComparisonCell, 'coverage' | 'status'>): string {
  const words = [cell.coverage === 'partial' ? 'một phần' : null, cell.status === 'auto' ? 'tự động' : null].filter(Boolean);
  return words.length ? ` (${words.join(', ')})` : '';
}

/** Short column names: the province, and which of its documents when it has several. */
export function shortNames(provinces: LegalDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of provinces) {
    const same = provinces.filter((x) => x.meta.province === d.meta.province);
    const province = d.meta.province ?? d.meta.shortTitle ?? d.meta.id;
    if (same.length === 1) out.set(d.meta.id, province);
    else out.set(d.meta.id, `${province} (${d.meta.kind === 'programme' ? 'chương trình công tác' : d.meta.number ?? d.meta.shortTitle ?? d.meta.id})`);
  }
  return out;
}

/** Per document id: node id → the comparison line to show beside that node. */
export function comparisonNotes(comparison: Comparison, documents: LegalDocument[]): Map<string, Map<string, NotePart[]>> {
  const byId = new Map(documents.map((d) => [d.meta.id, d]));
  const model = byId.get(comparison.model.document);
  const out = new Map<string, Map<string, NotePart[]>>();
  if (!model) return out;
  const provinces = Object.keys(comparison.provinceOnly).map((id) => byId.get(id)).filter((d): d is LegalDocument => Boolean(d));
  const names = shortNames(provinces);
  const where = new Map(documents.map((d) => [d.meta.id, locateNodes(d)]));
  const modelWhere = where.get(model.meta.id)!;
  const modelTitle = model.meta.shortTitle ?? model.meta.id;
  const modelNotes = new Map<string, NotePart[]>();
  out.set(model.meta.id, modelNotes);
  const back = new Map<string, Map<string, Array<{ model: string; label: string; qualifier: string }>>>();

  for (const row of comparison.rows) {
    const loc = modelWhere.get(row.model);
    if (!loc) continue;
    const khoan = /^[^/]+\/khoan-(\d+)/.exec(row.model)?.[1];
    const parts: NotePart[] = ['Các tỉnh phân công: '];
    const none: string[] = [];
    let first = true;
    for (const d of provinces) {
      const cells = row.documents[d.meta.id] ?? [];
      if (cells.length === 0) { none.push(names.get(d.meta.id)!); continue; }
      parts.push(`${first ? '' : '; '}${names.get(d.meta.id)} — `);
      first = false;
      cells.forEach((c, i) => {
        const at = where.get(d.meta.id)?.get(c.node);
        const node = at ? c.node : null;
        if (i > 0) parts.push(', ');
        const label = labelOf(d, c.node);
        parts.push(node ? { text: label, path: at!.url } : label);
        const qualifier = linkQualifier(c);
        if (qualifier) parts.push(qualifier);
        const list = back.get(d.meta.id) ?? new Map();
        back.set(d.meta.id, list);
        list.set(c.node, [...(list.get(c.node) ?? []), { model: row.model, label: row.label, qualifier }]);
      });
    }
    if (first) parts.push('không thấy phân công ở văn bản nào');
    else if (none.length) parts.push(`; không thấy phân công: ${none.join(', ')}`);
    parts.push(' · ');
    if (khoan) parts.push({ text: 'so sánh', path: `${COMPARISON_ROOT}khoan-${khoan}/#${loc.anchor ?? ''}` });
    modelNotes.set(row.model, parts);
  }

  for (const d of provinces) {
    const notes = new Map<string, NotePart[]>();
    out.set(d.meta.id, notes);
    for (const [item, models] of back.get(d.meta.id) ?? []) {
      const parts: NotePart[] = ['Đối chiếu: '];
      models.forEach((m, i) => {
        if (i > 0) parts.push(', ');
        const at = modelWhere.get(m.model);
        parts.push(at ? { text: m.label, path: at.url } : m.label);
        if (m.qualifier) parts.push(m.qualifier);
      });
      const first = models[0]!;
      const khoan = /^[^/]+\/khoan-(\d+)/.exec(first.model)?.[1];
      parts.push(` ${modelTitle}`);
      if (khoan) parts.push(' · ', { text: 'so sánh các tỉnh', path: `${COMPARISON_ROOT}khoan-${khoan}/#${modelWhere.get(first.model)?.anchor ?? ''}` });
      notes.set(item, parts);
    }
  }
  return out;
}

function labelOf(doc: LegalDocument, nodeId: string): string {
  let labels = LABELS.get(doc);
  if (!labels) {
    labels = new Map(allNodes(doc).map((n) => [n.id, n.label]));
    LABELS.set(doc, labels);
  }
  return labels.get(nodeId) ?? nodeId;
}

const LABELS = new WeakMap<LegalDocument, Map<string, string>>();
