/**
 * The model's pages: under each model point, a closed line "Các tỉnh phân
 * công: 3/4 văn bản" (details.cmpx) whose link is the per-duty page. Opened,
 * it lists each province's offices and item, read from the per-duty JSON
 * (data/so-sanh/nhiem-vu/<anchor>.json, the link's page with .json). The
 * lines do not print unless the reader ticks "In kèm phân công của các
 * tỉnh", which loads and opens them all.
 */
import type { DutyJson } from '../lib/site/comparison';
import { linkQualifier } from '../lib/site/words';
import { el } from './dom';

export function initDutyLines(): void {
  const lines = [...document.querySelectorAll<HTMLDetailsElement>('details.cmpx')];
  if (!lines.length) return;
  for (const d of lines) d.addEventListener('toggle', () => { if (d.open) void fill(d); });
  printChoice(lines);
}

/** The per-duty JSON of a per-duty page's URL: …/so-sanh/nhiem-vu/<anchor>/ → …/data/so-sanh/nhiem-vu/<anchor>.json. */
export function dutyJsonUrl(page: string): string {
  return page.replace(/\/so-sanh\/nhiem-vu\/([^/]+)\/$/, '/data/so-sanh/nhiem-vu/$1.json');
}

async function fill(d: HTMLDetailsElement): Promise<void> {
  if (d.dataset.filled) return;
  d.dataset.filled = '1';
  const link = d.querySelector('a')!;
  try {
    const res = await fetch(dutyJsonUrl(link.href));
    if (!res.ok) throw new Error(String(res.status));
    d.insertBefore(list(await res.json() as DutyJson, link.href), link);
  } catch {
    delete d.dataset.filled;
    d.insertBefore(el('p', 'Không tải được danh sách; mở trang từng tỉnh.', 'hint'), link);
  }
}

/** Assigned documents one per line (province document: offices — item), then the ones that do not assign it. */
function list(data: DutyJson, base: string): HTMLElement {
  const ul = el('ul', null, 'cmpx-list');
  // The link is the per-duty page's absolute URL: the site root is what precedes the page's path.
  const root = base.slice(0, base.length - data.duty.page.length);
  const url = (path: string) => root + path;
  const none: string[] = [];
  for (const doc of data.documents) {
    if (!doc.items.length) { none.push(doc.title); continue; }
    const li = el('li');
    li.append(el('strong', doc.title), ': ');
    doc.items.forEach((item, i) => {
      if (i > 0) li.append('; ');
      const a = el('a', item.label);
      a.href = url(item.url);
      li.append(`${item.offices.map((o) => o.name).join(', ')} — `, a, linkQualifier(item));
    });
    ul.append(li);
  }
  if (none.length) ul.append(el('li', `Không thấy phân công: ${none.join(', ')}`, 'none'));
  return ul;
}

/** A visible choice to print the lines (they are left out of print by default). */
function printChoice(lines: HTMLDetailsElement[]): void {
  const label = el('label', null, 'print-cmp');
  const box = el('input');
  box.type = 'checkbox';
  label.append(box, ' In kèm phân công của các tỉnh dưới từng điểm');
  document.querySelector('main h1')?.after(label);
  box.addEventListener('change', () => {
    document.body.classList.toggle('with-cmp', box.checked);
    if (box.checked) for (const d of lines) { d.open = true; void fill(d); }
  });
}
