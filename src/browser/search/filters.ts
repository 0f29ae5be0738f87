/**
 * The "Lọc kết quả" panel: one <select> per Pagefind filter, built from the
 * index the first time the panel is opened (its chunks are not needed for
 * a search), or at once when the page's URL already chose a filter. Each
 * filter has a short parameter in the search page's URL.
 */
import { collator } from '../../lib/site/paths';
import { el } from '../dom';
import { once } from '../once';
import type { Filters, Pagefind } from './engine';

/** Filter → its name on the page and its parameter in the URL. */
const FILTERS: Record<string, { name: string; param: string }> = {
  document: { name: 'Văn bản', param: 'van-ban' },
  province: { name: 'Tỉnh', param: 'tinh' },
  office: { name: 'Phòng, đơn vị', param: 'phong' },
  kind: { name: 'Loại văn bản', param: 'loai' },
};

export interface FilterPanel {
  /** The filters chosen. */
  chosen(): Filters;
  /** Writes the chosen filters into `params`. */
  write(params: URLSearchParams): void;
  /** Chooses the filters `params` name, building the panel (and opening it) when there are any. */
  read(params: URLSearchParams): void;
  /** The filters chosen, in words ("Tỉnh “Lai Châu”"), or '' — said beside the count, so that a printed page tells them too. */
  describe(): string;
}

export function initFilters(box: HTMLDetailsElement, load: () => Promise<Pagefind>, changed: () => void): FilterPanel {
  const fields = box.querySelector('.fields')!;
  let values: Filters = {};
  box.hidden = false;
  const fillOnce = once(() => {
    fields.textContent = 'Đang tải bộ lọc…';
    return load().then(fill);
  });
  // A failure is said in the panel; opening it again tries again.
  const build = () => fillOnce().catch(() => { fields.textContent = 'Không tải được bộ lọc.'; });
  box.addEventListener('toggle', () => { if (box.open) void build(); });

  async function fill(m: Pagefind): Promise<void> {
    const f = await m.filters();
    fields.textContent = '';
    for (const [k, { name }] of Object.entries(FILTERS)) {
      const options = Object.keys(f[k] ?? {}).sort(collator.compare);
      if (!options.length) continue;
      const label = el('label', name), s = el('select');
      s.name = k;
      s.id = `loc-${k}`;
      label.htmlFor = s.id;
      s.appendChild(el('option', 'Tất cả')).value = '';
      for (const v of options) s.appendChild(el('option', v)).value = v;
      s.value = typeof values[k] === 'string' ? values[k] : '';
      s.addEventListener('change', () => {
        if (s.value) values[k] = s.value;
        else delete values[k];
        changed();
      });
      fields.append(label, s);
    }
  }
  return {
    chosen: () => ({ ...values }),
    describe: () => Object.entries(FILTERS).filter(([k]) => typeof values[k] === 'string').map(([k, { name }]) => `${name} “${values[k]}”`).join(', '),
    write(params) {
      for (const [k, { param }] of Object.entries(FILTERS)) if (typeof values[k] === 'string') params.set(param, values[k]);
    },
    read(params) {
      values = {};
      for (const [k, { param }] of Object.entries(FILTERS)) { const v = params.get(param); if (v) values[k] = v; }
      if (Object.keys(values).length) { box.open = true; void build(); }
    },
  };
}
