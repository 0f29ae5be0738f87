/**
 * Where the reader is. A line fixed at the top of the window names the
 * unit at the top of the view with the units above it ("Điều 2 › khoản 6 ›
 * điểm đ", each a link), once the page's heading has scrolled away — so a
 * deep link (…/dieu-2/#khoan-6-diem-dd) lands with its khoản and Điều in
 * view. Printing from a deep link names the unit at the top of the paper,
 * with the full URL, and keeps its mark (site.css, @media print).
 */
import { citation } from '../lib/citation';
import { ownName } from '../lib/labels';
import { el } from './dom';
import { pageFacts } from './copy-tools';

/** The units the element is in, outermost first: [data-l] ancestors-or-self. */
function unitsOf(e: Element | null): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let n = e?.closest<HTMLElement>('[data-l]'); n; n = n.parentElement?.closest<HTMLElement>('[data-l]')) out.unshift(n);
  return out;
}

/** The unit a URL's fragment names, if it is one. */
function targetUnit(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  return target?.matches('[data-l]') ? target : null;
}

/** The top of the printed page: the URL as opened, and the unit it points to. */
function markForPrint(unit: HTMLElement | null): void {
  const printUrl = document.querySelector('.print-url');
  if (printUrl) printUrl.textContent = location.href;
  const cite = document.querySelector('.print-cite');
  let line = cite?.querySelector('.print-target');
  if (!unit) { line?.remove(); return; }
  if (!line) { line = el('span', null, 'print-target'); cite?.append(line); }
  const facts = pageFacts();
  line.textContent = `Đoạn được chỉ dẫn, đánh dấu ở lề trái: ${facts ? citation(unit.dataset.c ?? unit.dataset.l!, facts) : unit.dataset.l}`;
}

export function initDeepLink(): void {
  markForPrint(targetUnit());
  addEventListener('hashchange', () => markForPrint(targetUnit()));
  const main = document.querySelector<HTMLElement>('main');
  const heading = main?.querySelector('h1');
  if (!main || !heading || !main.querySelector('[data-l]')) return;
  // The page's own unit (an article or office page), whose name the units' labels end with.
  const page = main.querySelector<HTMLElement>('[data-page-unit]')?.dataset.pageUnit ?? '';
  const bar = el('nav', null, 'where');
  bar.setAttribute('aria-label', 'Đang đọc');
  bar.hidden = true;
  const list = el('ol');
  bar.append(list);
  document.body.append(bar);
  let shown: HTMLElement | null = null;

  function show(unit: HTMLElement | null): void {
    if (unit === shown) return;
    shown = unit;
    bar.hidden = !unit;
    if (!unit) return;
    const items: Array<[string, string]> = page ? [[page, '#noi-dung']] : [];
    let parent = page;
    for (const u of unitsOf(unit)) {
      items.push([parent ? ownName(u.dataset.l!, parent) : u.dataset.l!, `#${u.id}`]);
      parent = u.dataset.l!;
    }
    list.replaceChildren(...items.map(([name, href], i) => {
      const a = el('a', name);
      a.href = href;
      if (i === items.length - 1) a.setAttribute('aria-current', 'location');
      const li = el('li');
      li.append(a);
      return li;
    }));
  }

  /**
   * Nothing while the heading is in view; else the unit the URL points to
   * while it is near the top, else the unit at the top of the view, where
   * an anchor lands (html's scroll-padding-top).
   */
  function current(): HTMLElement | null {
    if (heading!.getBoundingClientRect().bottom > 0) return null;
    const target = targetUnit();
    const top = target?.getBoundingClientRect().top ?? -1;
    if (target && top >= 0 && top < innerHeight / 3) return target;
    const r = main!.getBoundingClientRect();
    const y = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 24;
    const hit = document.elementFromPoint(r.left + r.width / 2, y);
    return hit && main!.contains(hit) ? unitsOf(hit).pop() ?? null : null;
  }

  let queued = false;
  const update = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; show(current()); });
  };
  addEventListener('scroll', update, { passive: true });
  addEventListener('hashchange', update);
  update();
}
