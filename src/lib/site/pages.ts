/**
 * What the generator writes for each document: one MDX page per article or
 * office part and per office (frontmatter and body), and the document page
 * as data (its facts and its full text as HTML, `documents/<id>.json`): the
 * full texts are the largest pages, and as MDX modules they would double
 * what Astro bundles (README, "Building at scale"). Pure: the corpus in,
 * file paths and contents out; scripts/generate.ts does the writing.
 */
import type { LegalDocument, LegalNode, Office, RowNode } from '../model';
import { allNodes } from '../parse';
import { citation, citationFor, citationUnits, citedFacts, documentCitation } from '../citation';
import { anchorFor, documentPath, locateNodes, nodePagePath, officePath, pageNodeId, type NodeLocation } from '../urls';
import { GENERATED_NOTICE, frontmatter, mdxText } from '../mdx';
import { provincePath } from './paths';
import { HTML, renderNodes, renderPageBody, renderTable, type RenderContext } from './render-nodes';
import type { ComparisonNote } from './comparison-links';
import {
  citingDocument, citingExactly, citingNode, citingOffice, groupCitingPlaces, linksOf, segments, type InlineLink, type ReferenceIndex,
} from './reference-links';

export interface Link { title: string; path: string }

export interface GeneratedFile { path: string; content: string }

const PAGE_KINDS = new Set(['article', 'office']);

/** "Điều 2. Nhiệm vụ, quyền hạn", "I. VĂN PHÒNG SỞ", or the label when the node has neither. */
export function nodeTitle(n: Pick<LegalNode, 'number' | 'heading' | 'label'>): string {
  return [n.number, n.heading].filter(Boolean).join(' ') || n.label;
}

/** Every file for one document; `byId` resolves `implements`; `refs` (buildReferenceIndex) links references and lists who cites what. */
export function documentFiles(doc: LegalDocument, byId: Map<string, LegalDocument>, refs?: ReferenceIndex, comparison?: Map<string, ComparisonNote>): GeneratedFile[] {
  const parts = documentParts(doc, refs, comparison);
  const pages = pageNodes(doc);
  return [
    ...pages.map((_, i) => nodePageFile(parts, pages, i)),
    ...doc.offices.map((_, i) => officePageFile(parts, i)),
    documentDataFile(parts, byId),
  ];
}

/** What the files of one document are made from, worked out once for the whole document. */
interface DocumentParts {
  doc: LegalDocument;
  refs: ReferenceIndex | undefined;
  locations: Map<string, NodeLocation>;
  /** Every node in document order: one walk of the tree for the whole document. */
  nodes: LegalNode[];
  byNodeId: Map<string, LegalNode>;
  /** The rows of the document's tables (tasks assigned to offices). */
  rows: RowNode[];
  /** Node id → the unit as cited (citation.ts). */
  citeAs: Map<string, string | null>;
  /** The node each diagnostic is about (nodeAtLine), in the order of doc.diagnostics. */
  diagnosticNodes: Array<LegalNode | null>;
  docPath: string;
  docCitation: string;
  /** What every page's frontmatter opens with: the document, the facts the copy buttons cite it with (main[data-doc]), its province. */
  head: { doc: string; docTitle: string; docPath: string; cites: ReturnType<typeof citedFacts>; province: Link | null };
  /** References in each node's text, as links, by node id. */
  links: Map<string, InlineLink[]>;
  /** The render context of a page at `pagePath` about `rootId`. */
  ctx: (pagePath: string, rootId: string | null) => RenderContext;
}

function documentParts(doc: LegalDocument, refs: ReferenceIndex | undefined, comparison: Map<string, ComparisonNote> | undefined): DocumentParts {
  const meta = doc.meta;
  const locations = locateNodes(doc);
  const nodes = allNodes(doc);
  const diagnosticNodes = doc.diagnostics.map((d) => nodeAtLine(nodes, d.line));
  const offices = new Map(doc.offices.map((o) => [o.id, { name: o.name, path: officePath(meta.id, o.id) }]));
  const docPath = documentPath(meta.id);
  const citeAs = citationUnits(doc);
  const province = meta.province ? { title: meta.province, path: provincePath(meta.province) } : null;
  const anomalies = anomaliesByNode(doc, diagnosticNodes);
  const links: Map<string, InlineLink[]> = refs ? linksOf(refs, meta.id) : new Map();
  const citedBy = refs ? citingExactly(refs, meta.id) : new Map();
  return {
    doc, refs, locations, nodes, byNodeId: new Map(nodes.map((n) => [n.id, n])), rows: nodes.filter((n): n is RowNode => n.kind === 'row'), citeAs,
    diagnosticNodes, docPath, docCitation: documentCitation(meta), links,
    head: { doc: meta.id, docTitle: meta.shortTitle ?? meta.title, docPath, cites: citedFacts(meta), province },
    ctx: (pagePath, rootId) => ({ pagePath, rootId, locations, offices, citeAs, anomalies, links, citedBy, comparison }),
  };
}

