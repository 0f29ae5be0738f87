/**
 * Who does a model duty, per province document: the small file a search
 * result of the model's khoản or điểm loads on demand to show, under the
 * duty, each document's office and item (data/nhiem-vu/<key>.json). Built
 * from the comparison view model the so-sanh/ pages use, so search and
 * pages say the same thing. Pure; the indexer writes the files.
 *
 * One file per duty, not per query or in the index fragments: a result
 * pays for the provinces only when it is a model duty, and 80 provinces'
 * assignments never ride along with every fragment.
 */
import { NOT_ASSIGNED, clauseHasPoints, type ComparisonSite, type ModelClause, type ModelPoint, type OfficeRef } from '../site/comparison';

/** Where the duty files are, from the site root. */
export const DUTY_DIR = 'data/nhiem-vu';

/** A link: its text and its site-relative URL (null when the office has no page). */
export type DutyLink = [text: string, url: string | null];

/** Offices and the items by which they carry a duty (or, for a khoản, how many of its điểm). */
export interface DutyShare { offices: DutyLink[]; items: DutyLink[]; points?: number }

/** One province document's part in a duty: none when it gives the duty to no office. */
export interface DutyDocument {
  /** The document's short title, linked to the document. */
  doc: DutyLink;
  shares: DutyShare[];
}

export interface DutyFile {
  /** "điểm g khoản 11 Điều 2" */
  label: string;
  /** How many điểm the duty has (1 for a điểm or a khoản without điểm). */
  points: number;
  /** The comparison page section for the duty. */
  compare: string;
  docs: DutyDocument[];
  /** The words shown where a document assigns the duty to no office. */
  none: string;
}

/** The file name (no extension) of a model unit's duty file: its anchor ("khoan-11-diem-g"). */
export function dutyKey(url: string): string {
  return url.split('#')[1] ?? '';
}

const officeLink = (o: OfficeRef): DutyLink => [o.name, o.url];

function pointFile(site: ComparisonSite, clause: ModelClause, p: ModelPoint): DutyFile {
  return {
    label: p.label, points: 1, compare: `${clause.path}#${p.anchor}`, none: NOT_ASSIGNED,
    docs: site.docs.map((d) => {
      // Items of the same offices together: "Phòng Quản lý chuyên ngành — mục 2.1.8, mục 2.5".
      const shares = new Map<string, DutyShare>();
      for (const a of p.cells[d.id] ?? []) {
        const key = a.offices.map((o) => o.name).join('|');
        const share = shares.get(key) ?? { offices: a.offices.map(officeLink), items: [] };
        share.items.push([a.label, a.url]);
        shares.set(key, share);
      }
      return { doc: [d.title, d.url] as DutyLink, shares: [...shares.values()] };
    }),
  };
}

function clauseFile(site: ComparisonSite, clause: ModelClause): DutyFile {
  return {
    label: clause.label, points: clause.points.length, compare: clause.path, none: NOT_ASSIGNED,
    docs: site.docs.map((d) => {
      const byOffice = new Map<string, { office: OfficeRef; points: number }>();
      for (const p of clause.points) {
        const offices = new Map((p.cells[d.id] ?? []).flatMap((a) => a.offices).map((o) => [o.name, o]));
        for (const o of offices.values()) {
          const e = byOffice.get(o.name) ?? { office: o, points: 0 };
          e.points++;
          byOffice.set(o.name, e);
        }
      }
      const shares = [...byOffice.values()].sort((a, b) => b.points - a.points)
        .map((e): DutyShare => ({ offices: [officeLink(e.office)], items: [], points: e.points }));
      return { doc: [d.title, d.url] as DutyLink, shares };
    }),
  };
}

/** Every duty file of the comparison, by key: each điểm, and each khoản (its điểm summed per office). */
export function dutyFiles(site: ComparisonSite): Map<string, DutyFile> {
  const out = new Map<string, DutyFile>();
  for (const clause of site.clauses) {
    if (clauseHasPoints(clause)) out.set(dutyKey(clause.url), clauseFile(site, clause));
    for (const p of clause.points) out.set(dutyKey(p.url), pointFile(site, clause, p));
  }
  return out;
}
