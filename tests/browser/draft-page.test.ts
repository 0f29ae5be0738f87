/**
 * The page "Dự thảo phân công" in Chromium, served from a sub-path, on a
 * phone (390×844) and a desktop (1366×900): a user types their offices,
 * gets a proposal for every model duty, changes two assignments, reloads
 * (the draft is kept), downloads the Word draft and the Excel table (read
 * back here), saves the draft to a file and opens a wrong one (a
 * Vietnamese message, the draft unchanged). Without JavaScript the page
 * says it needs it. axe finds no serious or critical violation; nothing
 * is requested from outside the mirror.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, ROOT, seriousViolations, startBrowser, type BrowserSession } from './harness';
import { CHROMIUM_ARGS } from './server';

let session: BrowserSession;

beforeAll(async () => { session = await startBrowser(['du-thao-phan-cong/index.html', 'js/draft.js', 'js/draft-docx.js', 'js/draft-xlsx.js']); }, 180_000);
afterAll(async () => { await session?.close(); });

const PATH = 'du-thao-phan-cong/';
const OFFICES = ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Quản lý Khoa học và Công nghệ', 'Phòng Tiêu chuẩn Đo lường Chất lượng', 'Phòng Chuyển đổi số'];
const K1A = 'dieu-2/khoan-1/diem-a';
// A khoản without points that every precedent gives to an office (khoản 2 itself is now proposed 'chưa giao' from precedent).
const K2 = 'dieu-2/khoan-26';
const MODEL_TEXT = JSON.parse(readFileSync(join(ROOT, 'content', 'precedents.json'), 'utf8')) as { duties: Array<{ model: string; text: string }> };
const textOf = (model: string) => MODEL_TEXT.duties.find((d) => d.model === model)!.text;

const row = (page: Page, model: string) => page.locator(`li.duty[data-model="${model}"]`);
const ticked = (page: Page, model: string) => row(page, model).locator('input[type=checkbox]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

/** Wait until the script has laid out every duty's controls (fetching the data and proposing take a while on a loaded machine). */
const laidOut = (page: Page) => page.waitForFunction(() => document.querySelectorAll('li.duty .assign').length === 123, null, { timeout: 30_000 });

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path!);
}

/** Paragraph texts of the .docx's main part. */
async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''));
}

