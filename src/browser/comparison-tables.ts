/**
 * Comparison pages (so-sanh/). Sortable tables: a button in each column head
 * sorts the rows by that column — the first column by name (Vietnamese
 * order), the others by the cell's "assigned/total" — and pressing again
 * reverses; the head shows the direction (▲ ▼, and aria-sort). The filter
 * form (hidden without JavaScript) shows only the rows of a province or a
 * region (rows carry data-p and data-r). Printing opens every wording diff.
 */
import { foldForMatch } from '../lib/slug';

const collator = new Intl.Collator('vi');

export function initComparisonTables(): void {
  addEventListener('beforeprint', () => { for (const d of document.querySelectorAll('details.diff')) (d as HTMLDetailsElement).open = true; });
  for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) sortable(table);
  const form = document.querySelector<HTMLFormElement>('form.cmp-filter');
  if (form) filter(form);
}

/** "3/4" → 0.75; a cell without a ratio sorts first. */
function ratio(cell: HTMLTableCellElement | undefined): number {
  const m = /(\d+)\/(\d+)/.exec(cell?.textContent ?? '');
  return m ? Number(m[1]) / Number(m[2]) : -1;
}

function sortable(table: HTMLTableElement): void {
  const heads = [...table.tHead!.rows[0]!.cells];
  heads.forEach((th, col) => {
    if (!th.hasAttribute('data-sort')) return;
    const name = th.textContent!.trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.setAttribute('aria-label', col === 0 ? `Sắp xếp theo ${name}` : `Sắp xếp theo khoản ${name}`);
    button.textContent = '↕';
    th.append(button);
    button.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of heads) { h.removeAttribute('aria-sort'); const b = h.querySelector('button.sort'); if (b) b.textContent = '↕'; }
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      button.textContent = asc ? '▲' : '▼';
      const body = table.tBodies[0]!;
      const key = (r: HTMLTableRowElement) => r.cells[col];
      const rows = [...body.rows].sort((a, b) => (col === 0
        ? collator.compare(key(a)!.textContent!.trim(), key(b)!.textContent!.trim())
        : ratio(key(a)) - ratio(key(b))) * (asc ? 1 : -1));
      body.append(...rows);
    });
  });
}

function filter(form: HTMLFormElement): void {
  form.hidden = false;
  const input = form.elements.namedItem('p') as HTMLInputElement;
  const select = form.elements.namedItem('r') as HTMLSelectElement;
  const output = form.elements.namedItem('n') as HTMLOutputElement;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.rows tbody tr[data-r]')];
  const apply = () => {
    const words = foldForMatch(input.value.trim());
    let shown = 0;
    for (const row of rows) {
      const visible = (!select.value || row.dataset.r === select.value) && (!words || foldForMatch(`${row.dataset.p} ${row.cells[0]!.textContent}`).includes(words));
      row.hidden = !visible;
      if (visible) shown++;
    }
    output.value = input.value || select.value ? `${shown} văn bản` : '';
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
}
