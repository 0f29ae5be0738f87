/**
 * The "Lọc kết quả" panel: one <select> per Pagefind filter, built from the
 * index the first time the panel is opened (its chunks are not needed for
 * a search).
 */
import { el } from '../dom';
import type { Filters, Pagefind } from './engine';

const NAMES: Record<string, string> = { document: 'Văn bản', province: 'Tỉnh', office: 'Phòng, đơn vị', kind: 'Loại văn bản' };

export interface FilterPanel { chosen(): Filters }

export function initFilters(box: HTMLDetailsElement, load: () => Promise<Pagefind>, changed: () => void): FilterPanel {
  const fields = box.querySelector('.fields')!;
  let built = false;
  box.hidden = false;
  box.addEventListener('toggle', () => {
    if (!box.open || built) return;
    built = true;
    fields.textContent = 'Đang tải bộ lọc…';
    load().then(build).catch(() => { built = false; fields.textContent = 'Không tải được bộ lọc.'; });
  });
  async function build(m: Pagefind): Promise<void> {
    const f = await m.filters();
    fields.textContent = '';
    for (const [k, name] of Object.entries(NAMES)) {
      const values = Object.keys(f[k] ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
      if (!values.length) continue;
      const label = el('label', name), s = el('select');
      s.name = k;
      s.id = `loc-${k}`;
      label.htmlFor = s.id;
      s.appendChild(el('option', 'Tất cả')).value = '';
      for (const v of values) s.appendChild(el('option', v)).value = v;
      s.addEventListener('change', changed);
      fields.append(label, s);
    }
  }
  return {
    chosen() {
      const out: Filters = {};
      for (const s of box.querySelectorAll('select')) if (s.value) out[s.name] = s.value;
      return out;
    },
  };
}
