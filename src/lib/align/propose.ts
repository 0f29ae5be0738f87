/**
 * Automatic alignment proposals: for each province duty, the model duties
 * whose wording is closest. Numbering is not evidence — only the text is.
 */
import { CATCH_ALL_REASON, isCatchAll, modelCatchAll } from './catch-all';
import type { Duty } from './duties';
import type { Coverage } from './review';
import { cosine, tfidf } from './similarity';

export interface Proposal {
  item: string;
  model: string;
  score: number;
  /** Other model duties that came close (within the margin), best first. */
  competitors: Array<{ model: string; score: number }>;
  /** Set when a rule knows it: an office's catch-all clause carries khoản 29 only in part (catch-all.ts). */
  coverage?: Coverage;
  /** Why the proposal was made, in Vietnamese, when the proposer says (shown in the review sheet). */
  reasons?: string[];
}

export interface ProposeOptions {
  /** Minimum score for a proposal. */
  threshold: number;
  /** Also propose runners-up within this distance of the best. */
  margin: number;
  /** At most this many proposals per item. */
  max: number;
}

export const DEFAULT_OPTIONS: ProposeOptions = { threshold: 0.3, margin: 0.05, max: 3 };

/** Text used for matching: the duty's own text, with its field heading when the text is short. */
const matchText = (d: Duty) => (d.text.length < 60 && d.context ? `${d.context} ${d.text}` : d.text);

/** Propose model duties for every item. Pure and deterministic. */
export function propose(model: Duty[], items: Duty[], options: ProposeOptions = DEFAULT_OPTIONS): Proposal[] {
  const vectors = tfidf([...model.map(matchText), ...items.map(matchText)]);
  const modelVectors = vectors.slice(0, model.length);
  const catchAll = modelCatchAll(model);
  const out: Proposal[] = [];
  items.forEach((item, i) => {
    const v = vectors[model.length + i]!;
    const scored = model.map((m, j) => ({ model: m.node, score: cosine(v, modelVectors[j]!) })).sort((a, b) => b.score - a.score || a.model.localeCompare(b.model));
    if (catchAll && isCatchAll(item)) {
      // The catch-all rule, not the wording, decides: khoản 29, in part, and nothing else.
      const score = scored.find((s) => s.model === catchAll.node)!.score;
      out.push({ item: item.node, model: catchAll.node, score: round(score), competitors: [], coverage: 'partial', reasons: [CATCH_ALL_REASON] });
      return;
    }
    const best = scored[0];
    if (!best || best.score < options.threshold) return;
    const chosen = scored.filter((s) => s.score >= options.threshold && s.score >= best.score - options.margin).slice(0, options.max);
    for (const c of chosen) {
      out.push({ item: item.node, model: c.model, score: round(c.score), competitors: scored.filter((s) => s !== c).slice(0, 3).map((s) => ({ model: s.model, score: round(s.score) })) });
    }
  });
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
