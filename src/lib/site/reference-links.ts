/**
 * References as links: what findReferences found, turned into what the pages
 * need — inline links per node (offsets into node.text, never re-parsed),
 * "Được dẫn chiếu tại" lists (who cites a document, article, clause, point or
 * office), the index of outside documents the corpus cites, and the short
 * previews shown when a reference is hovered or focused. Paths are
 * site-relative; pages make them relative to themselves. Pure.
 */
import type { LegalDocument, LegalNode } from '../model';
import type { CitedDocument, Reference, ReferenceKind } from '../references';
import { allNodes } from '../parse';
import { unitLabel } from '../labels';
import { documentCitation, formatDate } from '../citation';
import { walk } from '../parse/finalize';
import { locateNodes, documentPath, officePath, type NodeLocation } from '../urls';
import { slugify } from '../slug';
import { collator } from './paths';

/** The page listing every outside document the corpus cites. */
export const CITED_INDEX_PATH = 'van-ban-duoc-dan-chieu/';
/** Heading and title of that page. */
export const CITED_INDEX_TITLE = 'Văn bản được dẫn chiếu';
const PREVIEW_MAX = 280;

/** Entry of an outside document on the index page: `van-ban-duoc-dan-chieu/#150-2025-nd-cp`. */
export function externalAnchor(key: string): string {
  return slugify(key) || 'van-ban';
}

export interface InlineLink {
  kind: ReferenceKind;
  external: boolean;
  start: number;
  end: number;
  /** Site-relative URL of the target. */
  url: string;
  /** Text shown in the preview popup. */
  preview: string;
}

export interface Target { document: string; node: string | null; office: string | null; label: string }

export interface CitingPlace {
  document: string;
  docTitle: string;
  docPath: string;
  /** Label and permanent URL of the citing node. */
  label: string;
  path: string;
  /** The reference as written. */
  text: string;
  target: Target | null;
  /** Document order of the citing node (sorting within a document). */
  order: number;
}

export interface CitedByGroup {
  title: string;
  path: string;
  places: Array<{ label: string; path: string; text: string; target: string | null }>;
}

/** An entry of content/cited.json (written by scripts/generate.ts): an outside document as cited, and who cites it. */
export interface CitedJsonEntry {
  key: string;
  anchor: string;
  descriptions: string[];
  cited: CitedDocument[];
  citedBy: CitedByGroup[];
}

/** The page of one outside document: its facts as cited and every place citing it. */
export const citedEntryPath = (e: Pick<CitedJsonEntry, 'anchor'>) => `${CITED_INDEX_PATH}${e.anchor}/`;
/** Its heading: the first way it is cited in full ("Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ"). */
export const citedEntryTitle = (e: Pick<CitedJsonEntry, 'descriptions' | 'key'>) => (e.descriptions[0] ?? e.key).trim();

export interface ExternalEntry {
  key: string;
  anchor: string;
  /** Every distinct way it is cited (type, number, date, issuer). */
  cited: CitedDocument[];
  places: CitingPlace[];
}

export interface ReferenceIndex {
  /** `doc:node` → links inside that node's text, sorted, never overlapping. */
  links: Map<string, InlineLink[]>;
  /** Every place that cites something in the corpus. */
  places: CitingPlace[];
  external: ExternalEntry[];
}

/** "gạch đầu dòng 1 Nơi nhận", not a bare "gạch đầu dòng 1": units outside articles get their parent's label. */
function placeLabel(n: LegalNode, parent: LegalNode | null): string {
  const own = !['article', 'part', 'office'].includes(n.kind);
  return own && parent && n.label === unitLabel(n) ? `${n.label} ${parent.label}` : n.label;
}

