/**
 * js/duty-lists.js, loaded by the model pages' lines (duty-lines.ts) the
 * first time one is opened: fills each open line "Các tỉnh phân công" with
 * each province's offices and items, read from the duty's file
 * (data/so-sanh/nhiem-vu/<anchor>.json, src/lib/site/duty-files.ts, the file
 * search reads too), and each line opened later.
 */
import { dutyDataPath, perDutyPage, type DutyFile } from '../lib/site/duty-files';
import { el } from './dom';
import { appendShares } from './duty-shares';
import { fetchJson } from './fetch-data';

for (const d of document.querySelectorAll<HTMLDetailsElement>('details.cmpx')) {
  d.addEventListener('toggle', () => { if (d.open) void fill(d); });
  if (d.open) void fill(d);
}

async function fill(d: HTMLDetailsElement): Promise<void> {
  if (d.dataset.filled) return;
  d.dataset.filled = '1';
  const link = d.querySelector('a')!;
  d.querySelector('.hint')?.remove();
  try {
    // The link is the per-duty page: the site root is what precedes its path.
    const [root, key] = perDutyPage(link.href)!;
    const file = await fetchJson<DutyFile>(new URL(dutyDataPath(key), root));
    d.insertBefore(list(file, root), link);
  } catch {
    delete d.dataset.filled;
    d.insertBefore(el('p', 'Không tải được danh sách; mở trang từng tỉnh.', 'hint'), link);
  }
}

/** Assigned documents one per line (province document: offices — items), then the ones that do not assign it. */
function list(file: DutyFile, root: string): HTMLElement {
  const ul = el('ul', null, 'cmpx-list');
  const none: string[] = [];
  for (const doc of file.documents) {
    if (!doc.items.length) { none.push(doc.title); continue; }
    const li = el('li');
    li.append(el('strong', doc.title), ': ');
    appendShares(li, file, doc, root, (o) => o.name);
    ul.append(li);
  }
  if (none.length) ul.append(el('li', `Không thấy phân công: ${none.join(', ')}`, 'none'));
  return ul;
}
