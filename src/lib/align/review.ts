/**
 * Reviewed alignments: one hand-curated file per province document
 * (`alignments/<document>.json`). The generator only reads them; they are
 * written by hand or by `npm run align -- --import` (a reviewer's
 * spreadsheet). This schema is the one declaration of their shape.
 *
 * Each link between a province item and a model duty is accepted (an
 * automatic proposal confirmed), rejected (a proposal refused) or added (a
 * pair the proposals missed); accepted and added links say whether the item
 * carries the whole duty or only part of it.
 */
import { z } from 'zod';
import type { Duty } from './duties';
import type { Proposal } from './propose';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');

/**
 * How much of a model duty a province item carries: `full` — every part
 * (vế) of the duty, for the whole field it names, possibly in older wording
 * and possibly with more; `partial` — only some of its parts, or the duty for
 * part of its field only (one office's field of a general khoản, one kind of
 * product), or an office's catch-all clause (README, "Reviewing a comparison").
 */
export const coverageSchema = z.enum(['full', 'partial']);
export type Coverage = z.infer<typeof coverageSchema>;

export const reviewLinkSchema = z.strictObject({
  /** Province item id (`dieu-5/muc-2-1/diem-a`). */
  item: z.string(),
  /** Model duty id (`dieu-2/khoan-17/diem-e`). */
  model: z.string(),
  /** accepted: a proposal confirmed; rejected: a proposal refused (never shown); added: a pair the proposals missed. */
  status: z.enum(['accepted', 'rejected', 'added']),
  /** True when a person read both texts and made the call (false: accepted in bulk on near-identical wording). */
  checked: z.boolean(),
  /** Required on accepted and added links; absent on rejected ones. */
  coverage: coverageSchema.optional(),
  /** Why, where the call was hard or the coverage partial (which part). Vietnamese. */
  note: z.string().optional(),
  /** Who made this link's decision, when not the file's `reviewer` (a legal officer's import, a second reading). */
  reviewedBy: z.string().optional(),
  /** When this link's decision was made (YYYY-MM-DD), when not the file's `reviewedAt`. */
  reviewedAt: isoDate.optional(),
}).refine((l) => (l.status === 'rejected') === (l.coverage === undefined), {
  message: 'coverage ("full" | "partial") là bắt buộc với liên kết accepted/added và không dùng cho liên kết rejected',
  path: ['coverage'],
});

export type ReviewLink = z.infer<typeof reviewLinkSchema>;

export const reviewSchema = z.strictObject({
  /** The province document's id; must match the file name. */
  document: z.string(),
  /** The model document's id. */
  model: z.string(),
  /** Who reviewed the file as a whole, and how; links without `reviewedBy` were decided by them. */
  reviewer: z.string(),
  /** When (YYYY-MM-DD); the date of links without their own `reviewedAt`. */
  reviewedAt: isoDate,
  /** The reviewer's notes on the document as a whole, shown on its comparison page. */
  notes: z.array(z.string()).default([]),
  /**
   * Model duties the reviewer found no office carrying, each with the reason.
   * Absent: the review makes no such claim (a work programme names only some
   * tasks). When present, it must list exactly the duties with no link (tested).
   */
  unassigned: z.array(z.strictObject({ model: z.string(), note: z.string() })).optional(),
  links: z.array(reviewLinkSchema),
});

export type Review = z.infer<typeof reviewSchema>;

/** A link the site shows: reviewed (accepted or added) or an automatic proposal. */
export interface AlignedLink {
  item: string;
  model: string;
  score: number | null;
  status: 'reviewed' | 'auto';
  /** Reviewed links: as recorded. Proposals: only what a rule knows (a catch-all clause is partial), else null. */
  coverage: Coverage | null;
  /** A person read both texts (always false for proposals). */
  checked: boolean;
  note: string | null;
  /** Who decided and when (the link's own, else the file's); null for proposals. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Why a proposal was made, when the proposer says. */
  reasons?: string[];
}

/** The key of an item–model pair. */
export const pairKey = (item: string, model: string) => `${item} ${model}`;

