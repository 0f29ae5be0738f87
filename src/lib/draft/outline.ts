/**
 * What the two exports of a draft say, before any file format: the Word
 * draft's outline (one Điều per office; in it, one khoản per model khoản it
 * holds duties of, in the model's order, with the khoản's own words as its
 * lead; the duties of a khoản with điểm as points lettered anew in
 * Vietnamese order) and the spreadsheet's rows (one per model duty). Every
 * text is the model's, verbatim, with its citation. Pure; word.ts and
 * sheet.ts only lay this out.
 */
import { pointLetter } from '../parse/markers';
import type { Draft } from './assignment';
import { isWeak } from './assignment';
import type { DraftData, DraftDuty } from './data';
import type { DraftProposal } from './propose';

/** A model duty with its citation ("điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN …"), computed by the site's citation rule. */
export interface CitedDuty extends DraftDuty {
  citation: string;
}

/** A duty as it stands in an office's Điều: the model's text, its source, and the other offices it is also given to. */
export interface OutlineDuty {
  text: string;
  citation: string;
  alsoTo: string[];
}

export interface OutlinePoint extends OutlineDuty {
  /** "a", "b", … "đ" … in the draft's own order. */
  letter: string;
}

/** A khoản of an office's Điều: a model khoản without điểm (`duty`), or a model khoản's lead with the points the office holds. */
export interface OutlineClause {
  number: number;
  /** The model khoản's lead ("Về tiêu chuẩn, đo lường, chất lượng"), when its duties are points. */
  lead: string | null;
  duty: OutlineDuty | null;
  points: OutlinePoint[];
}

export interface OutlineArticle {
  number: number;
  office: string;
  clauses: OutlineClause[];
}

export interface DraftOutline {
  /** The province as the document names it ("tỉnh Lai Châu"), '' for blanks. */
  province: string;
  articles: OutlineArticle[];
  /** Duties given to no office, in the model's order. */
  unassigned: Array<CitedDuty>;
  /** How many duties the user changed from the proposal. */
  changed: number;
}

/** Model duties with their citations, in the model's order; a duty without a citation is refused (the page must give them all). */
export function citedDuties(data: DraftData, citations: ReadonlyMap<string, string>): CitedDuty[] {
  return data.duties.map((d) => {
    const citation = citations.get(d.model);
    if (!citation) throw new Error(`thiếu trích dẫn của ${d.label}`);
    return { ...d, citation };
  });
}

/** The Word draft's outline: one Điều per office of the draft, in its order. */
export function draftOutline(draft: Draft, duties: CitedDuty[]): DraftOutline {
  const given = new Map(draft.assignments.map((a) => [a.model, a.offices]));
  const articles = draft.offices.map((office, i) => ({ number: i + 1, office, clauses: officeClauses(office, duties, given) }));
  return {
    province: draft.province, articles, unassigned: duties.filter((d) => (given.get(d.model) ?? []).length === 0),
    changed: draft.assignments.filter((a) => a.edited).length,
  };
}

/** An office's khoản: its duties grouped by model khoản, in the model's order; points lettered a, b, c … within each. */
function officeClauses(office: string, duties: CitedDuty[], given: ReadonlyMap<string, string[]>): OutlineClause[] {
  const clauses: OutlineClause[] = [];
  let current: { clause: string; out: OutlineClause } | null = null;
  for (const d of duties) {
    const offices = given.get(d.model) ?? [];
    if (!offices.includes(office)) continue;
    const duty = { text: d.text, citation: d.citation, alsoTo: offices.filter((o) => o !== office) };
    if (d.model === d.clause) {
      clauses.push({ number: clauses.length + 1, lead: null, duty, points: [] });
      current = null;
      continue;
    }
    if (!current || current.clause !== d.clause) {
      current = { clause: d.clause, out: { number: clauses.length + 1, lead: d.field, duty: null, points: [] } };
      clauses.push(current.out);
    }
    current.out.points.push({ ...duty, letter: pointLetter(current.out.points.length) });
  }
  return clauses;
}

/** One row of the spreadsheet. */
export interface SheetRow {
  n: number;
  citation: string;
  text: string;
  /** The draft's choice; empty: "chưa giao". */
  offices: string[];
  /** What the page proposed, and why. */
  proposed: string[];
  reason: string;
  confidence: number;
  weak: boolean;
  /** The draft differs from the proposal because the user changed it. */
  edited: boolean;
}

/** The spreadsheet's rows: one per model duty, in the model's order. */
export function sheetRows(draft: Draft, duties: CitedDuty[], proposals: DraftProposal[]): SheetRow[] {
  const given = new Map(draft.assignments.map((a) => [a.model, a]));
  const proposed = new Map(proposals.map((p) => [p.model, p]));
  return duties.map((d, i) => {
    const a = given.get(d.model);
    const p = proposed.get(d.model);
    return {
      n: i + 1, citation: d.citation, text: d.text, offices: a?.offices ?? [],
      proposed: p?.offices ?? [], reason: p?.reason ?? '', confidence: p?.confidence ?? 0, weak: p ? isWeak(p) : true, edited: a?.edited ?? false,
    };
  });
}
