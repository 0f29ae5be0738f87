/**
 * Office matching by what offices do, not by exact names. A precedent
 * office's profile is the model duties its province's reviewed links give
 * it — its area is their share by khoản — plus the words of its name. A
 * user's office is known by its name only; it is of the same kind as a
 * precedent office when their names share distinctive words ("Bưu chính",
 * "Viễn thông", "Công nghệ thông tin"), or when its name names the fields
 * the precedent office works in (a "Phòng Tiêu chuẩn đo lường chất lượng"
 * and a "Phòng Quản lý chuyên ngành" whose duties are mostly khoản 11, "Về
 * tiêu chuẩn, đo lường, chất lượng"). Within one precedent document each
 * of its offices is paired with at most one of the user's offices, best
 * pairs first; an office left over is paired with the one left over
 * ("phần còn lại"), which is weaker evidence. Pure; runs in the browser.
 */
import { cosine, tfidf, type Vector } from '../align/similarity';
import type { DraftData, DraftPrecedent } from './data';

export interface OfficeProfile {
  name: string;
  duties: ReadonlySet<string>;
  /** Share of its duties in each khoản. */
  area: ReadonlyMap<string, number>;
}

/** A precedent office's profile from its duties. */
export function officeProfile(name: string, duties: string[], clauseOf: (model: string) => string): OfficeProfile {
  const area = new Map<string, number>();
  for (const d of duties) area.set(clauseOf(d), (area.get(clauseOf(d)) ?? 0) + 1 / duties.length);
  return { name, duties: new Set(duties), area };
}

/** How a user's office was paired with a precedent office. */
export interface OfficePairing {
  /** Index in the user's list. */
  office: number;
  /** 0–1: how alike the two are (names and fields). */
  kinship: number;
  /** True when paired only because both were left over. */
  leftover: boolean;
}

/** Name and field vectors in one TF-IDF space: office names (user's and precedents') and the khoản fields. */
export class OfficeSpace {
  private readonly vectors = new Map<string, Vector>();
  private readonly clauseField = new Map<string, Vector>();

  constructor(data: DraftData, userNames: string[]) {
    const names = [...new Set([...userNames, ...data.precedents.flatMap((p) => p.offices.map((o) => o.name))])];
    // A khoản's field: its heading, or its text when it has no điểm (measured: the whole khoản's text matched names worse).
    const fields = new Map<string, string>();
    for (const d of data.duties) fields.set(d.clause, fields.get(d.clause) ?? (d.field || d.text));
    const clauses = [...fields.keys()];
    const vs = tfidf([...names.map(officeWords), ...clauses.map((c) => fields.get(c)!)]);
    names.forEach((n, i) => this.vectors.set(n, vs[i]!));
    clauses.forEach((c, i) => this.clauseField.set(c, vs[names.length + i]!));
  }

  /** Likeness of two office names (0–1). */
  nameKinship(a: string, b: string): number {
    return cosine(this.vectors.get(a)!, this.vectors.get(b)!);
  }

  /** How well an office name names a khoản's field (0–1). */
  fieldKinship(name: string, clause: string): number {
    const field = this.clauseField.get(clause);
    return field ? cosine(this.vectors.get(name)!, field) : 0;
  }

  /** Kinship of a user's office with a precedent office: the better of name likeness and the name's fit with the precedent office's area. */
  kinship(userName: string, profile: OfficeProfile): number {
    let area = 0;
    for (const [clause, share] of profile.area) area += share * this.fieldKinship(userName, clause);
    return Math.max(this.nameKinship(userName, profile.name), Math.min(1, 2 * area));
  }
}

/** Words of an office name that say what it does: "Phòng" and "Sở" say nothing, "Văn phòng" does. */
function officeWords(name: string): string {
  return name.replace(/^(?:phòng|ban)\s+/iu, '').replace(/\s+(?:thuộc\s+)?sở$/iu, '');
}

/** Pair each office of one precedent document with the user's offices: best pairs first, one precedent office per user office, leftovers last. */
export function pairOffices(space: OfficeSpace, userNames: string[], precedent: DraftPrecedent, profiles: OfficeProfile[]): Map<string, OfficePairing> {
  const candidates = profiles.flatMap((p) => userNames.map((u, office) => ({ precedent: p.name, office, kinship: space.kinship(u, p) })))
    .sort((a, b) => b.kinship - a.kinship || a.office - b.office);
  const pairs = new Map<string, OfficePairing>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (pairs.has(c.precedent) || taken.has(c.office) || c.kinship <= 0) continue;
    pairs.set(c.precedent, { office: c.office, kinship: c.kinship, leftover: false });
    taken.add(c.office);
  }
  const leftUsers = userNames.map((_, i) => i).filter((i) => !taken.has(i));
  const leftPrecedents = precedent.offices.map((o) => o.name).filter((n) => !pairs.has(n));
  if (leftUsers.length === 1 && leftPrecedents.length === 1) pairs.set(leftPrecedents[0]!, { office: leftUsers[0]!, kinship: 0, leftover: true });
  // A precedent office with no kin among the user's offices and no single leftover goes to its best match, if any.
  for (const n of leftPrecedents) {
    if (pairs.has(n)) continue;
    const best = candidates.find((c) => c.precedent === n && c.kinship > 0);
    if (best) pairs.set(n, { office: best.office, kinship: best.kinship, leftover: false });
  }
  return pairs;
}
