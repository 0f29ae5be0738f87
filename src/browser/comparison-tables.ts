/**
 * Comparison pages (so-sanh/). The matrix: a button in each column head
 * sorts the rows by that column (the cell's data-v: khoản number or
 * coverage ratio); pressing again reverses. Without JS the table stays in
 * khoản order. Printing opens every wording diff, so the paper shows them.
 */
export function initComparisonTables(): void {
  addEventListener('beforeprint', () => { for (const d of document.querySelectorAll('details.diff')) (d as HTMLDetailsElement).open = true; });
  for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) sortable(table);
}

function sortable(table: HTMLTableElement): void {
  const heads = [...table.tHead!.rows[0]!.cells];
  heads.forEach((th, col) => {
    if (!th.hasAttribute('data-sort')) return;
    const button = document.createElement('button');
    button.type = 'button';
    if (col > 0) button.className = 'sort';
    const link = th.querySelector('a');
    button.textContent = col === 0 ? th.textContent : 'sắp xếp';
    button.setAttribute('aria-label', `Sắp xếp theo ${th.textContent!.trim()}`);
    if (col === 0) th.replaceChildren(button);
    else { th.append(' ', button); if (link) link.after(document.createElement('br')); }
    button.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const rows = [...body.rows].sort((a, b) => (Number(a.cells[col]!.dataset.v) - Number(b.cells[col]!.dataset.v)) * (asc ? 1 : -1));
      body.append(...rows);
    });
  });
}
