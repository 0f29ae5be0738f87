/**
 * The drafting aid: for a Sở's list of offices, a proposed office for every
 * model duty (every điểm of Điều 2 and every khoản without điểm), from what
 * the provinces in the corpus did. Each precedent document votes, for each
 * duty, for the user's office paired with the office it gave the duty to
 * (offices.ts); its vote counts by its weight (a distribution 1, a
 * programme's lead office 0.5) and the pairing's strength. A precedent
 * whose review gave the duty, and most of its khoản, to no office votes
 * "chưa giao" with its weight. A duty with no vote either way is proposed
 * from the rest of its khoản or from the office names, and marked weaker;
 * otherwise left "chưa giao". Pure and deterministic: the page "Dự thảo phân công" runs it in the
 * browser from `data/precedents.json`.
 */
import type { DraftData, DraftDuty, DraftPrecedent } from './data';
import { OfficeSpace, officeProfile, pairOffices, type OfficePairing, type OfficeProfile } from './offices';

export interface DraftProposal {
  /** Model node id. */
  model: string;
  /** Citation label of the model duty. */
  label: string;
  /** Proposed offices (names from the user's list), best first; empty: "chưa giao". */
  offices: string[];
  /** One line in Vietnamese: which provinces gave it to which office, or why there is no precedent. */
  reason: string;
  /** 0–1: agreement of the precedents and strength of the pairings; at most 0.3 when proposed from names alone. */
  confidence: number;
  /**
   * precedent: from the provinces' distributions (no office when they left the duty, and most of its khoản, to no
   * office); area: from the rest of its khoản; names: from office names; none: left "chưa giao" for want of evidence.
   */
  basis: 'precedent' | 'area' | 'names' | 'none';
}

export interface DraftOptions {
  /** Documents not to learn from (e.g. the one being evaluated). */
  exclude?: ReadonlySet<string>;
}

/** Weight of a pairing made only because both offices were left over. */
const LEFTOVER = 0.5;
/** Least fit of an office name with a duty's field to propose it without precedent. */
const NAME_ONLY = 0.2;

/** Propose a distribution of the model duties among the user's offices. */
export function proposeDraft(data: DraftData, officeNames: string[], options: DraftOptions = {}): DraftProposal[] {
  const names = [...new Set(officeNames.map((n) => n.normalize('NFC').trim()).filter(Boolean))];
  const precedents = data.precedents.filter((p) => !options.exclude?.has(p.document));
  const space = new OfficeSpace(data, names);
  const clauseOf = new Map(data.duties.map((d) => [d.model, d.clause]));
  const paired = precedents.map((p) => {
    const profiles = p.offices.map((o) => officeProfile(o.name, o.duties, (m) => clauseOf.get(m) ?? m));
    return { precedent: p, profiles, pairs: pairOffices(space, names, p, profiles) };
  });
  const totalWeight = precedents.reduce((s, p) => s + p.weight, 0) || 1;
  const left = precedents.map((precedent) => ({ precedent, notes: leftToNoOffice(precedent, data.duties) }));
  const byPrecedent = data.duties.map((duty) => {
    const assigned = precedentProposal(duty, paired, names, space, totalWeight);
    const unassigned = unassignedProposal(duty, left, totalWeight);
    // The precedents that left the duty to no office outweigh those that gave it to one: "chưa giao".
    return unassigned && (!assigned || unassigned.confidence >= assigned.confidence) ? unassigned : assigned;
  });
  // A duty no precedent gave to an office, nor left to none, goes where the precedents put the rest of its khoản (the office's area), else by office names.
  return data.duties.map((duty, i) => byPrecedent[i] ?? areaProposal(duty, data.duties, byPrecedent) ?? nameProposal(duty, names, space));
}

/**
 * The duties a precedent's review lists as given to no office together
 * with most of their khoản (more than UNASSIGNED_SHARE), with the
 * reviewer's note — the field is carried by no office there (by the Sở's
 * public service units, say). A duty left alone in a khoản the precedent
 * otherwise gave out is more likely an oversight and is not counted.
 * Computed once per precedent, not once per duty.
 */
function leftToNoOffice(p: DraftPrecedent, duties: DraftDuty[]): Map<string, string> {
  const notes = new Map(p.unassigned.map((u) => [u.model, u.note]));
  const kept = new Map<string, string>();
  for (const duty of duties) {
    const note = notes.get(duty.model);
    if (note === undefined) continue;
    const clause = duties.filter((d) => d.clause === duty.clause);
    if (clause.filter((d) => notes.has(d.model)).length / clause.length > UNASSIGNED_SHARE) kept.set(duty.model, note);
  }
  return kept;
}

/**
 * "Chưa giao" from precedent, with the weight of the precedents that left
 * the duty to no office (leftToNoOffice); proposeDraft weighs it against
 * the votes for offices. The reason quotes the reviewer's note.
 */
