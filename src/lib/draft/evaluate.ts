/**
 * Leave one out: give the drafting aid a reviewed province's office names,
 * hide that document from the precedents, and compare the proposal with
 * its reviewed distribution. Pure.
 */
import type { DraftData } from './data';
import { isWeak } from './assignment';
import { proposeDraft } from './propose';

export interface DraftEvaluation {
  document: string;
  /** Model duties the document gives to at least one office. */
  assigned: number;
  /** Of those, duties whose proposed top office is one the document gives it to. */
  agreeing: number;
  /** Model duties the document gives to no office. */
  unassigned: number;
  /** Of those, duties the proposal also leaves "chưa giao". */
  leftUnassigned: number;
  /** Of the assigned duties, [agreeing, all] among the proposals the page marks weaker, and among the others. */
  weak: [number, number];
  others: [number, number];
}

/** Evaluate the proposal for one precedent document of `data`, learning only from the others (and from none of `alsoExclude`). */
export function evaluateDraft(data: DraftData, document: string, alsoExclude: readonly string[] = []): DraftEvaluation {
  const target = data.precedents.find((p) => p.document === document);
  if (!target) throw new Error(`không có văn bản tiền lệ ${document}`);
  const truth = new Map<string, Set<string>>();
  for (const o of target.offices) for (const d of o.duties) truth.set(d, (truth.get(d) ?? new Set()).add(o.name));
  const proposals = proposeDraft(data, target.offices.map((o) => o.name), { exclude: new Set([document, ...alsoExclude]) });
  let agreeing = 0;
  let leftUnassigned = 0;
  const weak: [number, number] = [0, 0];
  const others: [number, number] = [0, 0];
  for (const p of proposals) {
    const offices = truth.get(p.model);
    if (!offices) {
      if (p.offices.length === 0) leftUnassigned++;
      continue;
    }
    const agrees = !!p.offices[0] && offices.has(p.offices[0]);
    if (agrees) agreeing++;
    const tally = isWeak(p) ? weak : others;
    tally[1]++;
    if (agrees) tally[0]++;
  }
  return { document, assigned: truth.size, agreeing, unassigned: data.duties.length - truth.size, leftUnassigned, weak, others };
}
