/**
 * Touch targets smaller than a finger can be sure of: WCAG 2.2 SC 2.5.8
 * (target size, minimum) asks 24×24 CSS px of every target, except a link
 * in a sentence. Shared by tests/browser/touch-targets.test.ts and
 * `npm run touch-targets` (which prints what it finds on every page type).
 *
 * A target: a link, button, summary, form control or focusable element that
 * shows (not transparent, not off-screen, not a 1-px hidden label), counted
 * once (a link inside a summary belongs to the summary). Its box is what
 * a tap can reach: the part an ancestor hiding its overflow cuts off does
 * not count. An input's target includes its label (tapping either works):
 * it passes if the input or one of its labels is 24×24. A link broken over
 * two lines counts by its larger piece.
 *
 * "In a sentence" (the exception), decided here and nowhere else: the
 * target flows inline (an inline-block, flex item or block is a box the
 * page sized, not a word of a line); its own text has a letter or digit
 * (an arrow "↓" or "×" appended to a line is a control beside the
 * sentence, not a word of it); and next to it, within its block, is text
 * with a letter that is not set off by a list separator (· › | •). So
 * "Căn cứ <Nghị định 55/2025/NĐ-CP> của Chính phủ …", "Đối chiếu: <điểm a
 * khoản 1 Điều 2> Thông tư 10/2025/TT-BKHCN" and "(xem tại chỗ)" are in
 * a sentence; a breadcrumb, a list item that is only a link, links
 * separated by commas or "·" only ("… · <các tỉnh khác>") and a heading
 * that is only a link are not.
 */
import type { Page } from 'playwright-core';
import { PHONE } from './server';

/** WCAG 2.2 SC 2.5.8: 24 CSS px in each dimension. */
export const MIN_TARGET = 24;
export const DESKTOP = { viewport: { width: 1366, height: 900 } } as const;
export { PHONE };

export interface SmallTarget {
  /** Where it is, by element and class, three levels and the region (no ids: one line per kind of element). */
  kind: string;
  /** Its text, cut at 40 characters. */
  text: string;
  width: number;
  height: number;
}

