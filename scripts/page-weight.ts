/**
 * `npm run weight [page]`: bytes a reader downloads for one page (default:
 * Điều 2 of the Circular, the longest article) — HTML, CSS, JS and icon, raw and
 * gzip — against the budget: ≤ 50 KB transferred from a server that
 * compresses, the HTML ≤ 100 KB uncompressed (mirrors are often plain static
 * servers), ≤ 10 KB of JS; then what its scripts fetch only when asked, not
 * counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from './lib/corpus';
import { scanHtml } from './site/links';

const BUDGET_TRANSFER = 50 * 1024;
const BUDGET_JS = 10 * 1024;
const BUDGET_HTML_RAW = 100 * 1024;

runCli(() => {
  const page = process.argv[2] || 'van-ban/tt-10-2025-bkhcn/dieu-2/';
  const dist = 'dist';
  const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
  if (!existsSync(file)) {
    process.stderr.write(`weight: không có ${file}; hãy chạy npm run build trước.\n`);
    return 1;
  }
  const html = readFileSync(file);
  const rows: Array<[string, string, Buffer]> = [['html', page, html]];
  const text = html.toString('utf8');
  for (const link of scanHtml(text).links) {
    // Everything the page loads by itself (stylesheet, script, icon); not the pages it links to.
    const ext = /\.(css|js|svg|png|ico)$/.exec(link)?.[1];
    if (!ext) continue;
    const url = new URL(link, `http://site/${page}`);
    rows.push([ext === 'css' || ext === 'js' ? ext : 'icon', url.pathname.slice(1), readFileSync(join(dist, url.pathname.slice(1)))]);
  }
  // Inline scripts count as JS too (bytes inside the HTML).
  const inlineJs = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + Buffer.byteLength(m[1]!), 0);
  let raw = 0, gz = 0, js = inlineJs;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const [kind, name, bytes] of rows) {
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += g;
    if (kind === 'js') js += bytes.length;
    process.stdout.write(`${kind.padEnd(5)} ${kb(bytes.length).padStart(9)} ${kb(g).padStart(9)} gzip  ${name}\n`);
  }
  process.stdout.write(`total ${kb(raw).padStart(9)} ${kb(gz).padStart(9)} gzip  (ngân sách ≤ ${kb(BUDGET_TRANSFER)} truyền tải nén; HTML ≤ ${kb(BUDGET_HTML_RAW)} không nén)\n`);
  process.stdout.write(`js    ${kb(js).padStart(9)} (trong đó inline ${inlineJs} B; ngân sách ≤ ${kb(BUDGET_JS)})\n`);
  // What the page's scripts fetch only when asked (data-* URLs: the search script, the drafting page's data and export modules): shown, not counted.
  for (const [, link] of text.matchAll(/\sdata-[a-z]+="([^"]+\.(?:js|json))"/g)) {
    const file = new URL(link!, `http://site/${page}`).pathname.slice(1);
    const bytes = readFileSync(join(dist, file));
    process.stdout.write(`later ${kb(bytes.length).padStart(9)} ${kb(gzipSync(bytes, { level: 9 }).length).padStart(9)} gzip  ${file} (khi cần)\n`);
  }
  const over = gz > BUDGET_TRANSFER || js > BUDGET_JS || html.length > BUDGET_HTML_RAW;
  if (over) process.stderr.write('weight: vượt ngân sách\n');
  return over ? 1 : 0;
});
