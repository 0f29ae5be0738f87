/**
 * The page "Dự thảo phân công": loads data/precedents.json, proposes a
 * distribution for the offices the user enters (proposeDraft, the same
 * code as `npm run draft`), lets them change it duty by duty, keeps the
 * draft in localStorage after every change, saves and opens it as a file,
 * and exports it (exports.ts). Nothing leaves the browser.
 */
import { completeDraft, draftFor, officeList, readDraft, type Draft } from '../../lib/draft/assignment';
import type { DraftData } from '../../lib/draft/data';
import { proposeDraft, type DraftProposal } from '../../lib/draft/propose';
import { citation, type CitedFacts } from '../../lib/citation';
import { say } from '../dom';
import { exportDocx, exportXlsx } from './exports';
import { renderLoads } from './loads';
import { DutyRows } from './rows';
import { download, draftFile, forget, store, storedText } from './store';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Show `message` in an alert paragraph, or hide it (null). */
function alertIn(id: string, message: string | null): void {
  const p = $(id);
  p.textContent = message ?? '';
  p.hidden = !message;
}

const when = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
};

export async function initDraftPage(): Promise<void> {
  const root = $('dt-du-thao');
  if (!root) return;
  root.hidden = false;
  const status = $('dt-tt-luu');
  status.textContent = 'Đang tải dữ liệu đề xuất…';
  // Until the data is in, the form cannot propose (and must not submit itself).
  const submit = root.querySelector<HTMLButtonElement>('#dt-form-phong button[type=submit]')!;
  submit.disabled = true;
  let data: DraftData;
  try {
    const response = await fetch(new URL(root.dataset.data!, location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await response.json() as DraftData;
  } catch (e) {
    status.textContent = '';
    alertIn('dt-loi-phong', `Không tải được dữ liệu đề xuất (data/precedents.json: ${e instanceof Error ? e.message : String(e)}). Hãy tải lại trang; nếu vẫn lỗi, báo người quản trị trang.`);
    return;
  }
  submit.disabled = false;
  new DraftPage(root, data).start();
}

class DraftPage {
  private draft: Draft | null = null;
  private proposals: DraftProposal[] = [];
  private readonly rows: DutyRows;
  private readonly officesBox = $<HTMLTextAreaElement>('dt-ds-phong');
  private readonly provinceBox = $<HTMLInputElement>('dt-ten-tinh');
  private readonly startSelect = $<HTMLSelectElement>('dt-tu-van-ban');
  /** The model's facts its duties are cited with (the page writes them in data-doc). */
  private readonly facts: CitedFacts;

  constructor(private readonly root: HTMLElement, private readonly data: DraftData) {
    this.facts = JSON.parse(root.dataset.doc!) as CitedFacts;
    this.rows = new DutyRows({
      change: (model, offices) => this.assign(model, offices, true),
      reset: (model) => this.assign(model, this.proposals.find((p) => p.model === model)?.offices ?? [], false),
    });
  }

  start(): void {
    $('dt-chep-ds').addEventListener('click', () => this.copyStart());
    $<HTMLFormElement>('dt-form-phong').addEventListener('submit', (e) => { e.preventDefault(); this.propose(); });
    this.provinceBox.addEventListener('change', () => { if (this.draft) this.keep({ ...this.draft, province: this.provinceBox.value.trim() }); });
    $('dt-luu-tep').addEventListener('click', () => { if (this.draft) download(draftFile(this.draft), 'du-thao-phan-cong.json'); });
    $<HTMLInputElement>('dt-mo-tep').addEventListener('change', (e) => void this.openFile(e.target as HTMLInputElement));
    $('dt-xoa').addEventListener('click', () => this.discard());
    $('dt-tai-docx').addEventListener('click', (e) => void this.export(e.currentTarget as HTMLButtonElement, () => exportDocx(this.root, this.data, this.citations(), this.draft!)));
    $('dt-tai-xlsx').addEventListener('click', (e) => void this.export(e.currentTarget as HTMLButtonElement, () => exportXlsx(this.root, this.data, this.citations(), this.draft!, this.proposals)));
    const stored = storedText();
    const reading = stored ? readDraft(stored, this.data) : null;
    if (reading && 'draft' in reading) {
      this.show(completeDraft(this.data, reading.draft, proposeDraft(this.data, reading.draft.offices)), false);
      say(`Đã mở lại bản dự thảo lưu lúc ${when(reading.draft.savedAt)}.`);
    } else {
      this.status(reading ? `Bản dự thảo lưu trong trình duyệt không đọc được (${reading.error}); hãy nhập lại các phòng.` : 'Nhập các phòng rồi bấm "Đề xuất phân công".');
    }
  }

  private copyStart(): void {
    const option = this.startSelect.selectedOptions[0];
    if (!option?.value) { this.officesBox.focus(); return; }
    this.officesBox.value = option.dataset.offices ?? '';
    this.officesBox.focus();
    say(`Đã chép ${this.officesBox.value.split('\n').length} tên phòng; sửa nếu cần rồi bấm "Đề xuất phân công".`);
  }

  /** Propose for the offices in the box; the duties the user changed keep their offices (renamed or dropped with the list). */
  private propose(): void {
    const offices = officeList(this.officesBox.value);
    if (offices.length === 0) {
      alertIn('dt-loi-phong', 'Hãy nhập ít nhất một tên phòng, mỗi dòng một tên.');
      this.officesBox.focus();
      return;
    }
    alertIn('dt-loi-phong', null);
    const proposals = proposeDraft(this.data, offices);
    const draft = draftFor(this.data, offices, proposals, this.draft, {
      province: this.provinceBox.value.trim(), start: this.startSelect.value || (this.draft?.start ?? null), savedAt: new Date().toISOString(),
    });
    this.show(draft, true, proposals);
    const kept = draft.assignments.filter((a) => a.edited).length;
    say(`Đã đề xuất phân công ${draft.assignments.length} nhiệm vụ cho ${offices.length} phòng${kept ? `; giữ ${kept} phân công đã sửa` : ''}.`);
  }

  /** Lay out a draft and keep it (`save`: it is new or changed). */
  private show(draft: Draft, save: boolean, proposals = proposeDraft(this.data, draft.offices)): void {
    this.proposals = proposals;
    this.officesBox.value = draft.offices.join('\n');
    this.provinceBox.value = draft.province;
    this.startSelect.value = draft.start ?? '';
    this.rows.render(draft, proposals);
    $('dt-ket-qua').hidden = false;
    for (const id of ['dt-luu-tep', 'dt-xoa']) $<HTMLButtonElement>(id).disabled = false;
    if (save) this.keep(draft);
    else this.afterChange(draft);
  }

  private assign(model: string, offices: string[], edited: boolean): void {
    if (!this.draft) return;
    const assignments = this.draft.assignments.map((a) => (a.model === model ? { model, offices, edited } : a));
    this.keep({ ...this.draft, assignments });
    this.rows.update(this.draft, this.draft.assignments.find((a) => a.model === model)!);
  }

  /** Store a changed draft and refresh what depends on it. */
  private keep(draft: Draft): void {
    const stamped = { ...draft, savedAt: new Date().toISOString() };
    const stored = store(stamped);
    this.afterChange(stamped, stored);
  }

  private afterChange(draft: Draft, stored = true): void {
    this.draft = draft;
    renderLoads(draft, this.proposals);
    this.status(stored
      ? `Bản dự thảo được lưu tự động trong trình duyệt này (lần cuối lúc ${when(draft.savedAt)}). Để dùng ở máy khác, hãy lưu ra tệp.`
      : 'Trình duyệt này không cho lưu: bản dự thảo sẽ mất khi đóng trang. Hãy lưu ra tệp.');
  }

  private status(text: string): void {
    $('dt-tt-luu').textContent = text;
  }

  private async openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const reading = readDraft(await file.text(), this.data);
    if ('error' in reading) {
      alertIn('dt-loi-tep', `Không mở được tệp "${file.name}": ${reading.error}. Bản dự thảo đang có không thay đổi.`);
      return;
    }
    alertIn('dt-loi-tep', null);
    this.show(completeDraft(this.data, reading.draft, proposeDraft(this.data, reading.draft.offices)), true);
    say(`Đã mở bản dự thảo từ tệp "${file.name}": ${reading.draft.offices.length} phòng${reading.notes.length ? `; ${reading.notes.join('; ')}` : ''}.`);
  }

  private discard(): void {
    if (!confirm('Xóa bản dự thảo đang lưu trong trình duyệt này? Tệp đã lưu ra máy không bị ảnh hưởng.')) return;
    forget();
    this.draft = null;
    this.proposals = [];
    this.rows.clear();
    $('dt-ket-qua').hidden = true;
    for (const id of ['dt-luu-tep', 'dt-xoa']) $<HTMLButtonElement>(id).disabled = true;
    this.status('Đã xóa bản dự thảo. Nhập các phòng rồi bấm "Đề xuất phân công".');
    say('Đã xóa bản dự thảo.');
  }

  /** Each model duty's citation, by the site's rule from its label and the model's facts. */
  private citations(): Map<string, string> {
    return new Map(this.data.duties.map((d) => [d.model, citation(d.label, this.facts)]));
  }

  /** Run an export with its button busy; a failure is said in the page. */
  private async export(button: HTMLButtonElement, run: () => Promise<string>): Promise<void> {
    if (!this.draft) return;
    const label = button.textContent;
    button.disabled = true;
    button.textContent = 'Đang tạo tệp…';
    alertIn('dt-loi-tai', null);
    try {
      say(`Đã tải về ${await run()}.`);
    } catch (e) {
      alertIn('dt-loi-tai', `Không tạo được tệp: ${e instanceof Error ? e.message : String(e)}. Hãy thử lại; nếu vẫn lỗi, hãy dùng "Lưu bản dự thảo ra tệp" để giữ công việc.`);
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }
}