// Pages load while other test files build and parse on the same two cores: a generous limit, not a speed check.
describe('the drafting page in a browser', { timeout: 90_000 }, () => {
  it.each([[390, 844], [1366, 900]])('proposes, keeps two changes across a reload and downloads both files at %i×%i', async (width, height) => {
    const page = await session.open(PATH);
    await page.setViewportSize({ width, height });
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel('Tên các phòng, đơn vị (mỗi dòng một tên)').fill(OFFICES.join('\n'));
    await page.getByLabel('Tên tỉnh, thành phố, ghi ở đầu văn bản (không bắt buộc)').fill('tỉnh Lai Châu');
    await page.getByRole('button', { name: 'Đề xuất phân công' }).click();

    // Every model duty has a proposal line and a checkbox per office; the reason names the provinces.
    await laidOut(page);
    expect(await page.locator('li.duty input[type=checkbox]').count()).toBe(123 * OFFICES.length);
    expect(await row(page, K1A).locator('.why').textContent()).toMatch(/Lai Châu: .*; Quảng Ngãi: /u);
    expect(await page.locator('li.duty .weak').count()).toBeGreaterThan(0);
    const k1a = await ticked(page, K1A);
    expect(k1a.length).toBeGreaterThan(0);
    const k2 = await ticked(page, K2);
    expect(k2).not.toEqual([]);
    const unassignedRow = page.locator('#dt-khoi-luong tbody tr:last-child');
    expect(await unassignedRow.locator('th').textContent()).toBe('Chưa giao cho phòng nào');
    const unassignedBefore = Number(await unassignedRow.locator('.num').textContent());

    // Two changes: điểm a khoản 1 also to Thanh tra Sở (or, if proposed, to Phòng Chuyển đổi số), khoản 26 to no office.
    const extra = k1a.includes('Thanh tra Sở') ? 'Phòng Chuyển đổi số' : 'Thanh tra Sở';
    await row(page, K1A).getByLabel(extra).check();
    for (const office of await ticked(page, K2)) await row(page, K2).getByLabel(office).uncheck();
    expect(await row(page, K2).locator('.badge.none').textContent()).toBe('Chưa giao');
    expect(await row(page, K1A).locator('.badge.edited').isVisible()).toBe(true);
    expect(Number(await unassignedRow.locator('.num').textContent())).toBe(unassignedBefore + 1);
    const load = page.locator('#dt-khoi-luong tbody tr', { hasText: extra }).locator('.num');
    const extraLoad = Number(await load.textContent());

    // Reload: the draft is kept.
    await page.reload();
    await laidOut(page);
    expect(await page.locator('#dt-ds-phong').inputValue()).toBe(OFFICES.join('\n'));
    expect(await page.locator('#dt-ten-tinh').inputValue()).toBe('tỉnh Lai Châu');
    expect((await ticked(page, K1A)).sort()).toEqual([...k1a, extra].sort());
    expect(await ticked(page, K2)).toEqual([]);
    expect(Number(await page.locator('#dt-khoi-luong tbody tr', { hasText: extra }).locator('.num').textContent())).toBe(extraLoad);
    expect(await page.locator('#dt-tt-luu').textContent()).toMatch(/lưu tự động trong trình duyệt này/u);

    // The row and the page hold at this width: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // Word: one Điều per office; the changed duty under the extra office; khoản 26 only in the drafter's notes.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Tải dự thảo Quy định/u }).click()]);
    expect(docx.suggestedFilename()).toBe('du-thao-quy-dinh-phan-cong.docx');
    const paragraphs = await docxParagraphs(await saved(docx));
    expect(paragraphs.filter((p) => /^Điều \d+\. /u.test(p))).toEqual(OFFICES.map((o, i) => `Điều ${i + 1}. ${o}`));
    expect(paragraphs).toContain('UBND TỈNH LAI CHÂU');
    const extraArticle = paragraphs.indexOf(`Điều ${OFFICES.indexOf(extra) + 1}. ${extra}`);
    const nextArticle = paragraphs.findIndex((p, i) => i > extraArticle && (/^Điều \d+\. /u.test(p) || p.startsWith('Ghi chú của bản dự thảo')));
    expect(paragraphs.slice(extraArticle, nextArticle).some((p) => p.endsWith(textOf(K1A)))).toBe(true);
    const notes = paragraphs.findIndex((p) => p.startsWith('Ghi chú của bản dự thảo'));
    expect(paragraphs.slice(0, notes).some((p) => p.includes(textOf(K2)))).toBe(false);
    expect(paragraphs.slice(notes)).toContain(`- khoản 26 Điều 2: ${textOf(K2)}`);

    // Excel: one row per duty, the changed ones as changed.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Tải bảng phân công/u }).click()]);
    expect(xlsx.suggestedFilename()).toBe('bang-phan-cong.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await saved(xlsx) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Phân công')!;
    expect(sheet.rowCount).toBe(124);
    const rowOf = (model: string) => sheet.getRow(2 + MODEL_TEXT.duties.findIndex((d) => d.model === model));
    expect(rowOf(K1A).getCell(2).value).toBe('điểm a khoản 1 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ');
    expect(String(rowOf(K1A).getCell(4).value).split('\n').sort()).toEqual([...k1a, extra].sort());
    expect(rowOf(K1A).getCell(9).value).toBe('có');
    expect(rowOf(K2).getCell(4).value).toBe('chưa giao');

    // Back to the proposal for khoản 26: its offices return, the marks go, the keyboard stays in the row.
    await row(page, K2).getByRole('button', { name: /^Theo đề xuất/u }).click();
    expect(await ticked(page, K2)).toEqual(k2);
    expect(await row(page, K2).locator('.badge').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('li.duty')?.getAttribute('data-model'))).toBe(K2);
    expect(foreignRequests(session)).toEqual([]);
  });

  it('saves the draft to a file, refuses a wrong file in Vietnamese and opens the saved one', async () => {
    const page = await session.open(PATH);
    await laidOut(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Lưu bản dự thảo ra tệp/u }).click()]);
    const json = (await saved(file)).toString('utf8');
    expect(JSON.parse(json)).toMatchObject({ format: 'khcn-du-thao-phan-cong', offices: OFFICES });

    await page.locator('#dt-mo-tep').setInputFiles({ name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from('{"documents": []}') });
    const alert = page.locator('#dt-loi-tep');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/^Không mở được tệp "corpus.json": tệp không phải bản dự thảo phân công/u);
    expect(await page.locator('li.duty .assign').count()).toBe(123);

    const other = JSON.parse(json) as { offices: string[]; assignments: Array<{ offices: string[] }> };
    other.offices = ['Văn phòng', 'Phòng Nghiệp vụ'];
    other.assignments = other.assignments.map((a) => ({ ...a, offices: [], edited: true }));
    await page.locator('#dt-mo-tep').setInputFiles({ name: 'khac.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect.poll(() => page.locator('#dt-ds-phong').inputValue(), { timeout: 10_000 }).toBe('Văn phòng\nPhòng Nghiệp vụ');
    expect(await alert.isHidden()).toBe(true);
    expect(await page.locator('li.duty .badge.none').count()).toBe(123);
  });

  it.each([[390, 844], [1366, 900]])('has no serious or critical accessibility violation once the draft is laid out, at %i×%i', async (width, height) => {
    const page = await session.open(PATH);
    await page.setViewportSize({ width, height });
    await laidOut(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says plainly, without JavaScript, that the page needs it, and still lists the model duties', async () => {
    const userDir = mkdtempSync(join(tmpdir(), 'khcn-chromium-nojs-'));
    const context = await chromium.launchPersistentContext(userDir, { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, javaScriptEnabled: false });
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(session.server.baseUrl + PATH);
    // Playwright's text selectors skip <noscript>: the paragraph is found by its class.
    const notice = page.locator('p.needs-js');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^Trang này cần JavaScript để đề xuất phân công/u);
    expect(await page.locator('#dt-du-thao').isHidden()).toBe(true);
    expect(await page.locator('li.duty').count()).toBe(123);
    expect(await page.locator('li.duty .dl a').first().getAttribute('href')).toBe('../van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-1-diem-a');
    await context.close();
    rmSync(userDir, { recursive: true, force: true });
  });
});
