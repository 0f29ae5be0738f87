/**
 * What a first search costs in Chromium (the benchmarks: bench:search,
 * bench:scale): each query typed on a fresh search page with the browser
 * cache off, bytes transferred from the moment the box is filled (loading
 * Pagefind included) until the results are rendered, by kind of file.
 * Prints nothing; the benchmarks print.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveDist, type StaticServer } from '../../tests/browser/server';

/**
 * The first queries both benchmarks measure, each on a fresh page: topics
 * of two to six words (the more distinct words, the more word chunks), an
 * office's name, and citations (one citation filter).
 */
export const FIRST_QUERIES = ['do luong', 'dau dinh luong', 'chữ ký số', 'kiem tra nha nuoc ve do luong', 'van phong so',
  'khoan 11 dieu 2 thong tu 10', 'điểm đ khoản 6 Điều 2 Thông tư 10'];

/** Kinds of file a query loads, in the order they are printed. */
const KINDS: Array<[string, RegExp]> = [
  ['engine', /\/pagefind\/pagefind\.js/], ['wasm', /\/pagefind\/wasm\./], ['pf_meta', /\.pf_meta$/],
  ['word chunks', /\/pagefind\/index\//], ['filters', /\/pagefind\/filter\//], ['fragments', /\/pagefind\/fragment\//],
  ['duty file', /\/nhiem-vu\//], ['other', /./],
];

export interface QueryCost {
  bytes: number;
  requests: number;
  /** Bytes and requests by kind of file (KINDS), kinds with none left out. */
  kinds: Array<{ kind: string; bytes: number; requests: number }>;
  /** Milliseconds from Enter to the rendered count. */
  ms: number;
  /** Results rendered. */
  shown: number;
}

/** Type, press Enter, wait for the result count; milliseconds from Enter to rendered results. */
export async function runQuery(page: Page, q: string): Promise<{ ms: number; shown: number }> {
  await page.fill('#q', q);
  const t0 = performance.now();
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => /^(Có|Không)/.test(document.getElementById('so-ket-qua')?.textContent ?? ''), null, { polling: 'raf' });
  const ms = performance.now() - t0;
  await page.waitForTimeout(300); // let late responses (a duty file under the first results) finish, so they are counted
  return { ms, shown: await page.locator('#ket-qua li.result').count() };
}

/** A served dist/ and a browser, for measuring queries; `close` ends both. */
export async function queryBench(dist: string, options: { gzip?: boolean } = {}): Promise<{
  server: StaticServer; context: BrowserContext; first(q: string): Promise<QueryCost>; close(): Promise<void>;
}> {
  const server = await serveDist(dist, '/mirror/khcn/', options);
  const userDir = mkdtempSync(join(tmpdir(), 'khcn-query-'));
  const context = await launchChromium(userDir);
  return {
    server, context,
    async first(q: string): Promise<QueryCost> {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const urls = new Map<string, string>();
        const got: Array<{ url: string; bytes: number }> = [];
        let on = false;
        cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
        cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
          if (on) got.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength });
        });
        await page.goto(`${server.baseUrl}tim-kiem/`, { waitUntil: 'load' });
        await page.waitForTimeout(100);
        on = true;
        const { ms, shown } = await runQuery(page, q);
        const kinds = KINDS.map(([kind, re]) => {
          const mine = got.filter((g) => re.test(g.url) && KINDS.find(([, r]) => r.test(g.url))![0] === kind);
          return { kind, bytes: mine.reduce((s, g) => s + g.bytes, 0), requests: mine.length };
        }).filter((k) => k.requests > 0);
        return { bytes: got.reduce((s, g) => s + g.bytes, 0), requests: got.length, kinds, ms, shown };
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** "118.7 KB in 19 requests (engine 13.2 KB, wasm 54.3 KB, …)". */
export function costLine(c: QueryCost): string {
  return `${kb(c.bytes)} in ${c.requests} requests (${c.kinds.map((k) => `${k.kind} ${kb(k.bytes)}${k.requests > 1 ? ` ×${k.requests}` : ''}`).join(', ')})`;
}
