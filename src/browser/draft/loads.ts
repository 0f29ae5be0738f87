/** The table of each office's load (how many duties the draft gives it, how many of them on a weaker proposal not yet changed). */
import { officeLoads, type Draft } from '../../lib/draft/assignment';
import type { DraftProposal } from '../../lib/draft/propose';
import { el } from '../dom';

export function renderLoads(draft: Draft, proposals: DraftProposal[]): void {
  const body = document.querySelector<HTMLTableSectionElement>('#dt-khoi-luong tbody')!;
  const { loads, unassigned } = officeLoads(draft, proposals);
  const most = Math.max(1, ...loads.map((l) => l.duties));
  const row = (name: string, duties: number, weak: string, cls = '') => {
    const tr = el('tr', null, cls);
    const th = el('th', name);
    th.scope = 'row';
    const count = el('td', null, 'count');
    const bar = el('span', null, 'bar');
    bar.setAttribute('aria-hidden', 'true');
    bar.style.width = `${Math.round((duties / most) * 100)}%`;
    count.append(el('span', String(duties), 'num'), bar);
    tr.append(th, count, el('td', weak));
    return tr;
  };
  body.replaceChildren(
    ...loads.map((l) => row(l.office, l.duties, String(l.weak))),
    row('Chưa giao cho phòng nào', unassigned, '—', unassigned ? 'unassigned' : ''),
  );
}
