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

  it('keeps the head row and the first column of the overview in view after scrolling (desktop)', async () => {
    const page = await open('so-sanh/', DESKTOP);
    const box = page.locator('.cmp-wrap');
    const boxTop = await box.evaluate((e) => e.getBoundingClientRect().top);
    await box.evaluate((e) => { e.scrollTop = 400; e.scrollLeft = 400; });
    await page.waitForTimeout(50);
    // After scrolling the box, the head row is still at its top and the first column at its left.
    expect(Math.abs(await top(page, 'table.heat thead th:nth-child(5)') - boxTop)).toBeLessThan(40);
    const left = await box.evaluate((e) => e.getBoundingClientRect().left);
    expect(Math.abs(await page.locator('table.heat tbody th').first().evaluate((e) => e.getBoundingClientRect().left) - left)).toBeLessThan(3);
  });

  it('shows the overview on a phone as a card per document, its 29 khoản in rows, sorted from a list', async () => {
    const page = await open('so-sanh/', PHONE);
    const rows = page.locator('table.heat tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await page.locator('table.heat thead').isVisible()).toBe(false);
    for (const row of await rows.all()) {
      // The name on a line of its own, the cells below it in rows, all within the screen.
      const name = (await row.locator('th').boundingBox())!;
      const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => { const r = td.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top }; }));
      expect(cells).toHaveLength(29);
      expect(Math.min(...cells.map((c) => c.top))).toBeGreaterThanOrEqual(name.y + name.height - 1);
      expect(new Set(cells.map((c) => Math.round(c.top))).size).toBeGreaterThanOrEqual(4);
      expect(Math.max(...cells.map((c) => c.right))).toBeLessThanOrEqual(PHONE.width - 16 + 1);
      // Each cell names its khoản above its figures: a counter, reset by each card, counting its cells (the khoản 1 to 29 in order).
      expect(await row.evaluate((tr) => getComputedStyle(tr).counterReset)).toBe('k 0');
      expect(await row.locator('td').nth(10).evaluate((td) => [getComputedStyle(td).counterIncrement, getComputedStyle(td, '::before').content])).toEqual(['k 1', 'counter(k)']);
    }
    const select = page.locator('p.sort-phone select');
    const direction = page.locator('p.sort-phone button');
    expect(await select.isVisible()).toBe(true);
    expect(await direction.isDisabled()).toBe(true);
    await select.selectOption({ label: 'khoản 1' });
    expect(await rows.first().locator('td').first().textContent()).toBe('0/4');
    expect(await direction.textContent()).toBe('▲ tăng dần');
    await direction.click();
    expect(await rows.first().locator('td').first().textContent()).toBe('4/4');
    expect(await direction.textContent()).toBe('▼ giảm dần');
    expect(await page.locator('table.heat thead th').nth(1).getAttribute('aria-sort')).toBe('descending');
  });

  it('prints the overview as a card per document, its 29 khoản within an A4 page\'s width, no sort controls', async () => {
    const page = await open('so-sanh/', DESKTOP);
    await page.emulateMedia({ media: 'print' });
    // A4 portrait less 1 cm margins each side: 190 mm at 96 px per inch. The 30-column table was 1950 px wide.
    await page.setViewportSize({ width: 718, height: 1000 });
    try {
      expect(await page.locator('table.heat thead').isVisible()).toBe(false);
      for (const hidden of ['p.sort-phone', 'form.cmp-filter', 'button.sort']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      const rows = page.locator('table.heat tbody tr');
      expect(await rows.first().evaluate((tr) => [getComputedStyle(tr).display, getComputedStyle(tr).breakInside])).toEqual(['grid', 'avoid']);
      expect(await rows.first().locator('td').nth(28).evaluate((td) => getComputedStyle(td, '::before').content)).toBe('counter(k)');
      const right = await page.locator('table.heat td').evaluateAll((tds) => Math.max(...tds.map((td) => td.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(718);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('prints the reviewer\'s note of a document\'s comparison, closed on screen, in full', async () => {
    const page = await open('so-sanh/lai-chau-quy-dinh-cac-phong/', DESKTOP);
    const note = page.locator('details.review > p').first();
    expect(await note.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toMatch(/chưa qua cán bộ pháp chế thẩm định/);
      // No disclosure triangle on paper: nothing there to open.
      expect(await page.locator('details.review > summary').evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('keeps the desktop overview free of the phone\'s sort list', async () => {
    const page = await open('so-sanh/', DESKTOP);
    expect(await page.locator('p.sort-phone').isVisible()).toBe(false);
    expect(await page.locator('table.heat thead').isVisible()).toBe(true);
  });

  it('reads the khoản page on a phone as a card per point, every document under it, nothing wider than the screen', async () => {
    const page = await open('so-sanh/khoan-11/', PHONE);
    const cards = page.locator('section.kpt');
    expect(await cards.count()).toBe(17);
    expect(await page.locator('ul.kdocs').isVisible()).toBe(false);
    const names = await page.locator('ul.kdocs li[data-r]').evaluateAll((lis) => lis.map((li) => li.textContent!.trim()));
    expect(names).toHaveLength(4);
    for (const card of await cards.all()) {
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await card.evaluate((c) => [...c.querySelectorAll('*')].every((e) => e.scrollWidth <= e.clientWidth + 1 || getComputedStyle(e).overflow === 'visible'))).toBe(true);
      // Its letter and a line of its text, then every document by name, with its office and item or "không thấy phân công".
      expect(await card.locator('h3').innerText()).toMatch(/^điểm [a-zđ]$/);
      expect(await card.locator('.kt').isVisible()).toBe(true);
      const entries = card.locator('ol.kitems > li');
      expect(await entries.locator('b').allInnerTexts()).toEqual(names);
      for (const entry of await entries.all()) {
        expect(await entry.isVisible()).toBe(true);
        expect(await entry.innerText()).toMatch(/\S+\n.*(không thấy phân công|\n)/s);
      }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // Lai Châu's điểm a: its office, "một phần", who reviewed it and when.
    const lc = page.locator('section.kpt').first().locator('ol.kitems > li').nth(1);
    expect((await lc.innerText()).split('\n')).toEqual(['Quy định các phòng thuộc Sở KH&CN Lai Châu', 'Phòng Quản lý Tiêu chuẩn đo lường chất lượng ◐', 'điểm a mục 2.3 Điều 7', 'một phần · Nhóm phát triển, 24/11/2026']);
    // The jump list leads to a card.
    await page.locator('nav.kjump a', { hasText: /^k$/ }).click();
    await expect.poll(() => page.locator('#khoan-11-diem-k').evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBeLessThan(80);
  });

  it.each(SIZES)('filters the khoản page by province and by region: the cards or the grid keep only those documents (%s)', async (name, size) => {
    const page = await open('so-sanh/khoan-11/', size);
    const shown = (card: number) => page.locator('section.kpt').nth(card).locator('ol.kitems > li:not([hidden]) b').allTextContents();
    await page.fill('form.cmp-filter input', 'lai chau');
    expect(await page.locator('form.cmp-filter output').textContent()).toBe('1 văn bản');
    for (const card of [0, 16]) expect(await shown(card)).toEqual(['Quy định các phòng thuộc Sở KH&CN Lai Châu']);
    await page.fill('form.cmp-filter input', '');
    await page.selectOption('form.cmp-filter select', 'Bắc Trung Bộ và duyên hải miền Trung');
    expect(await shown(3)).toEqual(['Quyết định 33/QĐ-SKHCN (Quảng Ngãi)', 'Chương trình công tác 6 tháng cuối năm 2025 (Quảng Ngãi)']);
    if (name === 'desktop') {
      // The grid's rows stay aligned: each entry level with its document's name in the first column.
      const docs = await page.locator('ul.kdocs li[data-r]:not([hidden])').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
      const entries = await page.locator('section.kpt').nth(3).locator('ol.kitems > li:not([hidden])').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(docs).toHaveLength(2);
      expect(entries).toEqual(docs);
    }
  });

  it('keeps the khoản page a grid on a desktop: a row per document, a column per point, head row and first column in view after scrolling', async () => {
    const page = await open('so-sanh/khoan-11/', DESKTOP);
    expect(await page.locator('.kgrid').evaluate((e) => getComputedStyle(e).display)).toBe('grid');
    const tops = (sel: string) => page.locator(sel).evaluateAll((es) => es.map((e) => Math.round(e.getBoundingClientRect().top)));
    const rows = await tops('ul.kdocs > li');
    expect(rows).toHaveLength(5);
    // Every point's head and entries sit level with the head and the documents' rows.
    for (let i = 0; i < 17; i++) expect(await tops(`section.kpt:nth-of-type(${i + 1}) > .kh, section.kpt:nth-of-type(${i + 1}) > ol > li`)).toEqual(rows);
    const lefts = await page.locator('section.kpt > .kh').evaluateAll((es) => es.map((e) => e.getBoundingClientRect().left));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    // The entries' names are for the cards; in the grid the first column names the row (screen readers still read them).
    expect(await page.locator('ol.kitems b').first().evaluate((b) => [b.getBoundingClientRect().width, getComputedStyle(b).clipPath])).toEqual([1, 'inset(50%)']);
    const box = page.locator('.cmp-wrap');
    await box.evaluate((e) => { e.scrollIntoView(); e.scrollTop = 200; e.scrollLeft = 800; });
    await page.waitForTimeout(50);
    const { top: boxTop, left: boxLeft } = (await box.evaluate((e) => { const r = e.getBoundingClientRect(); return { top: r.top, left: r.left }; }));
    expect(Math.abs(await top(page, 'section.kpt:nth-of-type(9) > .kh') - boxTop)).toBeLessThan(3);
    expect(Math.abs(await page.locator('ul.kdocs li[data-r]').first().evaluate((e) => e.getBoundingClientRect().left) - boxLeft)).toBeLessThan(3);
  });

  it('prints the khoản page as cards: every document named under each point, no scroll box', async () => {
    const page = await open('so-sanh/khoan-11/', DESKTOP);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('section.kpt').first().evaluate((e) => getComputedStyle(e).display)).toBe('block');
      expect(await page.locator('ul.kdocs').isVisible()).toBe(false);
      expect(await page.locator('ol.kitems b').first().isVisible()).toBe(true);
      expect(await page.locator('.cmp-wrap').evaluate((e) => getComputedStyle(e).overflow)).toBe('visible');
      // The point's whole text, not its first two lines.
      expect(await page.locator('section.kpt .kt').first().evaluate((e) => e.scrollHeight <= e.clientHeight)).toBe(true);
      expect(await page.locator('section.kpt .kt').first().evaluate((e) => getComputedStyle(e).webkitLineClamp)).toBe('none');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
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
