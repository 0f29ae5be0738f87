/**
 * Touch targets smaller than a finger can be sure of: WCAG 2.2 SC 2.5.8
 * (target size, minimum) asks 24×24 CSS px of every target, except a link
 * in a sentence. Shared by tests/browser/touch-targets.test.ts and
 * `npm run touch-targets` (which prints what it finds on every page type).
 *
 * A target: a link, button, summary, form control or focusable element that
 * shows (not transparent, not off-screen, not a 1-px hidden label), counted
 * once (a link inside a summary belongs to the summary); with a modal
 * dialog open, only the dialog's. Its size is what a tap reaches, measured
 * with the browser's own hit test through the middle of its box: padding
 * counts, what an ancestor hiding its overflow cuts off, another target
 * laid over it or a fixed line across the window does not. An input's
 * target includes its label (tapping either works). A link broken over two
 * lines counts by its larger piece.
 *
 * "In a sentence" (the exception), decided here and nowhere else. The
 * target flows inline (an inline-block, flex item or block is a box the
 * page sized, not a word of a line) and its own text has a letter or digit
 * (an arrow "↓" appended to a line is a control beside the sentence, not a
 * word of it). Its phrase is the text and links of its block between list
 * separators (· › | •) or nested boxes. A reference the documents' own
 * text makes (a.ref, dotted) is in the source's sentence when its phrase
 * has a word besides links: "Căn cứ <Nghị định 55/2025/NĐ-CP> của Chính
 * phủ …", "Như <Điều 6>;", "Theo đề nghị … tại <Tờ trình số 79/…>; <Văn
 * bản số 3880/…> của Sở Nội vụ; …" — citations may outweigh the words
 * around them; "- <Phòng Quản lý …>: <Phòng QLCN&CN>" is a glossary line,
 * not a sentence. A link on a line of the site's own is in a sentence when
 * its phrase has as many words outside links as in them: "(xem tại chỗ)"
 * after a note, "… theo thứ tự của <Điều 2>; số văn bản …" are; a
 * breadcrumb, a list item that is a link, links joined by commas or "·"
 * ("… · <các tỉnh khác>"), "Đối chiếu: <điểm a khoản 1 Điều 2> Thông tư
 * 10/2025/TT-BKHCN", "<khoản 1 Điều 2> ↔ mô hình: <khoản 1 Điều 2>
 * <(các tỉnh)>" and a heading that is a link are not.
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

/** Every target on the page under 24 px either way, outside sentences; and how many targets are in a sentence. */
export function smallTargets(page: Page): Promise<{ small: SmallTarget[]; inSentence: number }> {
  // The helpers are methods of one object: tsx compiles named inner functions with a `__name(…)` call that does
  // not exist in the page, and methods it leaves alone.
  return page.evaluate(async (min) => {
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
        // The phrase the target is in: its block's text and targets, cut at list separators and nested boxes.
        let [text, linked] = ['', ''];
        let mine = false;
        for (const run of h.runs(block)) {
          if (run === el) mine = true;
          if (typeof run !== 'string') {
            linked += run.textContent ?? '';
            continue;
          }
          const parts = run === BOX ? ['', ''] : run.split(SEPARATOR);
          text += parts[0];
          if (parts.length > 1) {
            if (mine) break;
            [text, linked] = [parts[parts.length - 1], ''];
          }
        }
        // A reference the documents' own text makes (a.ref) stands in the source's sentence when the phrase has a word
        // besides links ("Như Điều 6;"); a line of the site's own, when it has as many words outside its links as in
        // them (axe-core's test for a link in a block of text compares characters, over the whole block).
        return el.matches('a.ref') ? h.words(text) > 0 : h.words(text) >= h.words(linked);
      },
      /** The target's boxes: its own and its labels'. */
      parts(el: Element): Element[] { return [el, ...((el as HTMLInputElement).labels ?? [])]; },
      /** Its largest box, or null when it has gone (the where-line's links change as the page scrolls). */
      largest(el: Element): DOMRect | null {
        const rects = h.parts(el).flatMap((p) => [...p.getClientRects()]);
        return rects.length ? rects.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a)) : null;
      },
      /**
       * What a tap reaches of `el`, in view, across and down through the middle of its largest box: the points where
       * the browser's hit test finds it (or its label) — not an ancestor that hides its overflow, not another box
       * laid over it. A box at least `min` px each way passes at once when the points `min`/4 and `min`/2 out from its
       * middle hit; else its size is the span of the points 1 px apart that hit, out from the middle. Null when it has gone.
       */
      reach(el: Element): [number, number] | null {
        const parts = h.parts(el);
        const r = h.largest(el);
        if (!r) return null;
        const [cx, cy] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        const reach = [min / 4, min / 2 - 0.5].flatMap((d) => [d, -d]);
        const passes = r.width >= min && r.height >= min && h.hit(parts, cx, cy)
          && reach.every((d) => h.hit(parts, cx + d, cy) && h.hit(parts, cx, cy + d));
        if (passes) return [r.width, r.height];
        if (!h.hit(parts, cx, cy)) return [0, 0];
        return [h.run(r.width, (d) => h.hit(parts, cx + d, cy)), h.run(r.height, (d) => h.hit(parts, cx, cy + d))];
      },
      /** Wholly in view of the boxes around it that scroll (a wide table's), if any. */
      inScrollView(el: Element, r: DOMRect): boolean {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const { overflowX, overflowY } = getComputedStyle(a);
          if (!/auto|scroll/.test(overflowX + overflowY)) continue;
          const box = a.getBoundingClientRect();
          if (r.top < box.top || r.bottom > box.top + a.clientHeight || r.left < box.left || r.right > box.left + a.clientWidth) return false;
        }
        return true;
      },
      /** In a line fixed to the window (the where-line): measured where it is, before the page moves. */
      fixed(el: Element): boolean {
        for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).position === 'fixed') return true;
        return false;
      },
      /** Two frames: what the page does on scrolling (the where-line, after a frame) is done. */
      frames(): Promise<void> { return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))); },
      hit(parts: Element[], x: number, y: number): boolean {
        const e = document.elementFromPoint(x, y);
        return !!e && parts.some((p) => p.contains(e));
      },
      /** The points that hit, 1 px apart out from the middle (`at(d)`, d px away) to the box's edges: their span. */
      run(size: number, at: (d: number) => boolean): number {
        let [lo, hi] = [0, 0];
        // A pixel past the box: the browser hit-tests a box drawn on whole pixels.
        while (lo < size / 2 + 0.5 && at(-(lo + 0.5))) lo += 1;
        while (hi < size / 2 + 0.5 && at(hi + 0.5)) hi += 1;
        return lo + hi;
      },
      words(t: string): number { return t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0; },
      name(e: Element): string {
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        return e.tagName.toLowerCase() + cls;
      },
    };
    // With a modal dialog open, the page behind it takes no tap; the dialog's own box scrolls.
    const modal = document.querySelector('dialog:modal');
    const shown = [...(modal ?? document).querySelectorAll(SELECTOR)].filter((el) => {
      if (el.parentElement?.closest(SELECTOR) || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      const r = el.getBoundingClientRect();
      // Off the page (a skip link until focused) or a 1-px hidden one.
      return r.right + scrollX > 0 && r.bottom + scrollY > 0 && (r.width > 1 || r.height > 1);
    });
    const targets = shown.filter((el) => !h.inSentence(el));
    // Each target is measured where a reader would tap it: in the middle half of the window (or at the top or the
    // foot of the page), the window moving half a screen at a time. What is fixed to the window is not there.
    const reached = new Map<Element, [number, number] | null>();
    for (const el of targets.filter((t) => !modal && h.fixed(t))) reached.set(el, h.reach(el));
    const [x0, y0, view] = [scrollX, scrollY, innerHeight];
    const last = modal ? -1 : document.documentElement.scrollHeight - view;
    scrollTo(0, 0);
    // Back at the top, the where-line goes away.
    await h.frames();
    for (let y = 0; last >= 0; y = Math.min(last, y + view / 2)) {
      scrollTo(0, y);
      const top = scrollY <= 0 ? 0 : view / 4;
      const bottom = scrollY >= last - 1 ? view : (view * 3) / 4;
      for (const el of targets) {
        const r = reached.has(el) ? null : h.largest(el);
        if (r && r.top >= top && r.bottom <= bottom && r.left >= 0 && r.right <= innerWidth && h.inScrollView(el, r)) reached.set(el, h.reach(el));
      }
      if (y >= last) break;
    }
    // The rest (in a box that scrolls, the dialog's included, or taller than half the window): each brought to the middle.
    for (const el of targets.filter((t) => !reached.has(t))) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      reached.set(el, h.reach(el));
    }
    scrollTo(x0, y0);
    const small: SmallTarget[] = [];
    for (const [el, size] of reached) {
      if (!size || (size[0] >= min && size[1] >= min)) continue;
      const [width, height] = size;
      const path: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && path.length < 3; e = e.parentElement) path.unshift(h.name(e));
      // The region it is in (breadcrumbs, table of contents, a table, the search dialog), when the three levels do not say.
      const region = el.closest('nav,dialog,table,form,header,footer,section[class],details[class]');
      if (region && !path.some((p) => p.startsWith(region.tagName.toLowerCase()))) path.unshift(`${h.name(region)} …`);
      const text = (el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
      small.push({ kind: path.join(' > '), text: text.slice(0, 40), width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10 });
    }
    return { small, inSentence: shown.length - targets.length };
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