/** Warnings are shown beside their node; a repeated number already says so itself. */
function anomaliesByNode(doc: LegalDocument, diagnosticNodes: Array<LegalNode | null>): Map<string, string[]> {
  const anomalies = new Map<string, string[]>();
  for (const [i, d] of doc.diagnostics.entries()) {
    if (d.severity === 'info' || d.code === 'duplicate-number') continue;
    const node = diagnosticNodes[i];
    if (node) anomalies.set(node.id, [...(anomalies.get(node.id) ?? []), d.message]);
  }
  return anomalies;
}

/**
 * Articles and office parts that get a page, in document order, with the nodes above them for
 * breadcrumbs. Which nodes get a page is decided by urls.ts (pageNodeId), the URL contract.
 */
function pageNodes(doc: LegalDocument): Array<{ node: LegalNode; parents: LegalNode[] }> {
  const out: Array<{ node: LegalNode; parents: LegalNode[] }> = [];
  const collect = (nodes: LegalNode[], parents: LegalNode[]) => {
    for (const n of nodes) {
      if (pageNodeId([...parents, n]) === n.id) out.push({ node: n, parents });
      collect(n.children, [...parents, n]);
    }
  };
  collect(doc.children, []);
  return out;
}

/** The page of `pages[i]` (an article or office part), linked to the pages before and after it. */
function nodePageFile({ doc, refs, locations, citeAs, head, ctx }: DocumentParts, pages: Array<{ node: LegalNode; parents: LegalNode[] }>, i: number): GeneratedFile {
  const meta = doc.meta;
  const { node, parents } = pages[i]!;
  const path = nodePagePath(meta.id, node.id);
  const pageLink = (n: LegalNode): Link => ({ title: nodeTitle(n), path: nodePagePath(meta.id, n.id) });
  const office = doc.offices.find((o) => o.node === node.id || (node.kind === 'office' && o.id === node.office)) ?? null;
  const data = {
    ...head,
    nodeId: node.id, kind: node.kind, title: nodeTitle(node), label: node.label, citation: citation(citeAs.get(node.id) ?? node.label, meta), path,
    crumbs: parents.map((p) => ({ title: nodeTitle(p), path: locations.get(p.id)!.url })),
    prev: i > 0 ? pageLink(pages[i - 1]!.node) : null,
    next: i < pages.length - 1 ? pageLink(pages[i + 1]!.node) : null,
    office: office ? { title: office.name, path: officePath(meta.id, office.id) } : null,
    repeated: Boolean(node.repeatOf),
    clauses: clauseContents(node),
    citedBy: refs ? groupCitingPlaces(citingNode(refs, meta.id, node.id), (t) => t.node === node.id) : [],
  };
  return { path: `pages/${meta.id}/${node.id}.mdx`, content: mdx(data, renderPageBody(node, ctx(path, node.id))) };
}

/** The page of the `i`th office: the unit that sets it up, then the table rows it leads and supports. */
function officePageFile({ doc, refs, locations, byNodeId, rows, docCitation, head, ctx }: DocumentParts, i: number): GeneratedFile {
  const meta = doc.meta;
  const office = doc.offices[i]!;
  const path = officePath(meta.id, office.id);
  const node = office.node ? byNodeId.get(office.node) ?? null : null;
  const leads = rows.filter((r) => r.leadOffices.includes(office.id));
  const supports = rows.filter((r) => r.supportOffices.includes(office.id));
  const data = {
    ...head,
    id: office.id, name: office.name, nameAsWritten: office.nameAsWritten, abbreviation: office.abbreviation, path,
    // The unit the page shows: where the office is set up, else the office itself.
    unit: node?.label ?? office.name,
    // Cited by the unit that sets it up ("Điều 3 (Văn phòng) …"); an office only named in a table, by its name.
    citation: (office.node && citationFor(doc, office.node)) || `${office.name} theo ${docCitation}`,
    source: node ? { title: nodeTitle(node), path: locations.get(node.id)!.url } : null,
    prev: i > 0 ? officeLink(meta.id, doc.offices[i - 1]!) : null,
    next: i < doc.offices.length - 1 ? officeLink(meta.id, doc.offices[i + 1]!) : null,
    leads: leads.length, supports: supports.length,
    citedBy: refs ? groupCitingPlaces(citingOffice(refs, meta.id, office.id, office.node), (t) => t.office === office.id || t.node === office.node) : [],
  };
  let body = '';
  if (node) body += `<h2>${mdxText(nodeTitle(node))}</h2>\n${renderPageBody(node, ctx(path, node.id))}`;
  if (leads.length) body += `<h2>${mdxText('Nhiệm vụ chủ trì')}</h2>\n${renderTable(null, leads, ctx(path, null))}`;
  if (supports.length) body += `<h2>${mdxText('Nhiệm vụ phối hợp')}</h2>\n${renderTable(null, supports, ctx(path, null))}`;
  if (!body) body = `<p>${mdxText('Văn bản không giao nhiệm vụ cụ thể cho đơn vị này.')}</p>\n`;
  return { path: `offices/${meta.id}/${office.id}.mdx`, content: mdx(data, body) };
}

