/**
 * Reviewed alignments: one hand-curated file per province document
 * (`alignments/<document>.json`), which the generator never writes. Each link
 * between a province item and a model duty is accepted, rejected, or added
 * by hand, says whether a person checked it, and may carry a note.
 */
import { z } from 'zod';
import type { Duty } from './duties';
import type { Proposal } from './propose';

export const reviewSchema = z.strictObject({
  document: z.string(),
  model: z.string(),
  /** How the review was done and by whom. */
  reviewer: z.string(),
  reviewedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  notes: z.array(z.string()).default([]),
  links: z.array(z.strictObject({
    item: z.string(),
    model: z.string(),
    status: z.enum(['accepted', 'rejected', 'added']),
    /** True when a person read both texts and made the call. */
    checked: z.boolean(),
    note: z.string().optional(),
  })),
});

export type Review = z.infer<typeof reviewSchema>;

export interface AlignedLink {
  item: string;
  model: string;
  score: number | null;
  status: 'reviewed' | 'auto';
  note?: string;
}

/**
 * The links the site shows: reviewed links (accepted or added), plus
 * proposals for items the review does not cover, marked "auto". Rejected
 * proposals never show.
 */
export function mergeLinks(proposals: Proposal[], review: Review | null): AlignedLink[] {
  const scoreOf = new Map(proposals.map((p) => [`${p.item} ${p.model}`, p.score]));
  const reviewedItems = new Set(review?.links.map((l) => l.item) ?? []);
  const out: AlignedLink[] = [];
  for (const l of review?.links ?? []) {
    if (l.status === 'rejected') continue;
    out.push({ item: l.item, model: l.model, score: scoreOf.get(`${l.item} ${l.model}`) ?? null, status: 'reviewed', ...(l.note ? { note: l.note } : {}) });
  }
  for (const p of proposals) if (!reviewedItems.has(p.item)) out.push({ item: p.item, model: p.model, score: p.score, status: 'auto' });
  return out;
}

export interface AlignmentReport {
  document: string;
  modelDuties: number;
  assigned: number;
  unassigned: number;
  /** Model duties carried by more than one office. */
  split: number;
  provinceOnly: number;
  precision: number | null;
  recall: number | null;
}

/** Coverage of the model and quality of the automatic proposals against the review. */
export function report(model: Duty[], items: Duty[], proposals: Proposal[], review: Review | null): AlignmentReport {
  const links = mergeLinks(proposals, review);
  const officeOf = new Map(items.map((i) => [i.node, i.office ?? i.node]));
  const officesByModel = new Map<string, Set<string>>();
  for (const l of links) {
    const set = officesByModel.get(l.model) ?? new Set<string>();
    set.add(officeOf.get(l.item) ?? l.item);
    officesByModel.set(l.model, set);
  }
  const assigned = model.filter((m) => officesByModel.has(m.node)).length;
  const linkedItems = new Set(links.map((l) => l.item));
  const quality = review ? proposalQuality(proposals, review) : null;
  return {
    document: items[0]?.document ?? '',
    modelDuties: model.length,
    assigned,
    unassigned: model.length - assigned,
    split: [...officesByModel.values()].filter((s) => s.size > 1).length,
    provinceOnly: items.filter((i) => !linkedItems.has(i.node)).length,
    precision: quality?.precision ?? null,
    recall: quality?.recall ?? null,
  };
}

export interface ProposalQuality {
  proposed: number;
  /** Proposals the review accepted or added. */
  correct: number;
  /** Links the review keeps (accepted or added). */
  reviewed: number;
  precision: number | null;
  recall: number | null;
}

/** Precision and recall of proposals against a review: a proposal is correct when the review keeps the same item–duty link. */
export function proposalQuality(proposals: Proposal[], review: Review): ProposalQuality {
  const truth = new Set(review.links.filter((l) => l.status !== 'rejected').map((l) => `${l.item} ${l.model}`));
  const proposed = new Set(proposals.map((p) => `${p.item} ${p.model}`));
  const correct = [...proposed].filter((k) => truth.has(k)).length;
  return {
    proposed: proposed.size, correct, reviewed: truth.size,
    precision: proposed.size ? correct / proposed.size : null,
    recall: truth.size ? correct / truth.size : null,
  };
}
