/**
 * Per-duty pages: a province item's wording against the model's, word by
 * word, computed when its "Khác biệt lời văn" is opened, from the duty's
 * wording file (data/so-sanh/nhiem-vu/<anchor>.loi-van.json,
 * src/lib/site/duty-files.ts) with the same wordDiff the build uses.
 * <del>: only in the model; <ins>: only in the province's text.
 */
import { wordDiff } from '../lib/site/comparison';
import { dutyTextsPath, perDutyPage, type DutyTexts } from '../lib/site/duty-files';
import { el } from './dom';
import { fetchJson } from './fetch-data';
import { once } from './once';

/** The page's wording file, fetched when the first diff is opened. */
const texts = once(() => {
  const [root, key] = perDutyPage(location.href)!;
  return fetchJson<DutyTexts>(new URL(dutyTextsPath(key), root));
});

export function initWordingDiffs(): void {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.diff[data-item]')) {
    d.addEventListener('toggle', () => { if (d.open) void fill(d); });
  }
}

async function fill(d: HTMLDetailsElement): Promise<void> {
  if (d.querySelector('.dw, .hint')) return;
  try {
    const all = await texts();
    const text = all.items[d.dataset.item!];
    if (text === undefined) throw new Error('missing');
    const p = el('p', null, 'dw');
    for (const part of wordDiff(all.model, text)) p.append(part.t === 's' ? part.v : el(part.t === 'd' ? 'del' : 'ins', part.v));
    d.append(p);
  } catch {
    d.append(el('p', 'Không tải được lời văn để so sánh; hãy mở mục tương ứng.', 'hint'));
  }
}