const flatText = (n: LegalNode): string => [n.heading, n.text, ...n.children.map(flatText)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();

function clip(text: string): string {
  return text.length <= PREVIEW_MAX ? text : `${text.slice(0, PREVIEW_MAX - 1).trimEnd()}…`;
}

/** "Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ". */
export function citedDescription(c: CitedDocument): string {
  return [`${c.type} số ${c.number}`, c.date ? `ngày ${formatDate(c.date)}` : null, c.issuer ? `của ${c.issuer}` : null].filter(Boolean).join(' ');
}

/** Links, citing places and the outside documents' entries, from every reference findReferences found in `documents`. */
export function buildReferenceIndex(documents: LegalDocument[], refs: Reference[]): ReferenceIndex {
  const docs = new Map(documents.map((d) => [d.meta.id, d]));
  const info = new Map(documents.map((d) => [d.meta.id, documentInfo(d)]));
  const anchors = externalAnchors(refs);
  const links = new Map<string, InlineLink[]>();
  const places: CitingPlace[] = [];
  const external = new Map<string, ExternalEntry>();
  for (const r of refs) {
    const from = info.get(r.document);
    const source = from?.nodes.get(r.source);
    if (!from || !source || r.target === null) continue;
    const place = citingPlace(r, from, source);
    let end: LinkEnd | null;
    if ('external' in r.target) {
      end = outsideLink(r, r.target.external, place, external, anchors);
    } else {
      end = corpusLink(place, r.target, info, docs);
      if (!end) continue;
      places.push(place);
    }
    const key = `${r.document}:${r.source}`;
    const list = links.get(key) ?? [];
    list.push({ kind: r.kind, external: 'external' in r.target, start: r.start, end: r.end, url: end.url, preview: end.preview });
    links.set(key, list);
  }
  for (const [key, list] of links) links.set(key, withoutOverlaps(list));
  const entries = [...external.values()].sort((a, b) => collator.compare(a.cited[0]?.type ?? '', b.cited[0]?.type ?? '') || collator.compare(a.key, b.key));
  return { links, places, external: entries };
}

/** What the index needs of one document, looked up once. */
interface DocumentInfo {
  parents: Map<string, LegalNode | null>;
  locations: Map<string, NodeLocation>;
  nodes: Map<string, LegalNode>;
  /** Node id → its position in document order. */
  order: Map<string, number>;
  title: string;
}

function documentInfo(d: LegalDocument): DocumentInfo {
  const nodes = allNodes(d);
  const parents = new Map<string, LegalNode | null>();
  walk(d.children, (n, p) => { parents.set(n.id, p); });
  return {
    parents,
    locations: locateNodes(d) as Map<string, NodeLocation>,
    nodes: new Map(nodes.map((n) => [n.id, n])),
    order: new Map(nodes.map((n, i) => [n.id, i])),
    title: d.meta.shortTitle ?? d.meta.title,
  };
}

/** Anchors of outside documents, unique even when two keys fold to the same slug. */
function externalAnchors(refs: Reference[]): Map<string, string> {
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const r of refs) {
    if (!r.target || !('external' in r.target) || anchors.has(r.target.external)) continue;
    let anchor = externalAnchor(r.target.external);
    for (let n = 2; used.has(anchor); n++) anchor = `${externalAnchor(r.target.external)}-${n}`;
    used.add(anchor);
    anchors.set(r.target.external, anchor);
  }
  return anchors;
}

/** The place a reference stands in; what it cites (`target`) is filled in once the target is found. */
function citingPlace(r: Reference, from: DocumentInfo, source: LegalNode): CitingPlace {
  return {
    document: r.document, docTitle: from.title, docPath: documentPath(r.document),
    label: placeLabel(source, from.parents.get(source.id) ?? null), path: from.locations.get(r.source)!.url, text: r.text, target: null, order: from.order.get(r.source)!,
  };
}

/** Where a reference's link leads and what its preview says. */
interface LinkEnd { url: string; preview: string }

/** Files `place` under the outside document's entry (made at its first citation); the link leads to that entry on the index page. */
function outsideLink(r: Reference, key: string, place: CitingPlace, external: Map<string, ExternalEntry>, anchors: Map<string, string>): LinkEnd {
  const entry = external.get(key) ?? { key, anchor: anchors.get(key)!, cited: [], places: [] };
  external.set(key, entry);
  if (r.cited && !entry.cited.some((c) => citedDescription(c) === citedDescription(r.cited!))) entry.cited.push(r.cited);
  entry.places.push(place);
  return { url: `${CITED_INDEX_PATH}#${entry.anchor}`, preview: `${r.cited ? citedDescription(r.cited) : key} — văn bản ngoài kho; xem nơi dẫn chiếu` };
}

