/**
 * Under a model duty's result: who does it in each province document
 * (data/nhiem-vu/<key>.json, src/lib/search/duties.ts), loaded when the
 * block is first opened — at once for the top results — so that the
 * provinces' assignments are fetched only for the duties a reader sees.
 */
import { DUTY_DIR, type DutyFile, type DutyLink } from '../../lib/search/duties';
import { el } from '../dom';
import { fetchInflated } from './engine';

/** Documents listed before "Xem cả … văn bản". */
const SHOWN = 8;

async function load(url: URL): Promise<DutyFile> {
  // The gzipped copy first (mirrors that do not compress), else the plain file.
  const text = await fetchInflated(url).then((b) => b.text(), async () => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(String(r.status));
    return r.text();
  });
  return JSON.parse(text) as DutyFile;
}

function link([text, url]: DutyLink, root: URL): HTMLElement {
  if (!url) return el('span', text);
  const a = el('a', text);
  a.href = new URL(url, root).href;
  return a;
}

/** One line per document: its offices and items for the duty, or "không thấy phân công". */
function render(file: DutyFile, root: URL): HTMLElement {
  const ul = el('ul', null, 'assign');
  for (const d of file.docs) {
    const li = el('li');
    li.append(link(d.doc, root), ': ');
    if (!d.shares.length) li.append(el('span', file.none, 'none'));
    d.shares.forEach((share, i) => {
      if (i) li.append('; ');
      share.offices.forEach((o, k) => { if (k) li.append(', '); li.append(link(o, root)); });
      share.items.forEach((item, k) => li.append(k ? ', ' : ' — ', link(item, root)));
      if (share.points !== undefined) li.append(` (${share.points}/${file.points} điểm)`);
    });
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
  compare.appendChild(link(['Bảng so sánh chi tiết', file.compare], root));
  ul.appendChild(compare);
  return ul;
}

/** The block under a model duty's result; `open`: loaded and shown at once. */
export function dutyBlock(root: URL, key: string, open: boolean): HTMLDetailsElement {
  const box = el('details', null, 'duty');
  box.appendChild(el('summary', 'Các tỉnh phân công'));
  const body = el('div', 'Đang tải…');
  box.appendChild(body);
  let loaded = false;
  const fill = () => {
    if (loaded) return;
    loaded = true;
    load(new URL(`${DUTY_DIR}/${key}.json`, root))
      .then((f) => body.replaceChildren(render(f, root)))
      .catch(() => { loaded = false; body.textContent = 'Không tải được bảng phân công.'; });
  };
  box.addEventListener('toggle', () => { if (box.open) fill(); });
  box.open = open;
  return box;
}
