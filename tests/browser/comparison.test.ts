/**
 * The comparison pages in Chromium, served from a sub-path, on a phone
 * (390×844) and a desktop (1366×900): the overview sorts with a visible
 * direction and filters by region and province; head rows and first columns
 * stay in view after scrolling; no page scrolls sideways on a phone; a
 * per-duty page opens a wording diff; the model's page opens a province line
 * and leaves the lines out of print unless asked; axe finds no serious or
 * critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations, startBrowser, type BrowserSession } from './harness';

let session: BrowserSession;

beforeAll(async () => { session = await startBrowser(['so-sanh/index.html', 'so-sanh/nhiem-vu/khoan-1-diem-d/index.html']); }, 180_000);
afterAll(async () => { await session?.close(); });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const SIZES = [['phone', PHONE], ['desktop', DESKTOP]] as const;
const PAGES = ['so-sanh/', 'so-sanh/khoan-11/', 'so-sanh/nhiem-vu/khoan-1-diem-d/', 'so-sanh/hai-phong-qd-so-khcn-2025/', 'so-sanh/tinh/quang-ngai/'];

async function open(path: string, size: { width: number; height: number }): Promise<Page> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.setViewportSize(size);
  await page.emulateMedia({ media: 'screen' });
  return session.open(path);
}

/** Top of an element relative to the viewport and to its scroll box. */
const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);