/**
 * The links the site shows: reviewed links (accepted or added), plus
 * proposals for items the review does not cover, marked "auto". Rejected
 * proposals never show.
 */
export function mergeLinks(proposals: Proposal[], review: Review | null): AlignedLink[] {
  const scoreOf = new Map(proposals.map((p) => [pairKey(p.item, p.model), p.score]));
  const reviewedItems = new Set(review?.links.map((l) => l.item) ?? []);
  const out: AlignedLink[] = [];
  for (const l of review?.links ?? []) {
    if (l.status === 'rejected') continue;
    out.push({
      item: l.item, model: l.model, score: scoreOf.get(pairKey(l.item, l.model)) ?? null, status: 'reviewed',
      coverage: l.coverage ?? null, checked: l.checked, note: l.note ?? null,
      reviewedBy: l.reviewedBy ?? review!.reviewer, reviewedAt: l.reviewedAt ?? review!.reviewedAt,
    });
  }
  for (const p of proposals) {
    if (reviewedItems.has(p.item)) continue;
    out.push({
      item: p.item, model: p.model, score: p.score, status: 'auto', coverage: p.coverage ?? null, checked: false, note: null,
      reviewedBy: null, reviewedAt: null, ...(p.reasons?.length ? { reasons: p.reasons } : {}),
    });
  }
  return out;
}

/** Model duties no shown link carries: what the site lists as "không thấy phân công". */
export function unassignedDuties(model: Duty[], links: AlignedLink[]): Duty[] {
  const linked = new Set(links.map((l) => l.model));
  return model.filter((m) => !linked.has(m.node));
}

export interface AlignmentReport {
  document: string;
  modelDuties: number;
  assigned: number;
  /** Assigned duties whose every link is partial. */
  assignedInPart: number;
  unassigned: number;
  /** Model duties carried by more than one office. */
  split: number;
  provinceOnly: number;
  /** Reviewed links (accepted or added) by coverage. */
  fullLinks: number;
  partialLinks: number;
  precision: number | null;
  recall: number | null;
}

/** Coverage of the model and quality of the automatic proposals against the review. */
export function report(model: Duty[], items: Duty[], proposals: Proposal[], review: Review | null): AlignmentReport {
  const links = mergeLinks(proposals, review);
  const officeOf = new Map(items.map((i) => [i.node, i.office ?? i.node]));
  const officesByModel = new Map<string, Set<string>>();
  const wholeByModel = new Set<string>();
  for (const l of links) {
    const set = officesByModel.get(l.model) ?? new Set<string>();
    set.add(officeOf.get(l.item) ?? l.item);
    officesByModel.set(l.model, set);
    if (l.coverage !== 'partial') wholeByModel.add(l.model);
  }
  const assigned = model.filter((m) => officesByModel.has(m.node)).length;
  const linkedItems = new Set(links.map((l) => l.item));
  const quality = review ? proposalQuality(proposals, review) : null;
  const reviewed = links.filter((l) => l.status === 'reviewed');
  return {
    document: items[0]?.document ?? '',
    modelDuties: model.length,
    assigned,
    assignedInPart: assigned - model.filter((m) => wholeByModel.has(m.node)).length,
    unassigned: model.length - assigned,
    split: [...officesByModel.values()].filter((s) => s.size > 1).length,
    provinceOnly: items.filter((i) => !linkedItems.has(i.node)).length,
    fullLinks: reviewed.filter((l) => l.coverage === 'full').length,
    partialLinks: reviewed.filter((l) => l.coverage === 'partial').length,
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
  const truth = new Set(review.links.filter((l) => l.status !== 'rejected').map((l) => pairKey(l.item, l.model)));
  const proposed = new Set(proposals.map((p) => pairKey(p.item, p.model)));
  const correct = [...proposed].filter((k) => truth.has(k)).length;
  return {
    proposed: proposed.size, correct, reviewed: truth.size,
    precision: proposed.size ? correct / proposed.size : null,
    recall: truth.size ? correct / truth.size : null,
  };
}
