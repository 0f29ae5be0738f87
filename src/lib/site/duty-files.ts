/**
 * Who does each model duty, per province document: one small file per
 * model duty, `data/so-sanh/nhiem-vu/<anchor>.json`, read in the browser by
 * the model's pages (the line "Các tỉnh phân công" under each point,
 * src/browser/duty-lines.ts) and by search (under a model duty's result,
 * src/browser/search/duties.ts), and the per-duty page's "JSON" link. Built
 * from the comparison view model the so-sanh/ pages use (comparison.ts), so
 * pages and search say the same thing; the generator writes the files
 * (content/nhiem-vu/, served under data/so-sanh/nhiem-vu/), each with a
 * gzipped copy (`.pfgz`, inflated in the browser as the search engine is:
 * mirrors may not compress). Pure.
 *
 * The wording of the items, which only the per-duty page's word diffs
 * need, is in a file of its own (`<anchor>.loi-van.json`), loaded when a
 * diff is opened: search loads a duty's file with the first query, and 80
 * provinces' texts would ride along with it. Format: README, "Per-duty
 * files".
 */
import type { Coverage } from '../align/review';
import { clauseHasPoints, dutyKey, type Assignment, type ComparisonSite, type ModelClause, type ModelPoint } from './comparison';

/** Where the files are, from the site root. */
export const DUTY_DATA_DIR = 'data/so-sanh/nhiem-vu';
/** Where the generator writes them, in content/ (src/pages/data/so-sanh/nhiem-vu/ serves them). */
export const DUTY_CONTENT_DIR = 'nhiem-vu';

/** A model unit's duty file name (no extension): its key (comparison.ts). */
export { dutyKey };

/** The duty file of a model unit, site-relative. */
export const dutyDataPath = (key: string) => `${DUTY_DATA_DIR}/${key}.json`;

/** The file of the items' wording for the word diffs, site-relative. */
export const dutyTextsPath = (key: string) => `${DUTY_DATA_DIR}/${key}.loi-van.json`;

/** The per-duty page a URL is (any root: …/so-sanh/nhiem-vu/<anchor>/), as [site root, anchor]; null for another page. */
export function perDutyPage(url: string): [root: string, key: string] | null {
  const m = /^(.*\/)so-sanh\/nhiem-vu\/([^/]+)\/(?:[?#].*)?$/.exec(url);
  return m ? [m[1]!, m[2]!] : null;
}

/** An office as a duty file names it: linked to its page when it has one; in a khoản's file, how many of its điểm it carries. */
export interface DutyOffice { name: string; url: string | null; points?: number }

/** A province item carrying the duty. */
export interface DutyItem {
  /** "khoản 2 Điều 4", without the office. */
  label: string;
  url: string;
  /** Its offices, as indices into the document's `offices`. */
  offices: number[];
  /** `auto`: an automatic proposal nobody reviewed yet. */
  status: Assignment['status'];
  /** `partial`: the item carries only part of the duty ("một phần"); null for a proposal. */
  coverage: Coverage | null;
}

/** One province document's part in the duty: no item (and, for a khoản, no office) means "không thấy phân công". */
export interface DutyDocument { id: string; title: string; url: string; offices: DutyOffice[]; items: DutyItem[] }

export interface DutyFile {
  /** "điểm g khoản 11 Điều 2" */
  label: string;
  /** The model unit. */
  url: string;
  /** The comparison page for it: its per-duty page; a khoản with điểm, its khoản page. */
  page: string;
  /** 1 for a điểm or a khoản without điểm; a khoản's number of điểm. */
  points: number;
  /** The wording file for word diffs (dutyTextsPath); null in a khoản's file. */
  texts: string | null;
  /** Every province document, in the overview's order. */
  documents: DutyDocument[];
}

/** `<anchor>.loi-van.json`: the model's wording and each item's, by the item's URL. */
export interface DutyTexts { model: string; items: Record<string, string> }

function pointFile(site: ComparisonSite, p: ModelPoint): DutyFile {
  return {
    label: p.label, url: p.url, page: p.path, points: 1, texts: dutyTextsPath(p.anchor),
    documents: site.docs.map((d) => {
      const offices: DutyOffice[] = [];
      const at = (o: { name: string; url: string | null }) => {
        const i = offices.findIndex((x) => x.name === o.name);
        return i >= 0 ? i : offices.push({ name: o.name, url: o.url }) - 1;
      };
      const items = (p.cells[d.id] ?? []).map((a): DutyItem => ({ label: a.label, url: a.url, offices: a.offices.map(at), status: a.status, coverage: a.coverage }));
      return { id: d.id, title: d.title, url: d.url, offices, items };
    }),
  };
}

/** A khoản with điểm: each document's offices, with how many of its điểm each carries, most first. */
function clauseFile(site: ComparisonSite, clause: ModelClause): DutyFile {
  return {
    label: clause.label, url: clause.url, page: clause.path, points: clause.points.length, texts: null,
    documents: site.docs.map((d) => {
      const offices = new Map<string, DutyOffice & { points: number }>();
      for (const p of clause.points) {
        for (const o of new Map((p.cells[d.id] ?? []).flatMap((a) => a.offices).map((x) => [x.name, x])).values()) {
          const e = offices.get(o.name) ?? { name: o.name, url: o.url, points: 0 };
          e.points++;
          offices.set(o.name, e);
        }
      }
      return { id: d.id, title: d.title, url: d.url, offices: [...offices.values()].sort((a, b) => b.points - a.points), items: [] };
    }),
  };
}

function textsFile(site: ComparisonSite, p: ModelPoint): DutyTexts {
  return { model: p.text, items: Object.fromEntries(site.docs.flatMap((d) => (p.cells[d.id] ?? []).map((a) => [a.url, a.text]))) };
}

/**
 * Every file, by name under DUTY_DATA_DIR: for each model duty (a điểm, a
 * khoản without điểm) its file and its wording file; for each khoản with
 * điểm, its file.
 */
export function dutyFiles(site: ComparisonSite): Map<string, DutyFile | DutyTexts> {
  const out = new Map<string, DutyFile | DutyTexts>();
  for (const clause of site.clauses) {
    if (clauseHasPoints(clause)) out.set(`${dutyKey(clause.url)}.json`, clauseFile(site, clause));
    for (const p of clause.points) {
      out.set(`${p.anchor}.json`, pointFile(site, p));
      out.set(`${p.anchor}.loi-van.json`, textsFile(site, p));
    }
  }
  return out;
}

/** A document's items grouped by their offices, in order: "Phòng Quản lý chuyên ngành — mục 2.1.8, mục 2.5". */
export function itemsByOffices(doc: DutyDocument): Array<{ offices: DutyOffice[]; items: DutyItem[] }> {
  const groups = new Map<string, { offices: DutyOffice[]; items: DutyItem[] }>();
  for (const item of doc.items) {
    const key = item.offices.join(' ');
    const g = groups.get(key) ?? { offices: item.offices.map((i) => doc.offices[i]!), items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  return [...groups.values()];
}