/** The link to an office, a whole document or a node of the corpus, with what `place` cites set on it; null when the target is not there. */
function corpusLink(place: CitingPlace, target: Exclude<NonNullable<Reference['target']>, { external: string }>, info: Map<string, DocumentInfo>, docs: Map<string, LegalDocument>): LinkEnd | null {
  const to = info.get(target.document);
  const doc = docs.get(target.document);
  if (!to || !doc) return null;
  if ('office' in target) {
    const officeId = target.office;
    const office = doc.offices.find((o) => o.id === officeId);
    if (!office) return null;
    const node = office.node ? to.nodes.get(office.node) : undefined;
    place.target = { document: doc.meta.id, node: null, office: office.id, label: office.name };
    return { url: officePath(doc.meta.id, office.id), preview: clip(node ? `${office.name}: ${flatText(node)}` : office.name) };
  }
  if (target.node === null) {
    place.target = { document: doc.meta.id, node: null, office: null, label: to.title };
    return { url: documentPath(doc.meta.id), preview: clip(documentCitation(doc.meta, { title: true })) };
  }
  const node = to.nodes.get(target.node);
  if (!node) return null;
  place.target = { document: doc.meta.id, node: node.id, office: null, label: node.label };
  return { url: to.locations.get(node.id)!.url, preview: clip(`${node.label}: ${flatText(node)}`) };
}

/** Sorted by position; where two references overlap, the first (then the longer) wins. */
function withoutOverlaps(list: InlineLink[]): InlineLink[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InlineLink[] = [];
  for (const l of list) if (!kept.length || l.start >= kept[kept.length - 1]!.end) kept.push(l);
  return kept;
}

/** Links inside one document's nodes, by node id. */
export function linksOf(index: ReferenceIndex, docId: string): Map<string, InlineLink[]> {
  const out = new Map<string, InlineLink[]>();
  for (const [key, list] of index.links) if (key.startsWith(`${docId}:`)) out.set(key.slice(docId.length + 1), list);
  return out;
}

const within = (nodeId: string | null, rootId: string) => nodeId !== null && (nodeId === rootId || nodeId.startsWith(`${rootId}/`));

/** Places citing a document (as a whole or any part or office of it). */
export function citingDocument(index: ReferenceIndex, docId: string): CitingPlace[] {
  return index.places.filter((p) => p.target?.document === docId);
}

/** Places citing a node or anything inside it. */
export function citingNode(index: ReferenceIndex, docId: string, nodeId: string): CitingPlace[] {
  return index.places.filter((p) => p.target?.document === docId && within(p.target.node, nodeId));
}

/** Places citing an office (by name) or the part of the document that sets its duties. */
export function citingOffice(index: ReferenceIndex, docId: string, officeId: string, nodeId: string | null): CitingPlace[] {
  return index.places.filter((p) => p.target?.document === docId && (p.target.office === officeId || (nodeId !== null && within(p.target.node, nodeId))));
}

/** Places citing exactly this node, by node id (the notes beside clauses and points). */
export function citingExactly(index: ReferenceIndex, docId: string): Map<string, CitingPlace[]> {
  const out = new Map<string, CitingPlace[]>();
  for (const p of index.places) {
    if (p.target?.document !== docId || p.target.node === null) continue;
    out.set(p.target.node, [...(out.get(p.target.node) ?? []), p]);
  }
  return out;
}

/**
 * Grouped by citing document (titles in Vietnamese order), places in document
 * order; `targetLabel` says which unit is cited when it is not `self`.
 */
export function groupCitingPlaces(places: CitingPlace[], self: (t: Target) => boolean = () => true): CitedByGroup[] {
  const byDoc = new Map<string, CitingPlace[]>();
  for (const p of places) byDoc.set(p.document, [...(byDoc.get(p.document) ?? []), p]);
  return [...byDoc.values()]
    .map((list) => ({
      title: list[0]!.docTitle,
      path: list[0]!.docPath,
      places: list.sort((a, b) => a.order - b.order).map((p) => ({ label: p.label, path: p.path, text: p.text, target: p.target && !self(p.target) ? p.target.label : null })),
    }))
    .sort((a, b) => collator.compare(a.title, b.title));
}

export interface Segment { text: string; path: string | null; preview: string | null; cls: string | null }

/** A text cut at its links' offsets: plain and linked pieces that join back to exactly `text`. */
export function segments(text: string, links: InlineLink[]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const l of links) {
    if (l.start < pos || l.end > text.length || l.end <= l.start) continue;
    if (l.start > pos) out.push({ text: text.slice(pos, l.start), path: null, preview: null, cls: null });
    out.push({ text: text.slice(l.start, l.end), path: l.url, preview: l.preview, cls: l.external ? 'ref ext' : `ref ${l.kind}` });
    pos = l.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), path: null, preview: null, cls: null });
  return out;
}
