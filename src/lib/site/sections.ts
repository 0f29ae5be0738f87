/**
 * Directory pages inside a document: an article or office part shown on its
 * own page sits under the nodes above it (`quy-ddinh/muc-i/`, the parts of
 * the Quy định attached to Quảng Ngãi's decision 33; `chuong-i/dieu-1/` in
 * a text with chapters), so each of those nodes is a URL directory a reader
 * may trim a link to. This lists, for each such directory, what is under it,
 * in document order, from the pages' own data (their breadcrumbs and their
 * prev/next chain, written by src/lib/site/pages.ts). Texts are never
 * re-parsed; which nodes have pages stays urls.ts's rule.
 */

export interface Link { title: string; path: string }

/** The fields of a generated article or office-part page this needs (content.config.ts, `pages`). */
export interface PageRef {
  /** Its node id, the page's path below the document's: `quy-ddinh/muc-i`. */
  nodeId: string;
  title: string;
  path: string;
  docPath: string;
  /** The nodes above it, outermost first, each linking to its place in the text. */
  crumbs: Link[];
  prev: Link | null;
}

export interface SectionDirectory {
  /** Node id of the section: the directory below the document's (`quy-ddinh`). */
  id: string;
  /** Its title as the text writes it ("QUY ĐỊNH"). */
  title: string;
  /** Site-relative path of the directory page. */
  path: string;
  /** Where the section starts in the document (its heading on the document page). */
  textPath: string;
  /** The nodes above it, each with its own directory page when it has one, else its place in the text. */
  crumbs: Link[];
  /** Pages and sub-directories directly under it, in document order. */
  entries: Link[];
}

/** Every section directory of one document, outermost first; `pages` are that document's pages in any order. */
export function sectionDirectories(pages: PageRef[]): SectionDirectory[] {
  const ordered = inDocumentOrder(pages);
  const sections = new Map<string, SectionDirectory>();
  for (const page of ordered) {
    const segments = page.nodeId.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      const id = segments.slice(0, depth).join('/');
      const crumb = page.crumbs[depth - 1];
      let section = sections.get(id);
      if (!section) {
        const parent = depth > 1 ? sections.get(segments.slice(0, depth - 1).join('/'))! : null;
        section = {
          id, title: crumb?.title ?? segments[depth - 1]!, path: `${page.docPath}${id}/`,
          textPath: crumb?.path ?? page.docPath,
          crumbs: parent ? [...parent.crumbs, { title: parent.title, path: parent.path }] : [],
          entries: [],
        };
        sections.set(id, section);
        parent?.entries.push({ title: section.title, path: section.path });
      }
      if (depth === segments.length - 1) section.entries.push({ title: page.title, path: page.path });
    }
  }
  return [...sections.values()];
}

/** The pages as the document gives them: each page's `prev` names the one before (pages.ts writes them in document order). */
function inDocumentOrder(pages: PageRef[]): PageRef[] {
  const after = new Map(pages.filter((p) => p.prev).map((p) => [p.prev!.path, p]));
  const out: PageRef[] = [];
  const seen = new Set<string>();
  for (let p = pages.find((x) => !x.prev); p && !seen.has(p.path); p = after.get(p.path)) {
    out.push(p);
    seen.add(p.path);
  }
  // A broken chain would be a generator bug: the pages it missed still get listed, after the others.
  return [...out, ...pages.filter((p) => !seen.has(p.path))];
}