// Pages load while other test files build and parse on the same two cores: a generous limit, not a speed check.
describe('the comparison pages in a browser', { timeout: 30_000 }, () => {
  it('sorts the overview by a khoản, showing the direction, and back by name', async () => {
    const page = await open('so-sanh/', DESKTOP);
    const head = page.locator('table.heat thead th').nth(1); // khoản 1
    const button = head.getByRole('button');
    expect(await button.textContent()).toBe('↕');
    await button.click();
    expect(await head.getAttribute('aria-sort')).toBe('ascending');
    expect(await button.textContent()).toBe('▲');
    expect(await page.locator('table.heat tbody tr').first().locator('td').first().textContent()).toBe('0/4');
    await button.click();
    expect(await head.getAttribute('aria-sort')).toBe('descending');
    expect(await button.textContent()).toBe('▼');
    expect(await page.locator('table.heat tbody tr').first().locator('td').first().textContent()).toBe('4/4');
    const byName = page.locator('table.heat thead th').first();
    await byName.getByRole('button').click();
    expect(await byName.getAttribute('aria-sort')).toBe('ascending');
    expect(await head.getAttribute('aria-sort')).toBeNull();
    expect(await button.textContent()).toBe('↕');
  });

  it('filters the rows by region and by province name typed without diacritics', async () => {
    const page = await open('so-sanh/', DESKTOP);
    const rows = page.locator('table.heat tbody tr:not([hidden])');
    expect(await rows.count()).toBe(4);
    await page.selectOption('form.cmp-filter select', 'Bắc Trung Bộ và duyên hải miền Trung');
    expect(await rows.count()).toBe(2);
    expect(await page.locator('form.cmp-filter output').textContent()).toBe('2 văn bản');
    await page.selectOption('form.cmp-filter select', '');
    await page.fill('form.cmp-filter input', 'lai chau');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('th').textContent()).toContain('Lai Châu');
  });

  it.each(SIZES)('keeps the head row and the first column of the overview in view after scrolling (%s)', async (_name, size) => {
    const page = await open('so-sanh/', size);
    const box = page.locator('.cmp-wrap');
    const boxTop = await box.evaluate((e) => e.getBoundingClientRect().top);
    await box.evaluate((e) => { e.scrollTop = 400; e.scrollLeft = 400; });
    await page.waitForTimeout(50);
    // After scrolling the box, the head row is still at its top and the first column at its left.
    expect(Math.abs(await top(page, 'table.heat thead th:nth-child(5)') - boxTop)).toBeLessThan(40);
    const left = await box.evaluate((e) => e.getBoundingClientRect().left);
    expect(Math.abs(await page.locator('table.heat tbody th').first().evaluate((e) => e.getBoundingClientRect().left) - left)).toBeLessThan(3);
  });

  it.each(SIZES)('keeps the head row of a per-duty table in view after scrolling the page (%s)', async (name, size) => {
    const page = await open('so-sanh/nhiem-vu/khoan-11-diem-a/', size);
    const head = page.locator('table.duty thead th').first();
    if (name === 'phone') {
      // On a phone each row is a card headed by its province; the head row moves off screen.
      expect(await page.locator('table.duty tbody tr').first().evaluate((e) => getComputedStyle(e).display)).toBe('block');
      expect((await head.boundingBox())!.x).toBeLessThan(0);
      return;
    }
    // Room below the table, so the page can scroll the head row past the top.
    await page.addStyleTag({ content: 'footer.site{margin-bottom:3000px}' });
    const headTop = await head.evaluate((e) => e.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => window.scrollTo(0, y), headTop + 150);
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(headTop);
    expect(Math.abs(await head.evaluate((e) => e.getBoundingClientRect().top))).toBeLessThan(2);
  });

  it.each(PAGES)('does not scroll sideways on a phone: %s', async (path) => {
    const page = await open(path, PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('opens the wording diff of a province item on a per-duty page', async () => {
    const page = await open('so-sanh/nhiem-vu/khoan-1-diem-d/', DESKTOP);
    const details = page.locator('details.diff[data-item^="van-ban/hai-phong-qd-so-khcn-2025/"]');
    await details.locator('summary').click();
    await details.locator('del').first().waitFor();
    expect(await details.locator('del').first().textContent()).toBe('cấp tỉnh');
    expect(await details.locator('ins').first().textContent()).toBe('thành phố');
  });

  it.each(SIZES)('shows "một phần" and who reviewed a link, and when, inside its cell on the per-duty page (%s)', async (_name, size) => {
    const page = await open('so-sanh/nhiem-vu/khoan-17-diem-e/', size);
    const cell = page.locator('tr', { has: page.locator('th a[href$="lai-chau-quy-dinh-cac-phong/"]') }).locator('td');
    const item = cell.locator('.as', { hasText: 'điểm n mục 2.1 Điều 5' });
    await item.scrollIntoViewIfNeeded();
    const part = item.locator('.cov-part');
    expect(await part.isVisible()).toBe(true);
    expect(await part.textContent()).toBe('một phần');
    expect(await page.locator('.legend-cmp').textContent()).toMatch(/“một phần”: mục này chỉ đảm nhận một phần/);
    const who = item.locator('.who');
    expect(await who.isVisible()).toBe(true);
    expect(await who.textContent()).toBe('Nhóm phát triển, 2/12/2026');
    // The badge sits inside the cell, not cut off by it.
    const [b, c] = [await part.boundingBox(), await cell.boundingBox()];
    expect(b!.x + b!.width).toBeLessThanOrEqual(c!.x + c!.width + 1);
  });

  it.each(SIZES)("lists the provinces under a model point when its line is opened, and prints the lines only when asked (%s)", async (_name, size) => {
    const page = await open('van-ban/tt-10-2025-bkhcn/dieu-2/', size);
    const line = page.locator('#khoan-1-diem-d > details.cmpx');
    expect(await line.locator('summary').textContent()).toBe('Các tỉnh phân công: 1/4 văn bản');
    await line.locator('summary').click();
    await line.locator('.cmpx-list').waitFor();
    expect(await line.locator('.cmpx-list li').first().textContent()).toContain('Hải Phòng');
    expect(await line.locator('.cmpx-list li.none').textContent()).toContain('Không thấy phân công: Quy định các phòng thuộc Sở KH&CN Lai Châu');
    await page.emulateMedia({ media: 'print' });
    expect(await line.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('In kèm phân công của các tỉnh dưới từng điểm').check();
    await page.emulateMedia({ media: 'print' });
    expect(await line.isVisible()).toBe(true);
    await page.locator('#khoan-2 > details.cmpx .cmpx-list').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'screen' });
  });

  it.each(SIZES.flatMap(([name, size]) => PAGES.map((path) => [name, path, size] as const)))(
    'has no serious or critical accessibility violations (%s, %s)', async (_name, path, size) => {
      const page = await open(path, size);
      if (path.includes('nhiem-vu')) await page.locator('details.diff summary').first().click();
      expect(await seriousViolations(page)).toEqual([]);
    }, 60_000);
});
