/**
 * Per-duty pages: a province item's wording against the model's, word by
 * word, computed when its "Khác biệt lời văn" is opened, from the per-duty
 * JSON (the model's text and every item's text) with the same wordDiff the
 * build uses. <del>: only in the model; <ins>: only in the province's text.
 */
import { wordDiff, type DutyJson } from '../lib/site/comparison';
import { el } from './dom';
import { dutyJsonUrl } from './duty-lines';

let data: Promise<DutyJson> | null = null;

export function initWordingDiffs(): void {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.diff[data-node]')) {
    d.addEventListener('toggle', () => { if (d.open) void fill(d); });
  }
}

async function fill(d: HTMLDetailsElement): Promise<void> {
  if (d.querySelector('.dw, .hint')) return;
  try {
    data ??= fetch(dutyJsonUrl(location.href.split('#')[0]!)).then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json() as Promise<DutyJson>; });
    const json = await data;
    const item = json.documents.find((x) => x.id === d.dataset.doc)?.items.find((i) => i.node === d.dataset.node);
    if (!item) throw new Error('missing');
    const p = el('p', null, 'dw');
    for (const part of wordDiff(json.duty.text, item.text)) p.append(part.t === 's' ? part.v : el(part.t === 'd' ? 'del' : 'ins', part.v));
    d.append(p);
  } catch {
    data = null;
    d.append(el('p', 'Không tải được lời văn để so sánh; hãy mở mục tương ứng.', 'hint'));
  }
}
