/**
 * Site-relative URLs and anchors. A node is shown on one page: its article,
 * else its office part, else the document page. Its anchor is its id below
 * that page with `/` written as `-`: `van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-6-diem-dd`.
 * Ids come from structure and numbers as written, so adding documents never
 * changes them.
 */
import type { LegalDocument, LegalNode, Office } from './model';

export const DOCUMENTS_ROOT = 'van-ban';
/** Site-relative path of the list of every document. */
export const DOCUMENTS_INDEX = `${DOCUMENTS_ROOT}/`;

/** Site-relative path of a document's page (directory form, trailing slash). */
export function documentPath(docId: string): string {
  return `${DOCUMENTS_ROOT}/${docId}/`;
}

/** Site-relative path of the list of a document's offices, the directory of their pages. */
export function officesPath(docId: string): string {
  return `${documentPath(docId)}phong/`;
}

/** Site-relative path of an office page. */
export function officePath(docId: string, officeId: string): string {
  return `${officesPath(docId)}${officeId}/`;
}

/** The page that shows a node: the id of its article or office part, or null for the document page. */
export function pageNodeId(chain: LegalNode[]): string | null {
  const article = chain.find((n) => n.kind === 'article');
  if (article) return article.id;
  const office = chain.find((n) => n.kind === 'office');
  return office ? office.id : null;
}

/** Anchor of a node on its page: the id below the page node, `/` → `-`. */
export function anchorFor(nodeId: string, pageId: string | null): string {
  const rest = pageId && nodeId.startsWith(`${pageId}/`) ? nodeId.slice(pageId.length + 1) : nodeId;
  return rest.replace(/\//g, '-');
}

/** Path of an article or office-part page. */
export function nodePagePath(docId: string, pageId: string): string {
  return `${DOCUMENTS_ROOT}/${docId}/${pageId}/`;
}

export interface NodeLocation {
  /** Site-relative page path. */
  page: string;
  /** Anchor on that page, or null when the node is the page itself. */
  anchor: string | null;
  /** Page path + anchor. */
  url: string;
}

/** Computed once per document: the generator asks for it from several places. Callers only read it. */
const located = new WeakMap<object, Map<string, NodeLocation>>();

/** Where every node of a document is shown. */
export function locateNodes(doc: Pick<LegalDocument, 'meta' | 'children'>): Map<string, NodeLocation> {
  const known = located.get(doc);
  if (known) return known;
  const out = new Map<string, NodeLocation>();
  located.set(doc, out);
  const visit = (nodes: LegalNode[], chain: LegalNode[]) => {
    for (const n of nodes) {
      const c = [...chain, n];
      const pageId = pageNodeId(c);
      const page = pageId ? nodePagePath(doc.meta.id, pageId) : documentPath(doc.meta.id);
      const anchor = pageId === n.id ? null : anchorFor(n.id, pageId);
      out.set(n.id, { page, anchor, url: anchor ? `${page}#${anchor}` : page });
      visit(n.children, c);
    }
  };
  visit(doc.children, []);
  return out;
}

/** Office page URL for an office of a document. */
export function officeUrl(docId: string, office: Pick<Office, 'id'>): string {
  return officePath(docId, office.id);
}
