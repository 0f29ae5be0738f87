/**
 * Search benchmark (issue #6): serves dist/ (or `--dist DIR`) on 127.0.0.1
 * under a sub-path, opens the search page in Chromium and prints the index
 * size, the bytes transferred for first queries (loading Pagefind included:
 * counted from the moment the box is filled), by kind of file, and for the
 * next queries, and the time from pressing Enter to rendered results. Each
 * first query is run RUNS times, each on a fresh page with the browser
 * cache off, and its times are printed as min / median / max. Twice: from a
 * plain static server, then from one that gzips text. Targets: first query
 * ≤ 120 KB today, ≤ 150 KB at 80 province documents. Prints only; nothing
 * is asserted.   npm run bench:search [-- --dist DIR]
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_QUERIES, costLine, kb, queryBench, runQuery } from './lib/first-query';

const args = process.argv.slice(2);
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : join(import.meta.dirname, '..', 'dist');
const NEXT = ['10/2025/TT-BKHCN', 'khoan 11 dieu 2 thong tu 10', 'chữ ký số', 'điểm a khoản 11 Điều 2'];
const RUNS = 5;

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, f) => {
    const p = join(dir, f);
    return sum + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size);
  }, 0);
}

console.log(`index: ${kb(dirBytes(join(DIST, 'pagefind')))} in ${DIST}/pagefind (${readdirSync(join(DIST, 'pagefind', 'fragment')).length} fragments)`);
for (const gzip of [false, true]) {
  const bench = await queryBench(DIST, { gzip });
  try {
    console.log(gzip ? '\nserver that gzips text (as nginx or IIS with compression on):' : '\nplain static server (no compression):');
    for (const q of FIRST_QUERIES) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await bench.first(q));
      const times = runs.map((r) => r.ms).sort((a, b) => a - b);
      console.log(`  first query ${JSON.stringify(q)}: ${costLine(runs[0]!)}, ${runs[0]!.shown} rendered results; `
        + `${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms in ${RUNS} cold runs (min ${times[0]!.toFixed(0)}, median ${times[RUNS >> 1]!.toFixed(0)}, max ${times[RUNS - 1]!.toFixed(0)})`);
    }
    // Next queries: the same page, the browser's cache on, as a reader goes on searching.
    const page = await bench.context.newPage();
    const cdp = await bench.context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0, requests = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => { bytes += e.encodedDataLength; requests++; });
    await page.goto(`${bench.server.baseUrl}tim-kiem/`, { waitUntil: 'load' });
    console.log(`  search page load: ${kb(bytes)} in ${requests} requests`);
    await runQuery(page, FIRST_QUERIES[0]!);
    for (const q of NEXT) {
      bytes = 0; requests = 0;
      const { ms, shown } = await runQuery(page, q);
      console.log(`  next query ${JSON.stringify(q)}: ${kb(bytes)} in ${requests} requests, ${ms.toFixed(0)} ms to ${shown} rendered results`);
    }
  } finally {
    await bench.close();
  }
}
