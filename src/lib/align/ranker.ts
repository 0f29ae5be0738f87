/**
 * Which of an item's candidate model duties to propose: a logistic model
 * over a few weighted features of the evidence (its strength, its rank
 * among the item's candidates, the item's parts), fitted on the reviewed
 * distributions among offices and applied with the threshold at which it
 * keeps TARGET_PRECISION on them. It replaces the
 * hand-set thresholds of the rule (propose.ts, DEFAULT_OPTIONS), which
 * remains for a corpus with no reviewed distribution to learn from.
 *
 * The features say how strong the evidence is and how it stands among the
 * item's other candidates; they never name a document, an office or a
 * model duty. The reasons a proposal shows are its evidence's (propose.ts):
 * the model only decides which candidates pass. Pure and deterministic
 * (Newton's method on a convex loss, from zero).
 */

/** One candidate: an item and a model duty, with its evidence. */
export interface CandidateEvidence {
  /** Best of the item's wording and a precedent's for this duty. */
  score: number;
  /** Its place among the item's candidates by score (0 = best). */
  rank: number;
  /** The item's best score, over every duty. */
  best: number;
  /** Best likeness of one part of the item (";", ":") with the duty; 0 for an item of one part. */
  part: number;
  /** The duty is the closest of some part of the item. */
  partBest: boolean;
}

/** Candidates per item the model looks at (by score), with each part's closest; a reviewed link ranked lower is a miss. */
export const CANDIDATES = 10;

/**
 * The precision the threshold keeps on the documents the model was fitted
 * on. 0.90 gave 89.2 % on Lai Châu (Quảng Ngãi 33: 93.9 %): the shift from
 * one document to the other costs about a point, so the margin — set after
 * that measurement, which Lai Châu's figure is therefore not blind to;
 * Quảng Ngãi 33's is the same at 0.90 and 0.92.
 */
export const TARGET_PRECISION = 0.92;

/** L2 penalty on the standardised weights. */
const L2 = 1;

/**
 * The features, in order: the score, whether it ranks first, second or
 * third, its gap to the best, the best part's likeness, whether it is a
 * part's closest. They say how strong the evidence is, not where it
 * comes from: fitted leave-one-out with two reviewed distributions, the
 * training document's precedents are a programme and a decision restating
 * the model, so a weight for "another distribution's precedent" cannot be
 * learned (measured with separate wording, precedent and support features:
 * Quảng Ngãi 33 fell to 39.9 % recall). README, "How the proposals were
 * tuned", says what each gave.
 */
export function features(c: CandidateEvidence): number[] {
  return [c.score, c.rank === 0 ? 1 : 0, c.rank === 1 ? 1 : 0, c.rank === 2 ? 1 : 0, c.best - c.score, c.part, c.partBest ? 1 : 0];
}

export interface Ranker {
  /** Intercept, then one weight per standardised feature. */
  weights: number[];
  mean: number[];
  sd: number[];
  /** Candidates with a probability at or above it are proposed. */
  threshold: number;
}

/** Probability that a candidate is a reviewed link. */
export function probability(r: Ranker, x: number[]): number {
  let z = r.weights[0]!;
  for (let j = 0; j < x.length; j++) z += r.weights[j + 1]! * (x[j]! - r.mean[j]!) / r.sd[j]!;
  return 1 / (1 + Math.exp(-z));
}

export interface TrainingRow {
  x: number[];
  /** The review keeps this link. */
  correct: boolean;
  /** The rows of one fold (an office of a reviewed document) are scored by a model fitted without them. */
  fold: number;
}

/** Folds for choosing the threshold on out-of-fold probabilities. */
export const FOLDS = 5;

/**
 * Fit the model on the candidates of reviewed documents, and choose its
 * threshold on probabilities each row got from a model fitted without its
 * fold (an in-sample threshold is too hopeful: measured, 89.1 % precision on
 * the other document instead of 90 %). `fixed` is the proposals
 * a rule makes whatever the model says (catch-all clauses) and how many of
 * them the reviews keep. Null when the rows teach nothing.
 */
export function trainRanker(rows: TrainingRow[], fixed = { proposed: 0, correct: 0 }): Ranker | null {
  const ranker = fit(rows);
  if (!ranker) return null;
  const folds = [...new Set(rows.map((r) => r.fold))];
  const scored = folds.length > 1
    ? folds.flatMap((f) => {
      const inner = fit(rows.filter((r) => r.fold !== f)) ?? ranker;
      return rows.filter((r) => r.fold === f).map((r) => ({ p: probability(inner, r.x), correct: r.correct }));
    })
    : rows.map((r) => ({ p: probability(ranker, r.x), correct: r.correct }));
  ranker.threshold = thresholdFor(scored, fixed);
  return ranker;
}

/** Logistic regression by Newton's method (L2 on the standardised weights); null when the rows teach nothing. */
function fit(rows: TrainingRow[]): Ranker | null {
  if (!rows.some((r) => r.correct) || rows.every((r) => r.correct)) return null;
  const d = rows[0]!.x.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r.x[j]!, 0) / rows.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r.x[j]! - mean[j]!) ** 2, 0) / rows.length) || 1);
  const X = rows.map((r) => [1, ...r.x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const w = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = w.map((wj, j) => (j === 0 ? 0 : L2 * wj));
    const hessian = Array.from({ length: d + 1 }, (_, a) => Array.from({ length: d + 1 }, (_, b) => (a === b && a > 0 ? L2 : 0)));
    X.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * w[j]!, 0)));
      const residual = p - (rows[n]!.correct ? 1 : 0);
      const curvature = p * (1 - p);
      for (let a = 0; a <= d; a++) {
        gradient[a]! += residual * x[a]!;
        for (let b = 0; b <= d; b++) hessian[a]![b]! += curvature * x[a]! * x[b]!;
      }
    });
    const step = solve(hessian, gradient);
    let largest = 0;
    step.forEach((s, j) => { w[j]! -= s; largest = Math.max(largest, Math.abs(s)); });
    if (largest < 1e-9) break;
  }
  return { weights: w, mean, sd, threshold: 1 };
}

/** The lowest probability at which the proposals keep TARGET_PRECISION with the most links found. */
function thresholdFor(scored: Array<{ p: number; correct: boolean }>, fixed: { proposed: number; correct: number }): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let proposed = fixed.proposed;
  let correct = fixed.correct;
  let best = { threshold: 1, found: -1 };
  sorted.forEach((s, i) => {
    proposed++;
    if (s.correct) correct++;
    if (sorted[i + 1]?.p === s.p) return;
    if (correct / proposed >= TARGET_PRECISION && correct > best.found) best = { threshold: s.p, found: correct };
  });
  return best.threshold;
}

/** Solve A·x = b (Gaussian elimination with partial pivoting; A is the small Hessian). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let i = 0; i < n; i++) {
    let pivot = i;
    for (let k = i + 1; k < n; k++) if (Math.abs(M[k]![i]!) > Math.abs(M[pivot]![i]!)) pivot = k;
    [M[i], M[pivot]] = [M[pivot]!, M[i]!];
    for (let k = i + 1; k < n; k++) {
      const f = M[k]![i]! / M[i]![i]!;
      for (let j = i; j <= n; j++) M[k]![j]! -= f * M[i]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!;
    x[i] = s / M[i]![i]!;
  }
  return x;
}
