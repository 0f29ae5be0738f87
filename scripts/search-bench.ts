/**
 * Search benchmark (issue #6): serves dist/ on 127.0.0.1 under a sub-path,
 * opens the search page in Chromium and prints the index size, the bytes
 * transferred for the first query (loading Pagefind included: the counter
 * is reset before the search box is touched) and for the next queries
 * (from CDP network events), and the time from pressing Enter to rendered
 * results. The first query is run RUNS times, each on a fresh page with
 * the browser cache off, and its times are printed as min / median / max.
 * Twice: from a plain static server, then from one that gzips text.
 * Targets: first query ≤ 150 KB, results ≤ 300 ms. Prints only; nothing is
 * asserted.   npm run bench:search
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveDist } from '../tests/browser/server';

const DIST = join(import.meta.dirname, '..', 'dist');
/** Each measured as the first query of a fresh page: a topic, and a citation (more words, so more index chunks, plus the citation filter). */
const FIRSTS = ['do luong', 'khoan 11 dieu 2 thong tu 10'];
const NEXT = ['10/2025/TT-BKHCN', 'khoan 11 dieu 2 thong tu 10', 'chữ ký số', 'điểm a khoản 11 Điều 2'];
const RUNS = 5;

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => {
    const p = join(dir, f);
    return sum + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
  }, 0);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Type, press Enter, wait for the result count; milliseconds from Enter to rendered results. */
async function query(page: Page, q: string): Promise<{ ms: number; shown: number }> {
  await page.fill('#q', q);
  const t0 = performance.now();
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => /^(Có|Không)/.test(document.getElementById('so-ket-qua')!.textContent ?? ''), null, { polling: 'raf' });
  const ms = performance.now() - t0;
  await page.waitForTimeout(200); // let late responses finish so they are counted
  return { ms, shown: await page.locator('#ket-qua li.result').count() };
}

console.log(`index: ${kb(dirBytes(join(DIST, 'pagefind')))} in dist/pagefind (${readdirSync(join(DIST, 'pagefind', 'fragment')).length} fragments)`);
for (const gzip of [false, true]) {
  const server = await serveDist(DIST, '/mirror/khcn/', { gzip });
  const userDir = mkdtempSync(join(tmpdir(), 'khcn-bench-'));
  const context = await launchChromium(userDir);
  try {
    console.log(gzip ? '\nserver that gzips text (as nginx or IIS with compression on):' : '\nplain static server (no compression):');
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0, requests = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => { bytes += e.encodedDataLength; requests++; });
    for (const [k, firstQuery] of FIRSTS.entries()) {
      const times: number[] = [];
      let first = '';
      for (let run = 0; run < RUNS; run++) {
        bytes = 0; requests = 0;
        await page.goto(`${server.baseUrl}tim-kiem/`, { waitUntil: 'load' });
        await page.waitForTimeout(100);
        if (run === 0 && k === 0) console.log(`  search page load: ${kb(bytes)} in ${requests} requests`);
        bytes = 0; requests = 0;
        const { ms, shown } = await query(page, firstQuery);
        times.push(ms);
        if (run === 0) first = `${kb(bytes)} in ${requests} requests, ${shown} rendered results`;
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`  first query ${JSON.stringify(firstQuery)}: ${first}; ${times.map((t) => t.toFixed(0)).join(', ')} ms in ${RUNS} cold runs (min ${sorted[0]!.toFixed(0)}, median ${sorted[RUNS >> 1]!.toFixed(0)}, max ${sorted[RUNS - 1]!.toFixed(0)})`);
    }
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    for (const q of NEXT) {
      bytes = 0; requests = 0;
      const { ms, shown } = await query(page, q);
      console.log(`  next query ${JSON.stringify(q)}: ${kb(bytes)} in ${requests} requests, ${ms.toFixed(0)} ms to ${shown} rendered results`);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(userDir, { recursive: true, force: true });
  }
}
