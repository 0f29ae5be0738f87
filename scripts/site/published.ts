/**
 * The links the site has handed out, which memos may quote forever: every
 * page, every URL of `data/corpus.json` (documents, offices, units), every
 * permanent URL behind a "liên kết" button (`data-href`), and the anchors of
 * a document page's full text ("Toàn văn", where a reader clicking through
 * the table of contents copies the address bar). Recorded in
 * tests/site/fixtures/published-links.json by `npm run record-links`, which
 * only ever adds; tests/site/published-links.test.ts checks that every
 * recorded link still resolves in the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusUrls, htmlFiles, scanHtml } from './links';
import { DOCUMENTS_ROOT } from '../../src/lib/urls';

/** The register of published links, which the tests hold the site to. */
export const PUBLISHED_REGISTER = join(import.meta.dirname, '..', '..', 'tests', 'site', 'fixtures', 'published-links.json');

/** Page path (site-relative, "van-ban/x/dieu-2/") → its recorded anchors, both sorted. */
export type PublishedLinks = Record<string, string[]>;

const pagePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
/** A document's own page ("van-ban/<id>/"), whose full text carries the anchors a reader may copy. */
const isDocumentPage = (page: string) => page.startsWith(`${DOCUMENTS_ROOT}/`) && page.split('/').length === 3 && page.endsWith('/');

/** The published links of the site built in `dist`. */
export function publishedLinks(dist: string): PublishedLinks {
  const out = new Map<string, Set<string>>();
  const add = (url: string) => {
    const [page, anchor] = url.split('#', 2) as [string, string | undefined];
    const anchors = out.get(page) ?? new Set<string>();
    out.set(page, anchors);
    if (anchor) anchors.add(decodeURIComponent(anchor));
  };
  for (const file of htmlFiles(dist)) {
    const page = pagePath(file);
    add(page);
    const html = readFileSync(join(dist, file), 'utf8');
    for (const link of scanHtml(html).permanent) add(new URL(link, `http://site/${page}`).href.slice('http://site/'.length));
    const fullText = html.indexOf('id="toan-van"');
    if (isDocumentPage(page) && fullText >= 0) for (const id of scanHtml(html.slice(fullText)).ids) add(`${page}#${id}`);
  }
  for (const u of corpusUrls(dist) ?? []) add(u);
  return sorted(out);
}

/** The record with today's links added; nothing recorded is ever dropped. */
export function mergePublished(recorded: PublishedLinks, current: PublishedLinks): PublishedLinks {
  const out = new Map<string, Set<string>>();
  for (const links of [recorded, current]) {
    for (const [page, anchors] of Object.entries(links)) out.set(page, new Set([...(out.get(page) ?? []), ...anchors]));
  }
  return sorted(out);
}

const sorted = (m: Map<string, Set<string>>): PublishedLinks =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([page, anchors]) => [page, [...anchors].sort()]));

/** The recorded links the site built in `dist` no longer resolves: a page gone, or an anchor gone from its page. */
export function missingLinks(dist: string, recorded: PublishedLinks): string[] {
  const out: string[] = [];
  for (const [page, anchors] of Object.entries(recorded)) {
    const file = join(dist, page === '' || page.endsWith('/') ? `${page}index.html` : page);
    if (!existsSync(file)) {
      out.push(page || '(trang chủ)');
      continue;
    }
    const ids = scanHtml(readFileSync(file, 'utf8')).ids;
    for (const a of anchors) if (!ids.has(a)) out.push(`${page}#${a}`);
  }
  return out;
}