/** Every target on the page under 24 px either way, outside sentences. */
export function smallTargets(page: Page): Promise<SmallTarget[]> {
  // The helpers are methods of one object: tsx compiles named inner functions with a `__name(…)` call that does
  // not exist in the page, and methods it leaves alone.
  return page.evaluate((min) => {
    const SELECTOR = 'a[href],button,summary,input:not([type=hidden]),select,textarea,[role=button],[tabindex]:not([tabindex="-1"])';
    const SEPARATOR = /[·›|•]/u;
    /** What a nested box leaves in the runs: it ends the phrase on both sides. */
    const BOX = '\u0000';
    const h = {
      flows(e: Element): boolean { return ['inline', 'contents'].includes(getComputedStyle(e).display); },
      isTarget(e: Element): boolean { return e.matches(SELECTOR); },
      /** The text runs of `block` in reading order, and the targets between them, up to nested blocks. */
      runs(n: Node, out: Array<string | Element> = ['']): Array<string | Element> {
        for (const c of n.childNodes) {
          if (c.nodeType === Node.TEXT_NODE) out[out.length - 1] += c.nodeValue ?? '';
          else if (c instanceof Element && c.checkVisibility()) {
            if (h.isTarget(c)) out.push(c, '');
            else if (h.flows(c)) h.runs(c, out);
            else out.push(BOX, '');
          }
        }
        return out;
      },
      inSentence(el: Element): boolean {
        if (getComputedStyle(el).display !== 'inline' || !/[\p{L}\p{N}]/u.test(el.textContent ?? '')) return false;
        let block = el.parentElement!;
        while (h.flows(block) && block.parentElement) block = block.parentElement;
        // The phrase the target is in: its block's text and targets, cut at list separators and nested boxes;
        // the other targets' text does not count.
        let text = '';
        let mine = false;
        for (const run of h.runs(block)) {
          if (run === el) mine = true;
          if (typeof run !== 'string') continue;
          const parts = run === BOX ? ['', ''] : run.split(SEPARATOR);
          text += parts[0];
          if (parts.length > 1) {
            if (mine) break;
            text = parts[parts.length - 1];
          }
        }
        return /\p{L}/u.test(text);
      },
      /** What of `r` a finger can reach: the part inside every ancestor that hides its overflow (the rest is not hit). */
      clipped(el: Element, r: DOMRect): [number, number] {
        let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
        for (let a = el.parentElement; a; a = a.parentElement) {
          const cs = getComputedStyle(a);
          const box = a.getBoundingClientRect();
          const [x0, y0] = [box.left + a.clientLeft, box.top + a.clientTop];
          if (/hidden|clip/.test(cs.overflowX)) [left, right] = [Math.max(left, x0), Math.min(right, x0 + a.clientWidth)];
          if (/hidden|clip/.test(cs.overflowY)) [top, bottom] = [Math.max(top, y0), Math.min(bottom, y0 + a.clientHeight)];
        }
        return [Math.max(0, right - left), Math.max(0, bottom - top)];
      },
      name(e: Element): string {
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        return e.tagName.toLowerCase() + cls;
      },
    };
    const small: Array<{ kind: string; text: string; width: number; height: number }> = [];
    for (const el of document.querySelectorAll(SELECTOR)) {
      if (el.parentElement?.closest(SELECTOR) || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const whole = el.getBoundingClientRect();
      if (whole.right + scrollX <= 0 || whole.bottom + scrollY <= 0 || (whole.width <= 1 && whole.height <= 1)) continue;
      const boxes = [...el.getClientRects()].map((r) => h.clipped(el, r));
      for (const label of (el as HTMLInputElement).labels ?? []) {
        const r = label.getBoundingClientRect();
        boxes.push([r.width, r.height]);
      }
      const [width, height] = boxes.reduce((a, b) => (Math.min(...b) > Math.min(...a) ? b : a));
      if ((width >= min && height >= min) || h.inSentence(el)) continue;
      const path: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && path.length < 3; e = e.parentElement) path.unshift(h.name(e));
      // The region it is in (breadcrumbs, table of contents, a table, the search dialog), when the three levels do not say.
      const region = el.closest('nav,dialog,table,form,header,footer,section[class],details[class]');
      if (region && !path.some((p) => p.startsWith(region.tagName.toLowerCase()))) path.unshift(`${h.name(region)} …`);
      const text = (el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
      small.push({ kind: path.join(' > '), text: text.slice(0, 40), width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10 });
    }
    return small;
  }, MIN_TARGET);
}

/** A page of one type, in the state a reader brings it to. */
export interface TargetPage {
  name: string;
  path: string;
  /** What a reader does first (types a query, opens the filters…), once the page is open. */
  prepare?: (page: Page) => Promise<void>;
}

const ARTICLE = 'van-ban/tt-10-2025-bkhcn/dieu-2/';
const POINT = 'khoan-6-diem-dd';

/** A page of every type, in every state that shows other controls. */
export const TARGET_PAGES: TargetPage[] = [
  { name: 'home', path: '' },
  { name: 'document (the model)', path: 'van-ban/tt-10-2025-bkhcn/' },
  { name: 'document (a province’s decision)', path: 'van-ban/hai-phong-qd-so-khcn-2025/' },
  { name: 'document (offices, chapters)', path: 'van-ban/lai-chau-quy-dinh-cac-phong/' },
  { name: 'document (attached rule)', path: 'van-ban/quang-ngai-33-qd-skhcn/' },
  { name: 'document (programme, table of tasks)', path: 'van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/' },
  { name: 'article', path: ARTICLE },
  { name: 'article (a province’s)', path: 'van-ban/lai-chau-quy-dinh-cac-phong/dieu-5/' },
  { name: 'part of an attached rule', path: 'van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/muc-iii/' },
  { name: 'office', path: 'van-ban/lai-chau-quy-dinh-cac-phong/phong/van-phong/' },
  { name: 'office (programme)', path: 'van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/phong/van-phong-so/' },
  {
    name: 'điểm deep link, copy panel shown, where-line',
    path: `${ARTICLE}#${POINT}`,
    async prepare(page) {
      await page.locator(`#${POINT} > p button[data-act=cite]`).click();
      await page.locator(`#${POINT} .copied`).waitFor();
      await page.locator('nav.where').waitFor();
    },
  },
  { name: 'khoản deep link', path: `${ARTICLE}#khoan-11`, prepare: (page) => page.locator('nav.where').waitFor() },
  { name: 'province', path: 'tinh/quang-ngai/' },
  { name: 'referenced document', path: 'van-ban-duoc-dan-chieu/150-2025-ndd-cp/' },
  { name: 'comparison overview', path: 'so-sanh/' },
  { name: 'comparison by khoản', path: 'so-sanh/khoan-11/' },
  { name: 'comparison of a document', path: 'so-sanh/hai-phong-qd-so-khcn-2025/' },
  { name: 'comparison of a province', path: 'so-sanh/tinh/quang-ngai/' },
  { name: 'per-duty (điểm)', path: 'so-sanh/nhiem-vu/khoan-11-diem-g/' },
  { name: 'per-duty (khoản without điểm)', path: 'so-sanh/nhiem-vu/khoan-26/' },
  { name: 'search, empty', path: 'tim-kiem/' },
  {
    name: 'search, results and filters open',
    path: 'tim-kiem/?q=do+luong',
    async prepare(page) {
      await page.locator('#ket-qua li.result').first().waitFor({ timeout: 20_000 });
      // Who does the first duty found loads after the results.
      await page.waitForLoadState('networkidle');
      await page.locator('#loc > summary').click();
      await page.locator('#loc select').first().waitFor();
    },
  },
  {
    name: 'search dialog, results',
    path: ARTICLE,
    async prepare(page) {
      await page.locator('form.hsearch button').click();
      await page.locator('#hop-tim #q').fill('thanh tra');
      await page.locator('#hop-tim #q').press('Enter');
      await page.locator('#hop-tim #ket-qua li.result').first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
    },
  },
  {
    name: 'drafting, offices chosen',
    path: 'du-thao-phan-cong/',
    async prepare(page) {
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByLabel('Tên các phòng, đơn vị (mỗi dòng một tên)').fill(['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Chuyển đổi số'].join('\n'));
      await page.getByRole('button', { name: 'Đề xuất phân công' }).click();
      await page.waitForFunction(() => document.querySelectorAll('li.duty .assign').length === 123, null, { timeout: 30_000 });
    },
  },
  { name: 'open data', path: 'du-lieu/' },
  { name: 'list: documents', path: 'van-ban/' },
  { name: 'list: a document’s offices', path: 'van-ban/lai-chau-quy-dinh-cac-phong/phong/' },
  { name: 'list: parts of an attached rule', path: 'van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/' },
  { name: 'list: provinces', path: 'tinh/' },
  { name: 'list: referenced documents', path: 'van-ban-duoc-dan-chieu/' },
  { name: 'list: model duties', path: 'so-sanh/nhiem-vu/' },
  { name: 'list: provinces compared', path: 'so-sanh/tinh/' },
];
