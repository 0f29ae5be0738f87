/**
 * What Pagefind 1.6 does natively with Vietnamese (issue #6): index a few
 * custom records, open them in Chromium and print what each query returns,
 * with Pagefind's own excerpt marks. Not part of the build or the tests;
 * the findings are in README.md ("Search").
 *   npx tsx scripts/search-experiment.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { launchChromium, serveDist } from '../tests/browser/server';

const RECORDS = [
  { url: '/a/', content: 'Tổ chức thực hiện kiểm định, hiệu chuẩn về đo lường chất lượng.' },
  { url: '/b/', content: 'Đường giao thông nông thôn; đơn vị hành chính cấp xã.' },
  { url: '/c/', content: 'Dương tính với quy định; quyền sở hữu trí tuệ; Khoản 1 Điều 2.' },
  { url: '/d/', content: 'Hoạt động khoa học và công nghệ; quy chuẩn kỹ thuật địa phương.' },
  { url: '/e/', content: 'Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025; Nghị định số 150/2025/NĐ-CP.' },
];
const QUERIES = ['do luong', 'đo lường', 'duong', 'đường', 'dương', 'don vi', 'khoa hoc', 'quy chuan', 'khoan', 'dieu 2',
  '10/2025/TT-BKHCN', '10/2025', 'tt-bkhcn', '150/2025/NĐ-CP', '150/2025/ND-CP', 'nd-cp', 'khoa', 'quy'];

const dir = mkdtempSync(join(tmpdir(), 'pf-exp-'));
const userDir = mkdtempSync(join(tmpdir(), 'pf-exp-chromium-'));
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(errors.join('\n'));
  for (const r of RECORDS) {
    const res = await index.addCustomRecord({ ...r, language: 'vi', meta: { title: r.url } });
    if (res.errors.length) throw new Error(res.errors.join('\n'));
  }
  const w = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (w.errors.length) throw new Error(w.errors.join('\n'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>x</title>');
  const server = await serveDist(dir, '/');
  const ctx = await launchChromium(userDir);
  try {
    const page = await ctx.newPage();
    await page.goto(server.baseUrl);
    for (const exactDiacritics of [false, true]) {
      console.log(`\n== exactDiacritics: ${exactDiacritics}`);
      for (const q of QUERIES) {
        const out = await page.evaluate(async ({ q, exactDiacritics }) => {
          const w = window as unknown as { pf?: any };
          const entry = '/pagefind/pagefind.js';
          if (!w.pf) w.pf = await import(entry);
          await w.pf.options({ exactDiacritics });
          const res = await w.pf.search(q);
          const data = await Promise.all(res.results.map((r: any) => r.data()));
          return data.map((d: any, i: number) => `${d.url} ${res.results[i].score.toFixed(2)} ${d.excerpt}`);
        }, { q, exactDiacritics });
        console.log(`${JSON.stringify(q)}:\n  ${out.join('\n  ') || '(nothing)'}`);
      }
    }
  } finally {
    await ctx.close();
    await server.close();
  }
} finally {
  await pagefind.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(userDir, { recursive: true, force: true });
}
