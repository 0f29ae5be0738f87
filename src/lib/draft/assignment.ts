/**
 * A user's draft on the page "Dự thảo phân công": their offices and, for
 * every model duty, the offices it is given to — the proposal, unless they
 * changed it. The page keeps it in localStorage and saves it to a .json
 * file; a file (or a stored draft) is read back through `readDraft`, which
 * checks its shape and then its duties and offices against the model,
 * and says in Vietnamese what is wrong. Pure; runs in the browser.
 */
import type { DraftData } from './data';
import type { DraftProposal } from './propose';

/** What the file says it is, so another JSON file is refused by name. */
export const DRAFT_FORMAT = 'khcn-du-thao-phan-cong';
const DRAFT_VERSION = 1;

/** A duty of the draft and the offices it is given to. */
export interface DutyAssignment {
  /** Model node id, e.g. `dieu-2/khoan-6/diem-dd`. */
  model: string;
  /** The offices it is given to; empty: "chưa giao". */
  offices: string[];
  /** The user changed it (otherwise it follows the proposal when the offices change). */
  edited: boolean;
}

/** The draft as stored and saved (the file's format). */
export interface Draft {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  /** The model document (Thông tư 10/2025/TT-BKHCN's id). */
  model: string;
  /** The province as the document names it ("tỉnh Lai Châu"), for its heading; '' leaves blanks. */
  province: string;
  /** The precedent document whose offices the user started from, if any. */
  start: string | null;
  offices: string[];
  /** One per model duty, in the model's order. */
  assignments: DutyAssignment[];
  /** When it was last changed (ISO). */
  savedAt: string;
}

/** A proposal shown with a mark: from no precedent, or from precedents that barely agree. */
const WEAK_CONFIDENCE = 0.3;
export const isWeak = (p: Pick<DraftProposal, 'basis' | 'confidence'>): boolean => p.basis !== 'precedent' || p.confidence <= WEAK_CONFIDENCE;

/** Office names from the page's box: one per line, NFC, spaces tidied, blanks and repeats dropped. */
export function officeList(lines: string): string[] {
  const names = lines.normalize('NFC').split(/\r?\n/u).map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  return [...new Set(names)];
}

/**
 * Renamed offices: when the new list has as many names as the old, a name
 * that disappeared is taken as renamed to the new name at its place, so a
 * corrected typo keeps the choices made for that office.
 */
export function renames(before: string[], after: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (before.length !== after.length) return out;
  before.forEach((name, i) => { if (!after.includes(name) && !before.includes(after[i]!)) out.set(name, after[i]!); });
  return out;
}

/** What the user says besides the offices: the province for the heading, the document they started from, the time. */
export type DraftFacts = Pick<Draft, 'province' | 'start' | 'savedAt'>;

/**
 * The draft for `offices`: every duty the user changed in `previous` keeps
 * its offices (renamed; those no longer listed dropped; if none is left it
 * follows the proposal again), every other duty takes the proposal.
 */
export function draftFor(data: DraftData, offices: string[], proposals: DraftProposal[], previous: Draft | null, facts: DraftFacts): Draft {
  const renamed = renames(previous?.offices ?? [], offices);
  const kept = new Map<string, string[]>();
  for (const a of previous?.assignments ?? []) {
    if (!a.edited) continue;
    const names = [...new Set(a.offices.map((o) => renamed.get(o) ?? o))].filter((o) => offices.includes(o));
    if (names.length > 0 || a.offices.length === 0) kept.set(a.model, names);
  }
  const proposed = new Map(proposals.map((p) => [p.model, p.offices]));
  return {
    format: DRAFT_FORMAT, version: DRAFT_VERSION, model: data.model.document, ...facts, offices,
    assignments: data.duties.map((d) => {
      const own = kept.get(d.model);
      return own ? { model: d.model, offices: own, edited: true } : { model: d.model, offices: proposed.get(d.model) ?? [], edited: false };
    }),
  };
}

/** A saved draft with every duty: the duties it lacks take the proposal. */
export function completeDraft(data: DraftData, saved: Draft, proposals: DraftProposal[]): Draft {
  const have = new Map(saved.assignments.map((a) => [a.model, a]));
  const proposed = new Map(proposals.map((p) => [p.model, p.offices]));
  return { ...saved, assignments: data.duties.map((d) => have.get(d.model) ?? { model: d.model, offices: proposed.get(d.model) ?? [], edited: false }) };
}

/** Whether a duty's offices differ from what was proposed (in any order). */
export function differs(offices: readonly string[], proposal: Pick<DraftProposal, 'offices'> | undefined): boolean {
  const proposed = proposal?.offices ?? [];
  return offices.length !== proposed.length || offices.some((o) => !proposed.includes(o));
}

export interface OfficeLoad {
  office: string;
  /** Duties given to it (alone or with others). */
  duties: number;
  /** Of those, duties it holds on a weaker proposal the user has not confirmed. */
  weak: number;
}