/** The document page as data: its facts, contents, counts, diagnostics, legal basis, who cites it, and its full text as HTML. */
function documentDataFile({ doc, refs, locations, nodes, diagnosticNodes, docPath, docCitation, head, links, ctx }: DocumentParts, byId: Map<string, LegalDocument>): GeneratedFile {
  const meta = doc.meta;
  const count = (pred: (n: LegalNode) => boolean) => nodes.filter(pred).length;
  const implemented = meta.implements ? byId.get(meta.implements) : undefined;
  const overview = {
    id: meta.id, title: meta.title, titleEditorial: meta.titleEditorial, shortTitle: meta.shortTitle, number: meta.number, documentType: meta.documentType,
    kind: meta.kind, issuer: meta.issuer, signer: meta.signer, dateIssued: meta.dateIssued, dateInForce: meta.dateInForce,
    inForceNote: meta.inForceNote, province: head.province, notes: meta.notes,
    citation: docCitation, cites: head.cites, path: docPath,
    implements: implemented ? { title: implemented.meta.shortTitle ?? implemented.meta.title, path: documentPath(implemented.meta.id) } : null,
    counts: {
      articles: count((n) => n.kind === 'article'),
      clauses: count((n) => n.kind === 'clause'),
      points: count((n) => n.kind === 'point'),
      rows: count((n) => n.kind === 'row'),
      offices: doc.offices.length,
    },
    toc: tableOfContents(doc, locations),
    offices: doc.offices.map((o) => officeLink(meta.id, o)),
    removed: doc.removed,
    diagnostics: doc.diagnostics.map((d, i) => {
      const node = diagnosticNodes[i];
      return { ...d, path: node ? locations.get(node.id)!.url : null };
    }),
    // The "Căn cứ" lines of the preamble, with their references linked: the document's legal basis.
    basis: nodes.filter((n) => n.kind === 'basis').map((n) => ({ label: n.label, path: locations.get(n.id)!.url, segments: segments(n.text, links.get(n.id) ?? []) })),
    citedBy: refs ? groupCitingPlaces(citingDocument(refs, meta.id), (t) => t.node === null && t.office === null) : [],
  };
  const html = renderNodes(doc.children, { ...ctx(docPath, null), markup: HTML }, 3);
  return { path: `documents/${meta.id}.json`, content: `${JSON.stringify({ ...overview, html })}\n` };
}

function officeLink(docId: string, o: Office): Link {
  return { title: o.name, path: officePath(docId, o.id) };
}

/** Parts, articles and office parts, nested; the other top-level blocks once each. */
function tableOfContents(doc: LegalDocument, locations: Map<string, NodeLocation>): Array<Link & { depth: number }> {
  const out: Array<Link & { depth: number }> = [];
  const visit = (nodes: LegalNode[], depth: number) => {
    for (const n of nodes) {
      const isSection = n.kind === 'part' || PAGE_KINDS.has(n.kind);
      if (isSection || depth === 0) out.push({ title: nodeTitle(n), path: locations.get(n.id)!.url, depth });
      if (n.kind === 'part') visit(n.children, depth + 1);
    }
  };
  visit(doc.children, 0);
  return out;
}

/** Fewest khoản and mục for an article to get their list at its top: a short one reads at a glance. */
const CONTENTS_MIN = 6;
/** Words of a khoản's text shown in the list when it has no heading. */
const CONTENTS_WORDS = 14;

/**
 * The khoản of a long article or office part, with the mục under them, in
 * order: number as written, heading or first words, anchor on the page.
 * Empty for a short one (CONTENTS_MIN).
 */
function clauseContents(page: LegalNode): Array<{ number: string; text: string; anchor: string; sub: boolean }> {
  const out: Array<{ number: string; text: string; anchor: string; sub: boolean }> = [];
  const add = (c: LegalNode, sub: boolean) => {
    const words = (c.heading ?? c.text.split('\n')[0] ?? '').split(/\s+/).filter(Boolean);
    const text = words.length > CONTENTS_WORDS ? `${words.slice(0, CONTENTS_WORDS).join(' ').replace(/[,;:.]$/, '')}…` : words.join(' ');
    out.push({ number: c.number ?? c.label, text, anchor: anchorFor(c.id, page.id), sub });
  };
  for (const c of page.children) {
    if (c.kind !== 'clause') continue;
    add(c, false);
    for (const d of c.children) if (d.kind === 'clause') add(d, true);
  }
  return out.length >= CONTENTS_MIN ? out : [];
}

/** The smallest node whose lines contain `line`: where an anomaly of the source is. */
function nodeAtLine(nodes: LegalNode[], line: number): LegalNode | null {
  let best: LegalNode | null = null;
  for (const n of nodes) {
    if (n.lines[0] <= line && line <= n.lines[1] && (!best || n.lines[1] - n.lines[0] <= best.lines[1] - best.lines[0])) best = n;
  }
  return best;
}

function mdx(data: unknown, body: string): string {
  return `${frontmatter(data)}${GENERATED_NOTICE}\n${body}`;
}
