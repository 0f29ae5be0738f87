/**
 * Link checking over a built site folder: every internal href/src must
 * resolve to a file, every #anchor to an id in the target page, and no link
 * may be absolute (leading `/`) or leave the site — the site must work
 * offline from any sub-path.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LinkProblem { page: string; link: string; message: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);

/** All .html files under `dir`, as site-relative paths with `/`. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Ids and links of one page; `permanent`: the links the copy buttons hand out (data-href), also in `links`. */
export function scanHtml(html: string): { ids: Set<string>; links: string[]; permanent: string[] } {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(decode(m[1]!));
  const links: string[] = [];
  const permanent: string[] = [];
  // data-href: the permanent URL the copy buttons use must resolve too.
  for (const m of html.matchAll(/\s(href|src|data-href)="([^"]*)"/g)) {
    links.push(decode(m[2]!));
    if (m[1] === 'data-href') permanent.push(decode(m[2]!));
  }
  return { ids, links, permanent };
}

/** Checks every page of `dist` and every URL in dist/data/corpus.json. */
export function checkSite(dist: string): { pages: number; links: number; problems: LinkProblem[] } {
  const pages = htmlFiles(dist);
  const idCache = new Map<string, Set<string> | null>();
  const idsOf = (file: string): Set<string> | null => {
    if (!idCache.has(file)) {
      const full = join(dist, file);
      idCache.set(file, existsSync(full) && file.endsWith('.html') ? scanHtml(readFileSync(full, 'utf8')).ids : null);
    }
    return idCache.get(file)!;
  };
  const problems: LinkProblem[] = [];
  let links = 0;

  /** Check `link` written on `page` (a file path in dist). */
  const check = (page: string, link: string) => {
    links++;
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) {
      problems.push({ page, link, message: 'liên kết ra ngoài trang (không dùng được khi ngoại tuyến)' });
      return;
    }
    if (link.startsWith('/')) {
      problems.push({ page, link, message: 'đường dẫn tuyệt đối: không chạy được dưới thư mục con' });
      return;
    }
    const url = new URL(link, `http://site/${page}`);
    let file = decodeURIComponent(url.pathname.slice(1));
    if (file === '' || file.endsWith('/')) file += 'index.html';
    if (!existsSync(join(dist, file)) || statSync(join(dist, file)).isDirectory()) {
      problems.push({ page, link, message: `không có tệp ${file}` });
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor) {
      const ids = idsOf(file);
      if (!ids?.has(anchor)) problems.push({ page, link, message: `không có neo #${anchor} trong ${file}` });
    }
  };

  for (const page of pages) {
    const scanned = scanHtml(readFileSync(join(dist, page), 'utf8'));
    idCache.set(page, scanned.ids);
    const found = scanned.links;
    for (const link of found) check(page, link);
  }

  const urls = corpusUrls(dist);
  if (!urls) problems.push({ page: 'data/corpus.json', link: '', message: 'thiếu tệp dữ liệu' });
  // corpus.json URLs are site-relative: resolve them from the site root.
  else for (const u of urls) check('index.html', u);
  return { pages: pages.length, links, problems };
}

/** Every URL of dist/data/corpus.json (documents, offices, units), site-relative; null without the file. */
export function corpusUrls(dist: string): string[] | null {
  const file = join(dist, 'data', 'corpus.json');
  if (!existsSync(file)) return null;
  const corpus = JSON.parse(readFileSync(file, 'utf8')) as { documents: Array<{ url: string; offices: Array<{ url: string }>; nodes: Array<{ url: string }> }> };
  return corpus.documents.flatMap((d) => [d.url, ...d.offices.map((o) => o.url), ...d.nodes.map((n) => n.url)]);
}
