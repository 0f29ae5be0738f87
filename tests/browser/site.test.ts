/**
 * The built site in a real browser (Chromium via playwright-core), served
 * from a sub-path on 127.0.0.1 as an intranet mirror would. `npm test`
 * builds first; run alone, this file builds once if dist/ is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, seriousViolations, startBrowser, type BrowserSession } from './harness';
import { citationFor } from '../../src/lib/citation';
import { doc, node } from '../helpers/corpus';

const ARTICLE = 'van-ban/tt-10-2025-bkhcn/dieu-2/';
const SAMPLE = [
  '',
  'van-ban/tt-10-2025-bkhcn/',
  ARTICLE,
  'van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/muc-iii/',
  'van-ban/lai-chau-quy-dinh-cac-phong/phong/van-phong/',
  'van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/',
  'van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/phong/van-phong-so/',
  'tinh/quang-ngai/',
  'van-ban-duoc-dan-chieu/',
];

let session: BrowserSession;
let server: BrowserSession['server'];
let requests: string[];

beforeAll(async () => {
  session = await startBrowser();
  ({ server, requests } = session);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.baseUrl).origin });
}, 180_000);

afterAll(async () => { await session?.close(); });

const open = (path: string): Promise<Page> => session.open(path);

// Pages load while other test files build and parse on the same two cores: a generous limit, not a speed check.
describe('the built site in a browser, from a sub-path', { timeout: 30_000 }, () => {
  it('highlights the clause a deep link points to', async () => {
    const page = await open(`${ARTICLE}#khoan-6-diem-dd`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('khoan-6-diem-dd');
    const background = await page.locator('#khoan-6-diem-dd').evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('#khoan-6-diem-d').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(other);
  });

  it('copies the official citation and the full URL of a point with the keyboard, and announces it', async () => {
    const d = doc('tt-10-2025-bkhcn'), n = node(d, 'dieu-2/khoan-6/diem-dd');
    const page = await open(ARTICLE);
    const button = page.locator('#khoan-6-diem-dd > p button', { hasText: 'trích dẫn' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#thong-bao').textContent()).toContain('Đã sao chép');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${citationFor(d, n.id)}\n${server.baseUrl}${ARTICLE}#khoan-6-diem-dd`);
    expect(copied).toContain('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ');
  });

  it('copies the permanent article URL of a clause even from the whole-document page', async () => {
    const page = await open('van-ban/tt-10-2025-bkhcn/');
    await page.locator('#dieu-2-khoan-6 > p button', { hasText: 'liên kết' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.baseUrl}${ARTICLE}#khoan-6`);
  });

  it('follows every link on a sample of pages without a 404 or a missing anchor', async () => {
    const page = await open('');
    const targets = new Set<string>();
    for (const path of SAMPLE) {
      await open(path);
      for (const href of await page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src))) targets.add(href);
    }
    const byPage = new Map<string, Set<string>>();
    for (const t of targets) {
      const u = new URL(t);
      expect(u.origin, t).toBe(new URL(server.baseUrl).origin);
      const key = u.origin + u.pathname;
      if (!byPage.has(key)) byPage.set(key, new Set());
      if (u.hash) byPage.get(key)!.add(decodeURIComponent(u.hash.slice(1)));
    }
    for (const [url, anchors] of byPage) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      if (!url.endsWith('/')) continue;
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), [...anchors]);
      expect(missing, url).toEqual([]);
    }
  }, 120_000);

  it('prints the page citation and URL at the top and no navigation', async () => {
    const page = await open(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-cite').isVisible()).toBe(true);
    expect(await page.locator('.print-cite').textContent()).toContain(`Điều 2 Thông tư số 10/2025/TT-BKHCN`);
    expect(await page.locator('.print-url').textContent()).toBe(`${server.baseUrl}${ARTICLE}`);
    expect(await page.locator('nav.crumbs').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it.each([
    ['the home page', ''],
    ['a document page', 'van-ban/tt-10-2025-bkhcn/'],
    ['an article page', ARTICLE],
    ['an office page', 'van-ban/lai-chau-quy-dinh-cac-phong/phong/van-phong/'],
    ['a programme office page', 'van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/phong/van-phong-so/'],
    ['a province page', 'tinh/quang-ngai/'],
    ['the search page', 'tim-kiem/'],
    ['the index of cited outside documents', 'van-ban-duoc-dan-chieu/'],
  ])('has no serious or critical accessibility violations on %s (axe-core)', async (_name, path) => {
    const page = await open(path);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('finds clauses by words in their text with the offline search, linking under the mirror sub-path', async () => {
    const page = await open(`tim-kiem/?q=${encodeURIComponent('sở hữu trí tuệ')}`);
    await expect.poll(() => page.locator('#ket-qua a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hrefs = await page.$$eval('#ket-qua a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toContain(`${server.baseUrl}van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-10`);
    for (const href of hrefs) expect(href.startsWith(server.baseUrl), href).toBe(true);
    expect(await page.locator('#so-ket-qua').textContent()).toMatch(/^Có \d+ kết quả/);
  });

  it('previews a reference on focus and follows it to the target’s anchor', async () => {
    // An internal reference: focusing it shows the target's text in the popup.
    let page = await open('van-ban/quang-ngai-33-qd-skhcn/');
    const internal = page.locator('a.ref.internal', { hasText: 'Điều 3' }).first();
    await internal.focus();
    const tip = page.locator('#xem-truoc');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await internal.getAttribute('data-p'));
    expect(await tip.textContent()).toMatch(/^Điều 3/);
    expect(await internal.getAttribute('aria-describedby')).toBe('xem-truoc');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // An office reference, hovered.
    page = await open('van-ban/quang-ngai-33-qd-skhcn/dieu-1/');
    const office = page.locator('a.ref.office').first();
    await office.hover();
    await expect.poll(() => page.locator('#xem-truoc').isVisible()).toBe(true);
    expect(await page.locator('#xem-truoc').textContent()).toBe(await office.getAttribute('data-p'));
    // Following a reference to an outside document lands on its entry in the index.
    page = await open('van-ban/hai-phong-qd-so-khcn-2025/');
    const outside = page.locator('section.text a.ref.ext', { hasText: 'Nghị định số 150/2025/NĐ-CP' }).first();
    await outside.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/van-ban-duoc-dan-chieu\/#150-2025-ndd-cp$/);
    expect(page.url()).toBe(`${server.baseUrl}van-ban-duoc-dan-chieu/#150-2025-ndd-cp`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('150-2025-ndd-cp');
    // The entry counts the citing places; its link lists them, the citing document among them.
    await page.locator(':target').getByRole('link', { name: /Được dẫn chiếu tại \d+ nơi/ }).click();
    await page.waitForURL(/van-ban-duoc-dan-chieu\/150-2025-ndd-cp\/$/);
    expect(await page.locator('ul.cited-by').textContent()).toContain('Quyết định về Sở KH&CN Hải Phòng');
  });

  it('never requests anything from a host other than the local mirror', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(foreignRequests(session)).toEqual([]);
  });
});