/** Each office's load, in the list's order, and how many duties no office holds. */
export function officeLoads(draft: Draft, proposals: DraftProposal[]): { loads: OfficeLoad[]; unassigned: number } {
  const weak = new Set(proposals.filter(isWeak).map((p) => p.model));
  const loads = draft.offices.map((office) => ({ office, duties: 0, weak: 0 }));
  const byName = new Map(loads.map((l) => [l.office, l]));
  let unassigned = 0;
  for (const a of draft.assignments) {
    if (a.offices.length === 0) unassigned++;
    for (const o of a.offices) {
      const load = byName.get(o);
      if (!load) continue;
      load.duties++;
      if (!a.edited && weak.has(a.model)) load.weak++;
    }
  }
  return { loads, unassigned };
}

export type DraftReading = { draft: Draft; notes: string[] } | { error: string };

/**
 * Read a saved draft (a file's text, or localStorage's): its shape, then its
 * model, duties and offices against `data`. Duties it lacks are left out of
 * `draft.assignments` (draftFor gives them the proposal) and named in
 * `notes`. Never throws.
 */
export function readDraft(json: string, data: DraftData): DraftReading {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return { error: `tệp không phải JSON đọc được (${e instanceof Error ? e.message : String(e)})` };
  }
  const shape = draftShape(value);
  if (typeof shape === 'string') return { error: shape };
  const draft = shape;
  if (draft.model !== data.model.document) return { error: `tệp soạn theo văn bản "${draft.model}", trang này theo ${data.model.title} (${data.model.document})` };
  const labels = new Map(data.duties.map((d) => [d.model, d.label]));
  const seen = new Set<string>();
  for (const a of draft.assignments) {
    const label = labels.get(a.model);
    if (!label) return { error: `nhiệm vụ "${a.model}" không có trong Điều 2 ${data.model.title}` };
    if (seen.has(a.model)) return { error: `${label} được phân công hai lần` };
    seen.add(a.model);
    const stranger = a.offices.find((o) => !draft.offices.includes(o));
    if (stranger) return { error: `${label} giao cho "${stranger}", không có trong danh sách phòng của tệp` };
  }
  const missing = data.duties.filter((d) => !seen.has(d.model));
  const notes = missing.length ? [`tệp thiếu ${missing.length} nhiệm vụ (${missing.slice(0, 3).map((d) => d.label).join(', ')}${missing.length > 3 ? ', …' : ''}): lấy theo đề xuất`] : [];
  const order = new Map(data.duties.map((d, i) => [d.model, i]));
  draft.assignments.sort((a, b) => order.get(a.model)! - order.get(b.model)!);
  return { draft, notes };
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((n) => isText(n) && n.trim() !== '');

/**
 * The value as a Draft, or what is wrong with it, in words a user reads
 * (hand-written: zod/mini would add 16 KB, 40 %, to the page's script for
 * these eight fields).
 */
function draftShape(v: unknown): Draft | string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'nội dung không phải một bản dự thảo (đối tượng JSON)';
  const d = v as Record<string, unknown>;
  if (d.format !== DRAFT_FORMAT) return `tệp không phải bản dự thảo phân công (thiếu dấu hiệu "format": "${DRAFT_FORMAT}")`;
  if (d.version !== DRAFT_VERSION) return `tệp ghi phiên bản ${JSON.stringify(d.version)}, trang này đọc phiên bản ${DRAFT_VERSION}`;
  for (const key of ['model', 'province', 'savedAt'] as const) if (!isText(d[key])) return `trường "${key}" phải là một đoạn chữ`;
  if (d.start !== null && !isText(d.start)) return 'trường "start" phải là một đoạn chữ hoặc null';
  if (!isNames(d.offices) || d.offices.length === 0) return 'danh sách phòng ("offices") phải có ít nhất một tên, mỗi tên là một đoạn chữ không trống';
  if (!Array.isArray(d.assignments)) return 'danh sách phân công ("assignments") phải là một danh sách';
  const bad = d.assignments.findIndex((a: unknown) => {
    const x = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    return !isText(x.model) || !isNames(x.offices) || typeof x.edited !== 'boolean';
  });
  if (bad >= 0) return `phân công thứ ${bad + 1} phải có "model" (mã nhiệm vụ), "offices" (danh sách tên phòng) và "edited" (true hoặc false)`;
  const assignments = (d.assignments as DutyAssignment[]).map((a) => ({ model: a.model, offices: a.offices.map((o) => o.trim()), edited: a.edited }));
  return {
    format: DRAFT_FORMAT, version: DRAFT_VERSION, model: d.model as string, province: d.province as string, start: d.start as string | null,
    offices: (d.offices as string[]).map((o) => o.trim()), assignments, savedAt: d.savedAt as string,
  };
}
