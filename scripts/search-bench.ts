/**
 * Search benchmark (issue #6): serves dist/ on 127.0.0.1 under a sub-path,
 * opens the search page in Chromium and prints the index size, the bytes
 * transferred for the first query (loading Pagefind included) and for the
 * next queries (from CDP network events), and the time from pressing Enter
 * to rendered results. Targets: first query ≤ 150 KB, results ≤ 300 ms.
 * Prints only; nothing is asserted.   npm run bench:search
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../tests/browser/server';

const DIST = join(import.meta.dirname, '..', 'dist');
const QUERIES = ['do luong', '10/2025/TT-BKHCN', 'khoan 11 dieu 2 thong tu 10', 'chữ ký số'];

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => {
    const p = join(dir, f);
    return sum + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
  }, 0);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const server = await serveDist(DIST);
const userDir = mkdtempSync(join(tmpdir(), 'khcn-bench-'));
const context = await chromium.launchPersistentContext(userDir, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  let bytes = 0, requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => { bytes += e.encodedDataLength; requests++; });
  await page.goto(`${server.baseUrl}tim-kiem/`, { waitUntil: 'load' });
  console.log(`index: ${kb(dirBytes(join(DIST, 'pagefind')))} in dist/pagefind (${readdirSync(join(DIST, 'pagefind', 'fragment')).length} fragments)`);
  console.log(`search page load: ${kb(bytes)} in ${requests} requests`);
  for (const [i, q] of QUERIES.entries()) {
    bytes = 0; requests = 0;
    await page.fill('#q', q);
    const t0 = performance.now();
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /^(Có|Không)/.test(document.getElementById('so-ket-qua')!.textContent ?? ''), null, { polling: 'raf' });
    const ms = performance.now() - t0;
    await page.waitForTimeout(200); // let late responses finish so they are counted
    const n = await page.locator('#ket-qua li').count();
    console.log(`${i === 0 ? 'first' : 'next '} query ${JSON.stringify(q)}: ${kb(bytes)} in ${requests} requests, ${ms.toFixed(0)} ms to ${n} rendered results`);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(userDir, { recursive: true, force: true });
}
