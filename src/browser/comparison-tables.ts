/**
 * Comparison pages (so-sanh/). Sortable tables: a button in each column head
 * sorts the rows by that column — the first column by name (Vietnamese
 * order), the others by the cell's "assigned/total" — and pressing again
 * reverses; the head shows the direction (▲ ▼, and aria-sort); where the
 * head is out of view (the heat map on a phone), a list of the columns and a
 * direction button above the table do the same. The filter
 * form (hidden without JavaScript) shows only the rows of a province or a
 * region (rows carry data-p and data-r; on the khoản page, the documents'
 * list and each point's entry for them). Printing opens every wording diff.
 */
import { foldForMatch } from '../lib/slug';
import { collator } from '../lib/site/paths';
import { el } from './dom';

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
  const names = heads.map((th, col) => (col === 0 ? '' : 'khoản ') + th.textContent!.trim());
  const buttons = new Map<number, HTMLButtonElement>();
  const sort = (col: number, asc: boolean) => {
    for (const [c, b] of buttons) { heads[c]!.removeAttribute('aria-sort'); b.textContent = '↕'; }
    heads[col]!.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    buttons.get(col)!.textContent = asc ? '▲' : '▼';
    const body = table.tBodies[0]!;
    const key = (r: HTMLTableRowElement) => r.cells[col];
    const rows = [...body.rows].sort((a, b) => (col === 0
      ? collator.compare(key(a)!.textContent!.trim(), key(b)!.textContent!.trim())
      : ratio(key(a)) - ratio(key(b))) * (asc ? 1 : -1));
    body.append(...rows);
    control.show(col, asc);
  };
  heads.forEach((th, col) => {
    if (!th.hasAttribute('data-sort')) return;
    const button = el('button', '↕', 'sort');
    button.type = 'button';
    button.setAttribute('aria-label', `Sắp xếp theo ${names[col]}`);
    th.append(button);
    buttons.set(col, button);
    button.addEventListener('click', () => sort(col, th.getAttribute('aria-sort') !== 'ascending'));
  });
  const control = sortControl(table, [...buttons.keys()].map((col) => ({ col, name: names[col]! })), sort);
}

/**
 * The same sorting where the head row is out of view (the heat map's cards on
 * a phone, compare.css): a list of the columns, and a button that says the
 * direction and reverses it. Placed before the table; shown at narrow widths only.
 */
function sortControl(table: HTMLTableElement, columns: Array<{ col: number; name: string }>, sort: (col: number, asc: boolean) => void) {
  const select = el('select');
  select.append(new Option('thứ tự ban đầu', ''), ...columns.map((c) => new Option(c.name, String(c.col))));
  select.options[0]!.disabled = true;
  const direction = el('button', '▲ tăng dần');
  direction.type = 'button';
  direction.disabled = true;
  const label = el('label', 'Sắp xếp theo ');
  label.append(select);
  const box = el('p', null, 'sort-phone');
  box.append(label, direction);
  (table.closest('.cmp-wrap') ?? table).before(box);
  select.addEventListener('change', () => sort(Number(select.value), true));
  direction.addEventListener('click', () => sort(Number(select.value), direction.dataset.asc !== 'true'));
  return {
    show(col: number, asc: boolean) {
      select.value = String(col);
      direction.disabled = false;
      direction.dataset.asc = String(asc);
      direction.textContent = asc ? '▲ tăng dần' : '▼ giảm dần';
    },
  };
}

function filter(form: HTMLFormElement): void {
  form.hidden = false;
  const input = form.elements.namedItem('p') as HTMLInputElement;
  const select = form.elements.namedItem('r') as HTMLSelectElement;
  const output = form.elements.namedItem('n') as HTMLOutputElement;
  // A table's rows, or the khoản page's list of documents, whose every point list has one entry per document in the same order.
  const rows = [...document.querySelectorAll<HTMLElement>('table.rows tbody tr[data-r], .kdocs li[data-r]')];
  const lists = [...document.querySelectorAll<HTMLElement>('.kitems')];
  const grid = document.querySelector<HTMLElement>('.kgrid');
  const name = (row: HTMLElement) => (row instanceof HTMLTableRowElement ? row.cells[0]! : row).textContent;
  const apply = () => {
    const words = foldForMatch(input.value.trim());
    let shown = 0;
    rows.forEach((row, i) => {
      const visible = (!select.value || row.dataset.r === select.value) && (!words || foldForMatch(`${row.dataset.p} ${name(row)}`).includes(words));
      row.hidden = !visible;
      for (const list of lists) (list.children[i] as HTMLElement).hidden = !visible;
      if (visible) shown++;
    });
    // The grid flows each list down a column of --rows cells: as many as the documents shown, and the head.
    grid?.style.setProperty('--rows', String(shown + 1));
    output.value = input.value || select.value ? `${shown} văn bản` : '';
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
}
