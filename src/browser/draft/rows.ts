/**
 * The duty rows of the page (li.duty, written by the page with the model's
 * text and link): under each, the proposal with its reason and a
 * visible mark when it is weaker, a checkbox per office ("chưa giao" when
 * none is ticked), and what the draft says — changed from the proposal or
 * not given — with a button back to the proposal. A filter shows all rows,
 * the weaker proposals, the duties not given, those changed, or one office's.
 */
import { differs, isWeak, type Draft, type DutyAssignment } from '../../lib/draft/assignment';
import type { DraftProposal } from '../../lib/draft/propose';
import { closest, el } from '../dom';

export interface RowEvents {
  /** The user ticked or unticked an office of a duty. */
  change(model: string, offices: string[]): void;
  /** The user asked for the proposal back. */
  reset(model: string): void;
}

/** Filter values: every row, weaker proposals not changed, duties given to no office, changed duties, or `o<index>`: one office's. */
type Filter = 'all' | 'weak' | 'none' | 'edited' | `o${number}`;

export class DutyRows {
  private readonly items = new Map<string, HTMLLIElement>();
  private readonly filterBox = document.querySelector<HTMLElement>('.duties .filter')!;
  private readonly select = document.getElementById('dt-loc') as HTMLSelectElement;
  private draft: Draft | null = null;
  private proposals = new Map<string, DraftProposal>();

  constructor(events: RowEvents) {
    for (const li of document.querySelectorAll<HTMLLIElement>('li.duty[data-model]')) this.items.set(li.dataset.model!, li);
    const list = document.querySelector('.duties')!;
    list.addEventListener('change', (e) => {
      const box = closest<HTMLInputElement>(e, 'input[data-office]');
      const li = box?.closest<HTMLLIElement>('li.duty');
      if (!box || !li) return;
      const ticked = [...li.querySelectorAll<HTMLInputElement>('input[data-office]:checked')].map((b) => b.value);
      events.change(li.dataset.model!, ticked);
    });
    list.addEventListener('click', (e) => {
      const button = closest<HTMLButtonElement>(e, 'button.back');
      const li = button?.closest<HTMLLIElement>('li.duty');
      if (!li) return;
      events.reset(li.dataset.model!);
      // The button goes with the change: keep the keyboard in the row.
      li.querySelector<HTMLInputElement>('input[data-office]')?.focus();
    });
    this.select.addEventListener('change', () => this.applyFilter());
  }

  /** Lay out every row for a draft (its offices may have changed) and its proposals. */
  render(draft: Draft, proposals: DraftProposal[]): void {
    this.draft = draft;
    this.proposals = new Map(proposals.map((p) => [p.model, p]));
    draft.assignments.forEach((a, i) => {
      const li = this.items.get(a.model);
      if (!li) return;
      li.querySelector('.assign')?.remove();
      li.append(this.controls(a, i, draft.offices, this.proposals.get(a.model)));
      this.showState(li, a);
    });
    this.filterOptions(draft.offices);
    this.filterBox.hidden = false;
    this.applyFilter();
  }

  /**
   * Update one row after its assignment changed (the checkboxes already show
   * it, unless it went back to the proposal). The filter is not applied
   * again: the row being edited stays where it is until the filter changes.
   */
  update(draft: Draft, assignment: DutyAssignment): void {
    this.draft = draft;
    const li = this.items.get(assignment.model);
    if (!li) return;
    for (const box of li.querySelectorAll<HTMLInputElement>('input[data-office]')) box.checked = assignment.offices.includes(box.value);
    this.showState(li, assignment);
  }

  /** Back to the page as written: no controls, no filter. */
  clear(): void {
    this.draft = null;
    for (const li of this.items.values()) { li.querySelector('.assign')?.remove(); li.hidden = false; li.classList.remove('is-weak'); }
    for (const s of document.querySelectorAll<HTMLElement>('.duties section.clause')) s.hidden = false;
    this.filterBox.hidden = true;
  }

