/**
 * Print what the search page shows for queries: the top results (title and
 * URL) in order, with their marks and the offices under a model duty, from
 * dist/ (or DIST, e.g. a bench:scale build) served on 127.0.0.1 in Chromium.
 *   npx tsx scripts/search-try.ts "do luong chat luong" "van phong so" [--top 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveDist } from '../tests/browser/server';

const args = process.argv.slice(2);
const at = args.indexOf('--top');
const top = at >= 0 ? Number(args.splice(at, 2)[1]) : 10;
const server = await serveDist(process.env.DIST ?? join(import.meta.dirname, '..', 'dist'));
const userDir = mkdtempSync(join(tmpdir(), 'khcn-try-'));
const context = await launchChromium(userDir);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.baseUrl}tim-kiem/`);
  for (const q of args) {
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /^(Có|Không)/.test(document.getElementById('so-ket-qua')!.textContent ?? ''));
    await page.waitForTimeout(300);
    const rows = await page.$$eval('#ket-qua li.result', (lis) => lis.map((li) => {
      const a = li.querySelector(':scope > a') as HTMLAnchorElement;
      const under = [...li.querySelectorAll('.assign li')].map((x) => x.textContent!.replace(/\s+/g, ' ').trim());
      return { title: a.textContent!, href: a.getAttribute('href')!, marks: [...li.querySelectorAll(':scope > p mark')].map((m) => m.textContent).join('|'), under };
    }));
    console.log(`\n${q} — ${await page.locator('#so-ket-qua').textContent()}`);
    rows.slice(0, top).forEach((r, i) => {
      console.log(`${String(i + 1).padStart(3)}. ${r.title}  ${r.href.replace(/^(\.\.\/)+/, '')}  [${r.marks}]`);
      for (const u of r.under) console.log(`       · ${u}`);
    });
  }
} finally {
  await context.close();
  await server.close();
  rmSync(userDir, { recursive: true, force: true });
}