function unassignedProposal(duty: DraftDuty, left: Array<{ precedent: DraftPrecedent; notes: Map<string, string> }>, totalWeight: number): DraftProposal | null {
  const said: string[] = [];
  let weight = 0;
  for (const { precedent: p, notes } of left) {
    const note = notes.get(duty.model);
    if (note === undefined) continue;
    said.push(`${p.province ?? p.title} không giao cho phòng nào — "${note.replace(/[.;:]$/u, '')}"`);
    weight += p.weight;
  }
  if (said.length === 0) return null;
  return { model: duty.model, label: duty.label, offices: [], reason: `${said.join('; ')}; đề xuất để "chưa giao".`, confidence: round(Math.min(1, weight / totalWeight)), basis: 'precedent' };
}

/** Share of its khoản a precedent must have left to no office for a duty it left so to stay "chưa giao". */
const UNASSIGNED_SHARE = 0.5;

type Paired = Array<{ precedent: DraftPrecedent; profiles: OfficeProfile[]; pairs: Map<string, OfficePairing> }>;

/** The user's offices paired with the offices the precedents gave the duty to; null when no precedent gave it to an office. */
function precedentProposal(duty: DraftDuty, paired: Paired, names: string[], space: OfficeSpace, totalWeight: number): DraftProposal | null {
  const votes = new Map<number, number>();
  const said: string[] = [];
  for (const { precedent, profiles, pairs } of paired) {
    const holders = profiles.filter((p) => p.duties.has(duty.model));
    if (holders.length === 0) continue;
    said.push(describe(precedent, holders));
    // A duty split among offices counts most for the office whose area its khoản is (Thanh tra for khoản 25, not every office that reports a complaint).
    const centrality = holders.map((h) => h.area.get(duty.clause) ?? 0);
    const total = centrality.reduce((a, b) => a + b, 0) || 1;
    holders.forEach((h, k) => {
      const pair = pairs.get(h.name);
      if (pair) votes.set(pair.office, (votes.get(pair.office) ?? 0) + (precedent.weight * strength(pair) * centrality[k]!) / total);
    });
  }
  if (votes.size === 0) return null;
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || space.fieldKinship(names[b[0]]!, duty.clause) - space.fieldKinship(names[a[0]]!, duty.clause) || a[0] - b[0]);
  const top = ranked[0]![1];
  return {
    model: duty.model, label: duty.label, offices: ranked.filter(([, v]) => v >= top / 2).map(([i]) => names[i]!),
    reason: said.join('; '), confidence: round(Math.min(1, top / totalWeight)), basis: 'precedent',
  };
}

/** The office proposed for most of the other duties of the same khoản, as a weaker proposal. */
function areaProposal(duty: DraftDuty, duties: DraftDuty[], proposals: Array<DraftProposal | null>): DraftProposal | null {
  const counts = new Map<string, number>();
  duties.forEach((d, i) => {
    const office = proposals[i]?.offices[0];
    if (d.clause === duty.clause && d.model !== duty.model && office) counts.set(office, (counts.get(office) ?? 0) + 1);
  });
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const clause = duty.clause.replace(/^dieu-\d+\/khoan-/u, '');
  return {
    model: duty.model, label: duty.label, offices: [best[0]],
    reason: `Chưa tỉnh nào trong kho giao riêng nhiệm vụ này; đề xuất theo lĩnh vực: ${best[1]} nhiệm vụ khác của khoản ${clause} được đề xuất cho phòng này — tham khảo yếu hơn.`,
    confidence: 0.3, basis: 'area',
  };
}

/** An office whose name names the duty's field, as a weaker proposal; or none ("chưa giao"). */
function nameProposal(duty: DraftDuty, names: string[], space: OfficeSpace): DraftProposal {
  const base = { model: duty.model, label: duty.label };
  const byName = names.map((n, i) => [i, space.fieldKinship(n, duty.clause)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const field = duty.field ? ` (${duty.field.replace(/[:;.]$/u, '')})` : '';
  if (byName && byName[1] >= NAME_ONLY) {
    return { ...base, offices: [names[byName[0]]!], reason: `Chưa tỉnh nào trong kho giao nhiệm vụ này cho một phòng; đề xuất theo tên phòng gần với lĩnh vực${field} — tham khảo yếu hơn.`, confidence: round(Math.min(0.3, byName[1])), basis: 'names' };
  }
  return { ...base, offices: [], reason: `Chưa tỉnh nào trong kho giao nhiệm vụ này cho một phòng, và không tên phòng nào gần với lĩnh vực${field}: để "chưa giao".`, confidence: 0, basis: 'none' };
}

const strength = (p: OfficePairing) => (p.leftover ? LEFTOVER : 0.5 + 0.5 * Math.min(1, p.kinship * 2));

/** "Lai Châu: Phòng Quản lý Tiêu chuẩn đo lường chất lượng" — or, for a programme, "Chương trình công tác … (Quảng Ngãi): Phòng X chủ trì". */
function describe(p: DraftPrecedent, holders: OfficeProfile[]): string {
  const where = p.weight < 1 ? p.title : (p.province ?? p.title);
  return `${where}: ${holders.map((h) => h.name).join(', ')}${p.weight < 1 ? ' chủ trì' : ''}`;
}

const round = (x: number) => Math.round(x * 100) / 100;