  private controls(a: DutyAssignment, row: number, offices: string[], proposal: DraftProposal | undefined): HTMLElement {
    const box = el('div', null, 'assign');
    const label = this.items.get(a.model)!.querySelector('.dl')!.textContent!.trim();
    const said = el('p', null, 'prop');
    if (proposal && proposal.offices.length > 0) {
      said.append(el('span', 'Đề xuất: ', 'k'), el('strong', proposal.offices.join(', ')));
      if (isWeak(proposal)) said.append(' ', el('span', 'đề xuất yếu', 'weak'));
    } else said.append(el('span', 'Không đề xuất phòng nào.', 'k'));
    if (proposal?.reason) said.append(el('span', proposal.reason, 'why'));
    const set = el('fieldset');
    // Seen: "Giao cho"; heard: "Giao điểm a khoản 1 Điều 2 cho".
    const legend = el('legend', 'Giao');
    legend.append(el('span', ` ${label}`, 'vh'), ' cho');
    set.append(legend);
    offices.forEach((office, i) => {
      const id = `g-${row}-${i}`;
      const input = el('input');
      Object.assign(input, { type: 'checkbox', id, value: office, checked: a.offices.includes(office) });
      input.dataset.office = String(i);
      const l = el('label');
      l.htmlFor = id;
      l.append(input, ` ${office}`);
      set.append(l);
    });
    box.append(said, set, el('p', null, 'state'));
    return box;
  }

  private showState(li: HTMLLIElement, a: DutyAssignment): void {
    const proposal = this.proposals.get(a.model);
    const state = li.querySelector('.state')!;
    const label = li.querySelector('.dl')!.textContent!.trim();
    state.replaceChildren();
    if (a.offices.length === 0) state.append(el('span', 'Chưa giao', 'badge none'));
    if (differs(a.offices, proposal)) {
      const back = el('button', 'Theo đề xuất', 'back');
      back.type = 'button';
      back.append(el('span', ` cho ${label}`, 'vh'));
      state.append(el('span', 'Đã sửa', 'badge edited'), ' ', back);
    }
    li.classList.toggle('is-weak', !!proposal && isWeak(proposal) && !differs(a.offices, proposal));
  }

  private filterOptions(offices: string[]): void {
    const previous = this.select.value;
    const options: Array<[Filter, string]> = [
      ['all', 'tất cả nhiệm vụ'], ['weak', 'đề xuất yếu, chưa sửa'], ['none', 'nhiệm vụ chưa giao'], ['edited', 'nhiệm vụ đã sửa'],
      ...offices.map((o, i): [Filter, string] => [`o${i}`, `nhiệm vụ giao cho ${o}`]),
    ];
    this.select.replaceChildren(...options.map(([value, text]) => Object.assign(el('option', text), { value })));
    this.select.value = options.some(([v]) => v === previous) ? previous : 'all';
  }

  /** Show the rows the filter asks for; a khoản with none shown is hidden; the count is said. */
  private applyFilter(): void {
    if (!this.draft) return;
    const filter = this.select.value as Filter;
    const byModel = new Map(this.draft.assignments.map((a) => [a.model, a]));
    let shown = 0;
    for (const [model, li] of this.items) {
      const a = byModel.get(model);
      const p = this.proposals.get(model);
      const offices = a?.offices ?? [];
      const match = filter === 'all' ? true
        : filter === 'weak' ? !!p && isWeak(p) && !differs(offices, p)
          : filter === 'none' ? offices.length === 0
            : filter === 'edited' ? differs(offices, p)
              : offices.includes(this.draft.offices[Number(filter.slice(1))] ?? '');
      li.hidden = !match;
      if (match) shown++;
    }
    for (const s of document.querySelectorAll<HTMLElement>('.duties section.clause')) s.hidden = !s.querySelector('li.duty:not([hidden])');
    document.getElementById('dt-dem')!.textContent = `${shown} trên ${this.items.size} nhiệm vụ`;
  }
}
