/**
 * Reading, citing and printing as civil servants do (issue 13), on a phone
 * (390×844, touch) and a desktop (1366×900), the site served from a
 * sub-path: no page scrolls sideways; a copy shows what it copied, and
 * where the browser refuses the clipboard, a selected text to copy by
 * hand; a deep link lands with its Điều and khoản named at the top and
 * prints marked and named; the copy buttons only on units one cites, 44 px
 * on a touch screen, beside the text with a mouse; the phone's header
 * opens search with one button; axe finds nothing serious at either size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations, startBrowser, type BrowserSession } from './harness';
import { DESKTOP, PHONE, TARGET_PAGES } from './targets';
import { citationFor } from '../../src/lib/citation';
import { doc } from '../helpers/corpus';

const ARTICLE = 'van-ban/tt-10-2025-bkhcn/dieu-2/';
const POINT = 'khoan-6-diem-dd';
/** One page of every type the site has, directory listings included: each page of targets.ts's states once. */
const PAGES = [...new Set(TARGET_PAGES.map((p) => p.path.split('#')[0]!))];

describe.each([['phone', PHONE], ['desktop', DESKTOP]] as const)('reading on a %s', (device, options) => {
  const touch = device === 'phone';
  let session: BrowserSession;
  /** Opens the page afresh, also when only its fragment differs from the page shown (a same-document move answers nothing). */
  const open = async (path: string): Promise<Page> => {
    await session.context.pages()[0]?.goto('about:blank');
    return session.open(path);
  };
  /** A tap on a phone, a click with the mouse on a desktop. */
  const press = (page: Page, selector: string) => (touch ? page.locator(selector).tap() : page.locator(selector).click());
  const cite = (id: string) => citationFor(doc('tt-10-2025-bkhcn'), id)!;

  beforeAll(async () => {
    session = await startBrowser(undefined, options);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.server.baseUrl).origin });
  }, 180_000);
  afterAll(async () => { await session?.close(); });

  // Pages load while other test files build and parse on the same two cores: a generous limit, not a speed check.
  describe(`${options.viewport.width}×${options.viewport.height}`, { timeout: 30_000 }, () => {
    it('never scrolls sideways, on a page of every type', async () => {
      const wide: string[] = [];
      for (const path of PAGES) {
        const page = await open(path);
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scroll > client) wide.push(`${path || '(trang chủ)'}: ${scroll} > ${client}`);
      }
      expect(wide).toEqual([]);
    }, 120_000);

    it('shows what “trích dẫn” copied, offers the long date and the title, and remembers the choice', async () => {
      const page = await open(ARTICLE);
      await page.evaluate(() => localStorage.clear());
      await press(page, `#${POINT} > p button[data-act=cite]`);
      const panel = page.locator(`#${POINT} .copied`);
      await expect.poll(() => panel.isVisible()).toBe(true);
      const url = `${session.server.baseUrl}${ARTICLE}#${POINT}`;
      const copied = `${cite('dieu-2/khoan-6/diem-dd')}\n${url}`;
      expect(copied).toContain('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ');
      expect(await panel.locator('.copied-msg').textContent()).toBe('✓ Đã sao chép trích dẫn điểm đ khoản 6 Điều 2.');
      expect(await panel.locator('textarea').inputValue()).toBe(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
      await expect.poll(() => page.locator('#thong-bao').textContent()).toBe('Đã sao chép trích dẫn điểm đ khoản 6 Điều 2.');
      // Inside the window, under the point's text.
      const box = (await panel.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(options.viewport.width);
      // The long date form, copied again at once, and kept for the next copy.
      await press(page, `#${POINT} .copied-opts label:first-child`);
      const long = `${citationFor(doc('tt-10-2025-bkhcn'), 'dieu-2/khoan-6/diem-dd', { date: 'long' })}\n${url}`;
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(long);
      expect(await panel.locator('.copied-msg').textContent()).toBe('✓ Đã sao chép lại trích dẫn điểm đ khoản 6 Điều 2.');
      await page.reload();
      await press(page, '#khoan-11 > p button[data-act=cite]');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('khoản 11 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27 tháng 6 năm 2025');
      await page.evaluate(() => localStorage.clear());
      // Closing gives the focus back to the button.
      await press(page, '#khoan-11 .copied-close');
      expect(await page.locator('.copied').count()).toBe(0);
    });

    it('shows the link “liên kết” copied', async () => {
      const page = await open(ARTICLE);
      await press(page, '#khoan-11 > p button[data-act=link]');
      const panel = page.locator('#khoan-11 .copied');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator('.copied-msg').textContent()).toBe('✓ Đã sao chép liên kết tới khoản 11 Điều 2.');
      expect(await panel.locator('textarea').inputValue()).toBe(`${session.server.baseUrl}${ARTICLE}#khoan-11`);
      expect(await panel.locator('.copied-opts').isVisible()).toBe(false);
    });

    it('when the clipboard is refused, shows the citation selected, to copy by hand', async () => {
      const page = await open(ARTICLE);
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('từ chối')) } });
        document.execCommand = () => false;
      });
      await press(page, `#${POINT} > p button[data-act=cite]`);
      const panel = page.locator(`#${POINT} .copied.failed`);
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator('.copied-msg').textContent()).toMatch(/^Trình duyệt không cho sao chép tự động: trích dẫn điểm đ khoản 6 Điều 2 đã được chọn/);
      expect(await panel.locator('textarea').isVisible()).toBe(true);
      const selected = await page.evaluate(() => {
        const t = document.activeElement as HTMLTextAreaElement;
        return t.tagName === 'TEXTAREA' ? t.value.slice(t.selectionStart, t.selectionEnd) : null;
      });
      expect(selected).toBe(`${cite('dieu-2/khoan-6/diem-dd')}\n${session.server.baseUrl}${ARTICLE}#${POINT}`);
      await expect.poll(() => page.locator('#thong-bao').textContent()).toMatch(/^Trình duyệt không cho sao chép tự động/);
    });

    it('puts the copy buttons on the units one cites only, 44 px on a touch screen, beside the text with a mouse', async () => {
      const page = await open('van-ban/tt-10-2025-bkhcn/');
      // Header lines of the Circular: "CÔNG NGHỆ" and "-------" carry no buttons.
      expect(await page.locator('#phan-dau-tieu-de-2').textContent()).toContain('CÔNG NGHỆ');
      expect(await page.locator('#phan-dau-tieu-de-3').textContent()).toContain('-------');
      expect(await page.locator('#phan-dau .tools').count()).toBe(0);
      expect(await page.locator('#dieu-2-khoan-6 > p .tools').count()).toBe(1);
      const article = await open(ARTICLE);
      const point = article.locator(`#${POINT} > p:first-child`);
      await point.scrollIntoViewIfNeeded();
      if (touch) {
        for (const b of await article.locator(`#${POINT} > p .tools button`).all()) {
          const box = (await b.boundingBox())!;
          expect(box.height).toBeGreaterThanOrEqual(44);
          expect(box.width).toBeGreaterThanOrEqual(44);
        }
      } else {
        const tools = article.locator(`#${POINT} > p .tools`);
        expect(await tools.evaluate((t) => getComputedStyle(t).opacity)).toBe('0');
        await point.hover();
        await expect.poll(() => tools.evaluate((t) => getComputedStyle(t).opacity)).toBe('1');
        // In the margin, right of the text column: never over the text.
        const [t, text] = [(await tools.boundingBox())!, (await point.boundingBox())!];
        expect(t.x).toBeGreaterThanOrEqual(text.x + text.width);
        expect(t.x + t.width).toBeLessThanOrEqual(options.viewport.width);
      }
    });

    it('names where a deep link lands (“Điều 2 › khoản 6 › điểm đ”), above the point', async () => {
      const page = await open(`${ARTICLE}#${POINT}`);
      const where = page.locator('nav.where');
      await expect.poll(() => where.isVisible()).toBe(true);
      expect(await where.locator('li').allTextContents()).toEqual(['Điều 2', 'khoản 6', 'điểm đ']);
      expect(await where.locator('a[aria-current]').getAttribute('href')).toBe(`#${POINT}`);
      const [bar, target] = [(await where.boundingBox())!, (await page.locator(`#${POINT}`).boundingBox())!];
      expect(target.y).toBeGreaterThanOrEqual(bar.y + bar.height);
      // Following its khoản from the line.
      await where.getByRole('link', { name: 'khoản 6' }).click();
      await page.waitForURL(/#khoan-6$/);
      await expect.poll(() => where.locator('li').allTextContents()).toEqual(['Điều 2', 'khoản 6']);
    });

    it('prints from a deep link with the point named at the top and marked, without the screen’s tools', async () => {
      const page = await open(`${ARTICLE}#${POINT}`);
      await press(page, `#${POINT} > p button[data-act=link]`);
      await page.emulateMedia({ media: 'print' });
      try {
        const target = page.locator('.print-cite .print-target');
        expect(await target.isVisible()).toBe(true);
        expect(await target.textContent()).toBe(`Đoạn được chỉ dẫn, đánh dấu ở lề trái: ${cite('dieu-2/khoan-6/diem-dd')}`);
        expect(await page.locator('.print-url').textContent()).toBe(`${session.server.baseUrl}${ARTICLE}#${POINT}`);
        expect(await page.locator(`#${POINT}`).evaluate((e) => getComputedStyle(e).borderLeftStyle)).toBe('solid');
        for (const hidden of ['nav.where', '.tools', '.copied', '.ktoc', 'header.site']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it('lists the 29 khoản of Điều 2 at its top, each a link to it', async () => {
      const page = await open(ARTICLE);
      const items = page.locator('nav.ktoc li');
      expect(await items.count()).toBe(29);
      expect(await items.first().textContent()).toBe('1. Trình Ủy ban nhân dân cấp tỉnh:');
      await press(page, 'nav.ktoc li:nth-child(11) a');
      await page.waitForURL(/#khoan-11$/);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('khoan-11');
    });

    it('opens search from the header in one step', async () => {
      const page = await open(ARTICLE);
      const box = page.locator('#tim-nhanh');
      const button = page.locator('form.hsearch button');
      expect(await button.isVisible()).toBe(true);
      if (touch) {
        // The phone's header: no box too narrow to type in; a 44 px button; the navigation on one line.
        expect(await box.isVisible()).toBe(false);
        expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        const tops = await page.locator('nav.top a').evaluateAll((as) => as.filter((a) => a.getClientRects().length > 0).map((a) => Math.round(a.getBoundingClientRect().top)));
        expect(tops.length).toBeGreaterThanOrEqual(3);
        expect(new Set(tops).size).toBe(1);
      } else {
        expect((await box.boundingBox())!.width).toBeGreaterThan(150);
      }
      await press(page, 'form.hsearch button');
      await expect.poll(() => page.locator('#hop-tim').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q');
      await page.keyboard.press('Escape');
    });

    // A phone's test only (the desktop's header has room): defined for the phone, not skipped on the desktop.
    if (touch) it('fits the navigation on one line with room to spare on a 360 px and a 390 px phone, every entry shown', async () => {
      const page = await open('so-sanh/');
      try {
        for (const width of [360, 390]) {
          await page.setViewportSize({ width, height: 800 });
          const links = await page.locator('nav.top a:not(.wide)').evaluateAll((as) => as.map((a) => {
            const r = a.getBoundingClientRect();
            return { name: a.textContent, shown: a.getClientRects().length > 0, top: Math.round(r.top), right: r.right };
          }));
          expect(links.map((l) => [l.name, l.shown])).toEqual([['So sánh', true], ['Dự thảo phân công', true], ['Dữ liệu mở', true]]);
          expect(new Set(links.map((l) => l.top)).size, `${width} px`).toBe(1);
          // The page's margin (16 px) and at least 12 px more: the last entry neither touches the edge nor is cut.
          expect(Math.max(...links.map((l) => l.right)), `${width} px`).toBeLessThanOrEqual(width - 16 - 12);
        }
      } finally {
        await page.setViewportSize(options.viewport);
      }
    });

    if (touch) it.each([
      ['tim-kiem/', ['#tim input#q', '#tim button[type=submit]']],
      // "Lọc kết quả" shows once the search script runs.
      ['tim-kiem/?q=do+luong', ['#loc > summary']],
      ['so-sanh/khoan-11/', ['form.cmp-filter input', 'form.cmp-filter select']],
    ] as const)('gives the form controls of %s a finger’s 44 px', async (path, controls) => {
      const page = await open(path);
      for (const control of controls) {
        await page.locator(control).waitFor();
        expect((await page.locator(control).boundingBox())!.height, control).toBeGreaterThanOrEqual(44);
      }
    });

    it(touch ? 'reads a table of tasks as a card per row, each office cell under its column’s name' : 'keeps a table of tasks a table', async () => {
      const page = await open('van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/');
      const row = page.locator('#phu-luc-i-bang-nhiem-vu-1');
      const lead = row.locator('td').nth(2);
      expect(await lead.getAttribute('data-h')).toBe('Phòng/Đơn vị chủ trì');
      if (!touch) {
        expect(await row.evaluate((e) => getComputedStyle(e).display)).toBe('table-row');
        expect(await page.locator('table.tasks thead').first().isVisible()).toBe(true);
        return;
      }
      expect(await row.evaluate((e) => getComputedStyle(e).display)).toBe('block');
      expect(await lead.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"Phòng/Đơn vị chủ trì"');
      // Every cell as wide as the card, within the screen; nothing to scroll sideways in the table's box.
      const cells = await row.locator('td').evaluateAll((tds) => tds.filter((td) => td.getClientRects().length).map((td) => { const r = td.getBoundingClientRect(); return { left: r.left, right: r.right }; }));
      expect(cells.length).toBeGreaterThanOrEqual(4);
      for (const c of cells) expect(c.right - c.left).toBeGreaterThan(300);
      expect(Math.max(...cells.map((c) => c.right))).toBeLessThanOrEqual(390 - 16);
      expect(await page.locator('table.tasks').first().evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
    });

    it('keeps headings, the lead-in line of a unit with units under it and a draft duty\'s label with what follows on paper', async () => {
      const page = await open('van-ban/lai-chau-quy-dinh-cac-phong/');
      await page.emulateMedia({ media: 'print' });
      try {
        const breakAfter = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).breakAfter);
        expect(await breakAfter('main h1')).toBe('avoid');
        expect(await breakAfter('main h2')).toBe('avoid');
        // "2.3. Về viễn thông" over its điểm; a điểm's own line may end a page.
        expect(await breakAfter('#dieu-5-muc-2-3 > p')).toBe('avoid');
        expect(await breakAfter('#dieu-5-muc-2-3 .n:not(:has(.n)) > p')).toBe('auto');
        // The draft's label of a model duty ("điểm d khoản 6 Điều 2") over its text.
        await page.goto(`${session.server.baseUrl}du-thao-phan-cong/`);
        expect(await breakAfter('li.duty > p.dl')).toBe('avoid');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it(`gives the search hint's keys ${touch ? 'no place on a touch screen' : 'beside its examples'}`, async () => {
      const page = await open('tim-kiem/');
      const hint = await page.locator('#goi-y').innerText();
      expect(hint).toContain('“10/2025/TT-BKHCN”');
      if (touch) expect(hint).not.toContain('Phím');
      else expect(hint).toContain('Phím ↓ ↑ để đi qua các kết quả');
    });

    it('prints a province item\'s "Đối chiếu" line without its way onward ("các tỉnh khác"), and the bases without their "↓"', async () => {
      const page = await open('van-ban/lai-chau-quy-dinh-cac-phong/dieu-7/');
      const line = page.locator('p.cmpx', { hasText: 'Đối chiếu' }).first();
      const onward = line.locator('.screen-only');
      expect(await onward.innerText()).toBe(' · các tỉnh khác');
      const doc = await session.context.newPage();
      try {
        await doc.setViewportSize(options.viewport);
        await doc.goto(new URL('../../tt-10-2025-bkhcn/', page.url()).href);
        expect(await doc.locator('a.at').first().isVisible()).toBe(true);
        await page.emulateMedia({ media: 'print' });
        await doc.emulateMedia({ media: 'print' });
        expect(await onward.isVisible()).toBe(false);
        expect(await line.innerText()).toMatch(/^Đối chiếu: .*Thông tư 10\/2025\/TT-BKHCN$/);
        expect(await doc.locator('a.at').first().isVisible()).toBe(false);
      } finally {
        await page.emulateMedia({ media: 'screen' });
        await doc.close();
      }
    });

    it('prints the search results under the query, without the search box, its hints or its buttons', async () => {
      const page = await open('tim-kiem/?q=do+luong');
      await expect.poll(() => page.locator('#ket-qua li.result').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.locator('#so-ket-qua').textContent()).toMatch(/ cho “do luong”/);
        expect(await page.locator('#so-ket-qua').isVisible()).toBe(true);
        expect(await page.locator('#ket-qua li.result').first().isVisible()).toBe(true);
        for (const hidden of ['#tim', '#q', '#goi-y', '#loc', 'button#them']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it('keeps “Lọc kết quả” hidden on the search page while its script has not run', async () => {
      await session.context.route('**/js/search.js', (r) => r.abort());
      try {
        const page = await open('tim-kiem/');
        expect(await page.locator('#loc').count()).toBe(1);
        expect(await page.locator('#loc').isVisible()).toBe(false);
      } finally {
        await session.context.unroute('**/js/search.js');
      }
    });

    it.each([
      ['an article page, with a copy shown and the deep-link line', `${ARTICLE}#${POINT}`],
      ['a document page', 'van-ban/quang-ngai-33-qd-skhcn/'],
      ['the home page', ''],
      ['the open data page', 'du-lieu/'],
      // Pages for links trimmed to a directory (tests/site/directory-pages.test.ts).
      ['the list of documents', 'van-ban/'],
      ["a document's offices", 'van-ban/lai-chau-quy-dinh-cac-phong/phong/'],
      ['the list of model duties', 'so-sanh/nhiem-vu/'],
    ])('has no serious or critical accessibility violations on %s (axe-core)', async (_name, path) => {
      const page = await open(path);
      if (path.includes('#')) {
        await press(page, `#${POINT} > p button[data-act=cite]`);
        await expect.poll(() => page.locator('nav.where').isVisible()).toBe(true);
      }
      expect(await seriousViolations(page)).toEqual([]);
    }, 60_000);
  });
});
