/**
 * Reading and writing the reviewed alignment files in `alignments/`
 * (hand-curated; the generator only reads them). Written only by
 * `npm run align -- --import`, always through the schema.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewSchema, type Review, type ReviewLink } from '../../src/lib/align/review';
import { describeIssues } from '../../src/lib/metadata';
import type { LegalDocument } from '../../src/lib/model';
import { formatProblem, loadCorpus } from './corpus';

export const reviewPath = (dir: string, id: string) => join(dir, `${id}.json`);

/** Read `alignments/<id>.json`, or null when there is none. Throws a readable message when invalid. */
export function loadReview(dir: string, id: string): Review | null {
  const path = reviewPath(dir, id);
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}:1: tệp đối chiếu không phải JSON hợp lệ: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = reviewSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}:1: tệp đối chiếu không hợp lệ — ${describeIssues(parsed.error).join('; ')}`);
  if (parsed.data.document !== id) throw new Error(`${path}:1: "document" phải là "${id}"`);
  return parsed.data;
}

const LINK_KEYS: Array<keyof ReviewLink> = ['item', 'model', 'status', 'checked', 'coverage', 'note', 'reviewedBy', 'reviewedAt'];

/** Write a review in the files' own layout (fields in schema order, two-space indent), after checking it against the schema. */
export function saveReview(dir: string, review: Review): void {
  const checked = reviewSchema.parse(review);
  const ordered = {
    document: checked.document, model: checked.model, reviewer: checked.reviewer, reviewedAt: checked.reviewedAt, notes: checked.notes,
    ...(checked.unassigned ? { unassigned: checked.unassigned } : {}),
    links: checked.links.map((l) => Object.fromEntries(LINK_KEYS.filter((k) => l[k] !== undefined).map((k) => [k, l[k]]))),
  };
  writeFileSync(reviewPath(dir, checked.document), `${JSON.stringify(ordered, null, 2)}\n`);
}

export interface ReviewedCorpus {
  documents: LegalDocument[];
  model: LegalDocument;
  /** Documents compared with the model. */
  provinces: LegalDocument[];
  /** Each province document's review, or null. */
  reviews: Map<string, Review | null>;
}

/** The corpus with its reviews, for the command-line tools; null (errors printed) when the corpus has errors. */
export function loadReviewedCorpus(seeds = 'seeds', alignments = 'alignments'): ReviewedCorpus | null {
  const { documents, problems } = loadCorpus(seeds);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) console.error(formatProblem(p));
    return null;
  }
  const model = documents.find((d) => d.meta.kind === 'model');
  if (!model) throw new Error(`không có văn bản mô hình (kind: model) trong ${seeds}/`);
  const provinces = documents.filter((d) => d.meta.implements === model.meta.id);
  return { documents, model, provinces, reviews: new Map(provinces.map((d) => [d.meta.id, loadReview(alignments, d.meta.id)])) };
}
