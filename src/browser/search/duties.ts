/**
 * Under a model duty's result: who does it in each province document (the
 * duty's file, data/so-sanh/nhiem-vu/<anchor>.json, src/lib/site/duty-files.ts),
 * loaded when the block is first opened — at once for the top results — so
 * that the provinces' assignments are fetched only for the duties a reader
 * sees.
 */
import { dutyDataPath, type DutyFile } from '../../lib/site/duty-files';
import { el } from '../dom';
import { appendShares, linkTo } from '../duty-shares';
import { fetchJson } from '../fetch-data';
import { once } from '../once';

/** Documents listed before "Xem cả … văn bản". */
const SHOWN = 8;

/** One line per document: its offices and items for the duty (for a khoản, each office's share of its điểm), or "không thấy phân công". */
function render(file: DutyFile, root: URL): HTMLElement {
  const ul = el('ul', null, 'assign');
  for (const d of file.documents) {
    const li = el('li');
    li.append(linkTo(d.title, d.url, root), ': ');
    appendShares(li, file, d, root, (o) => linkTo(o.name, o.url, root));
    ul.appendChild(li);
  }
  // With many provinces, the first lines, then all on request: one duty must not push the other results off the screen.
  const lines = [...ul.children] as HTMLElement[];
  if (lines.length > SHOWN + 1) {
    for (const li of lines.slice(SHOWN)) li.hidden = true;
    const all = el('button', `Xem cả ${lines.length} văn bản`, 'more');
    all.type = 'button';
    all.addEventListener('click', () => {
      for (const li of lines) li.hidden = false;
      all.parentElement!.remove();
      (lines[SHOWN]!.querySelector('a') ?? lines[SHOWN]!).focus();
    });
    ul.appendChild(el('li')).appendChild(all);
  }
  const compare = el('li', null, 'compare');
  compare.appendChild(linkTo('Bảng so sánh chi tiết', file.page, root));
  ul.appendChild(compare);
  return ul;
}

/** The block under a model duty's result; `open`: loaded and shown at once. */
export function dutyBlock(root: URL, key: string, open: boolean): HTMLDetailsElement {
  const box = el('details', null, 'duty');
  box.appendChild(el('summary', 'Các tỉnh phân công'));
  const body = el('div', 'Đang tải…');
  box.appendChild(body);
  const fill = once(() => fetchJson<DutyFile>(new URL(dutyDataPath(key), root)).then((f) => body.replaceChildren(render(f, root))));
  // A failure is said in the block; opening it again tries again.
  box.addEventListener('toggle', () => { if (box.open) fill().catch(() => { body.textContent = 'Không tải được bảng phân công.'; }); });
  box.open = open;
  return box;
}
