/** The built dist/: links, anchors, the export's URLs, portability and weight. */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite, htmlFiles } from '../../scripts/site/links';
import { DIST, ROOT, ensureDist } from './ensure-dist';

beforeAll(() => ensureDist(), 180_000);

describe('the built site', () => {
  it('has every internal link, anchor and corpus.json URL resolving, with no absolute or external link', () => {
    const { pages, problems } = checkSite(DIST);
    expect(pages).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('references no /_astro/ or root-absolute asset, so it works from any sub-path', () => {
    for (const page of htmlFiles(DIST)) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).not.toMatch(/(?:href|src)="\//);
      expect(html, page).not.toContain('/_astro/');
    }
  });

  it('puts an element with the anchor of every node on the page its URL names', () => {
    const corpus = JSON.parse(readFileSync(join(DIST, 'data', 'corpus.json'), 'utf8')) as { documents: Array<{ nodes: Array<{ url: string }> }> };
    const nodes = corpus.documents.flatMap((d) => d.nodes);
    expect(nodes.length).toBeGreaterThan(500);
    const cache = new Map<string, string>();
    for (const { url } of nodes) {
      const [page, anchor] = url.split('#') as [string, string | undefined];
      if (!cache.has(page)) cache.set(page, readFileSync(join(DIST, page, 'index.html'), 'utf8'));
      if (anchor) expect(cache.get(page), url).toContain(`id="${anchor}"`);
    }
  });

  it('never repeats an id within a page, so every anchor is unambiguous', () => {
    for (const page of htmlFiles(DIST)) {
      const ids = [...readFileSync(join(DIST, page), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dup, page).toEqual([]);
    }
  });

  it('serves Vietnamese pages: lang="vi" on every page', () => {
    for (const page of htmlFiles(DIST)) expect(readFileSync(join(DIST, page), 'utf8'), page).toContain('<html lang="vi">');
  });

  it('keeps every page within 400 KB uncompressed', () => {
    const over = htmlFiles(DIST).map((p) => [p, statSync(join(DIST, p)).size] as const).filter(([, size]) => size > 400 * 1024);
    expect(over).toEqual([]);
  });

  it('keeps the longest article page within 50 KB transferred, its HTML within 100 KB uncompressed, and 10 KB of JavaScript', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/page-weight.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^total/m);
  });
});
