/**
 * Search over a tiny index made for the case (as Pagefind's own tests do):
 * the site's search page and script from dist/, and an index of a few
 * records built with the indexer's own snippet (recordHtml), so that texts
 * the corpus does not hold yet can be searched in Chromium.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import type { BrowserContext } from 'playwright-core';
import { recordHtml } from '../../scripts/search-index';
import type { SearchRecord } from '../../src/lib/search/records';
import { DUTY_DATA_DIR, type DutyFile } from '../../src/lib/site/duty-files';
import { RECORD_KINDS } from '../../src/lib/search/fields';
import { DIST, ensureDist } from '../site/ensure-dist';
import { launchChromium, serveDist, type StaticServer } from './server';

const record = (url: string, text: string): SearchRecord => ({
  url, title: `đoạn ${url}`, location: 'Văn bản thử › đoạn', text, label: '', cite: '', body: text, context: '', filters: {},
});
const RECORDS = [
  record('a/', 'Trang không được chèn mã <script> của bên ngoài; mọi tệp tải từ máy chủ nội bộ.'),
  record('b/', 'Một đoạn khác, không nói gì về mã.'),
  // A model duty whose file lists twelve province documents, as a corpus of many provinces would.
  { ...record('c/#khoan-9', 'Quản lý hoạt động thử nghiệm riêng của địa phương.'), duty: 'khoan-9', filters: { rec: RECORD_KINDS.duty } },
];
const MANY: DutyFile = {
  label: 'khoản 9 Điều 2', url: 'c/#khoan-9', page: 'c/', points: 1, texts: null,
  documents: Array.from({ length: 12 }, (_, i) => ({
    id: `tinh-${i + 1}`, title: `Văn bản tỉnh ${i + 1}`, url: 'b/',
    offices: i % 3 ? [{ name: `Phòng ${i + 1}`, url: 'a/' }] : [],
    items: i % 3 ? [{ label: `mục ${i + 1}`, url: 'a/', offices: [0], status: 'reviewed' as const, coverage: 'full' as const }] : [],
  })),
};

let dir: string, userDir: string, server: StaticServer, context: BrowserContext;

beforeAll(async () => {
  ensureDist(['tim-kiem/index.html', 'js/search.js']);
  dir = mkdtempSync(join(tmpdir(), 'khcn-tiny-'));
  userDir = mkdtempSync(join(tmpdir(), 'khcn-tiny-chromium-'));
  mkdirSync(join(dir, 'tim-kiem'));
  cpSync(join(DIST, 'tim-kiem', 'index.html'), join(dir, 'tim-kiem', 'index.html'));
  for (const f of ['js', 'site.css']) cpSync(join(DIST, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, DUTY_DATA_DIR), { recursive: true });
  writeFileSync(join(dir, DUTY_DATA_DIR, 'khoan-9.json'), JSON.stringify(MANY));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    expect(errors).toEqual([]);
    for (const r of RECORDS) expect((await index!.addHTMLFile({ url: `/${r.url}`, content: recordHtml(r) })).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: join(dir, 'pagefind') })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  server = await serveDist(dir);
  context = await launchChromium(userDir);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(userDir, { recursive: true, force: true });
});

describe('search over a tiny index', { timeout: 30_000 }, () => {
  it('finds a text holding the literal characters “<script>” by that query, and shows it as text', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.baseUrl}tim-kiem/?q=${encodeURIComponent('<script>')}`);
    await expect.poll(() => page.locator('#so-ket-qua').textContent(), { timeout: 10_000 }).toBe('Có 1 kết quả cho “<script>”.');
    const item = page.locator('#ket-qua li.result').first();
    expect(await item.locator(':scope > a').getAttribute('href')).toBe('/mirror/khcn/a/');
    expect(await item.locator(':scope > p').textContent()).toContain('chèn mã <script> của bên ngoài');
    expect(await item.locator(':scope > p mark').allTextContents()).toEqual(['script']);
    expect(await page.locator('#ket-qua script').count()).toBe(0);
  });

  it('shows a duty’s first eight documents, then all on request, within a phone’s width', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}tim-kiem/?q=${encodeURIComponent('thử nghiệm riêng')}`);
    const lines = page.locator('#ket-qua li.result').first().locator('.duty .assign > li');
    // Only the plain file is there: the gzipped copy's absence falls back to it.
    await expect.poll(() => lines.count(), { timeout: 10_000 }).toBe(14);
    const visible = () => lines.evaluateAll((ls) => ls.filter((l) => !(l as HTMLElement).hidden).map((l) => l.textContent!.trim()));
    expect((await visible()).slice(0, 3)).toEqual(['Văn bản tỉnh 1: không thấy phân công', 'Văn bản tỉnh 2: Phòng 2 — mục 2', 'Văn bản tỉnh 3: Phòng 3 — mục 3']);
    expect(await visible()).toHaveLength(10); // eight documents, the button, the comparison link
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.getByRole('button', { name: 'Xem cả 12 văn bản' }).click();
    expect(await visible()).toHaveLength(13);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Văn bản tỉnh 9');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('says nothing was found for a query of signs only, not that it cites something', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.baseUrl}tim-kiem/?q=${encodeURIComponent('<> —')}`);
    await expect.poll(() => page.locator('#so-ket-qua').textContent(), { timeout: 10_000 }).toBe('Không tìm thấy “<> —”.');
    expect(await page.locator('#tim-toan-van').isVisible()).toBe(false);
  });
});
