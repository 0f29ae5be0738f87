/**
 * Automatic alignment proposals: for each province item, the model duties it
 * most likely carries, each with its reasons in Vietnamese. Numbering is not
 * evidence — only wording and precedent are:
 * - shared wording: the item's text against each model duty (syllable
 *   n-gram TF-IDF, equivalent terms folded, similarity.ts);
 * - precedent: an item worded like another province's reviewed item inherits
 *   that item's model duties (precedents.ts); when the precedent item carries
 *   several duties, each counts in proportion to how close the new item's
 *   own wording is to it, so an item like only one part of a combined
 *   precedent does not inherit the rest at full strength;
 * - parts of an item: an item that lists several tasks (separated by ";" or
 *   ":") also proposes the best duty of each part, when that part alone is
 *   close to it;
 * - the catch-all rule (catch-all.ts).
 * A document is never its own precedent: proposals for a document are the
 * same whether or not its own review exists ("blind"). Pure and deterministic.
 */
import { CATCH_ALL_REASON, isCatchAll, modelCatchAll } from './catch-all';
import type { Duty } from './duties';
import { describePrecedent, type PrecedentDocument, type PrecedentItem } from './precedents';
import type { Coverage } from './review';
import { CosineIndex, tfidf, tokens, type Vector } from './similarity';
import { displayTerm } from './terms';

export interface Proposal {
  item: string;
  model: string;
  score: number;
  /** What the proposal rests on. */
  basis: 'wording' | 'precedent' | 'part' | 'catch-all';
  /** Why, in Vietnamese, one sentence each: shared wording, precedent (province, item, office), the rule applied. */
  reasons: string[];
  /** Other model duties that came close, best first. */
  competitors: Array<{ model: string; score: number }>;
  /** Set when a rule knows it: an office's catch-all clause carries khoản 29 only in part (catch-all.ts). */
  coverage?: Coverage;
}

export interface ProposeOptions {
  /** Minimum score for an item's best proposal resting on a precedent. */
  threshold: number;
  /** Minimum score for an item's best proposal resting on its wording alone. */
  wordingThreshold: number;
  /** Also propose runners-up within this distance of the best. */
  margin: number;
  /** At most this many proposals per item from the whole item. */
  max: number;
  /** Minimum score for the best duty of one part of an item. */
  partThreshold: number;
}

/**
 * Chosen by leave-one-out on the two reviewed distributions (README, "How the
 * proposals were tuned"): the same values for every document.
 */
export const DEFAULT_OPTIONS: ProposeOptions = { threshold: 0.25, wordingThreshold: 0.3, margin: 0.03, max: 3, partThreshold: 0.4 };

/** Text used for matching: the duty's own text, with its field heading when the text is short. */
const matchText = (d: { text: string; context: string }) => (d.text.length < 60 && d.context ? `${d.context} ${d.text}` : d.text);

/** The parts of an item that list several tasks: split at ";", ":" and sentence ends; parts of fewer than 4 words are dropped. */
export function itemParts(text: string): string[] {
  const parts = text.split(/;\s*|:\s+|\.\s+|\n/u).map((s) => s.trim()).filter((s) => s.split(/\s+/u).length >= 4);
  return parts.length > 1 ? parts : [];
}

interface Evidence {
  score: number;
  basis: Proposal['basis'];
  /** The precedent or part that gave the score. */
  precedent?: { doc: PrecedentDocument; item: PrecedentItem; similarity: number };
  part?: { text: string; vector: Vector };
  /** How many precedent items of other documents carry this duty with some likeness (≥ 0.3). */
  supporting: number;
}

/** Propose model duties for every item, using the precedents' reviewed items. */
export function propose(model: Duty[], items: Duty[], precedents: PrecedentDocument[] = [], options: ProposeOptions = DEFAULT_OPTIONS): Proposal[] {
  const precedentItems = precedents.flatMap((doc) => doc.items.filter((i) => i.models.length > 0).map((item) => ({ doc, item })));
  const parts = items.map((i) => itemParts(i.text));
  const vectors = tfidf([...model.map(matchText), ...items.map(matchText), ...precedentItems.map((p) => matchText(p.item)), ...parts.flat()]);
  const modelVectors = vectors.slice(0, model.length);
  const itemVectors = vectors.slice(model.length, model.length + items.length);
  const precedentVectors = vectors.slice(model.length + items.length, model.length + items.length + precedentItems.length);
  let nextPart = model.length + items.length + precedentItems.length;
  const modelIndex = new CosineIndex(model.length, modelVectors);
  // Precedent items worded alike (decisions restating the model, one province's documents repeating each other)
  // have the same vector: index each wording once and read its cosine for every item that has it. Same values.
  const wordings = new Map<string, number>();
  const wordingOf = precedentItems.map((p) => {
    const key = matchText(p.item);
    if (!wordings.has(key)) wordings.set(key, wordings.size);
    return wordings.get(key)!;
  });
  const distinct: Vector[] = [];
  wordingOf.forEach((w, k) => { distinct[w] ??= precedentVectors[k]!; });
  const precedentIndex = new CosineIndex(distinct.length, distinct);
  // Precedents with the same wording and the same duties weigh alike: each such group is read once per
  // item, counting its size where the count matters and naming its first member, as the precedents in
  // order would (the first one reaching a score keeps it).
  const groups = new Map<string, { wording: number; doc: PrecedentDocument; item: PrecedentItem; size: number }>();
  precedentItems.forEach(({ doc, item }, k) => {
    const key = `${wordingOf[k]} ${item.models.join(' ')}`;
    const g = groups.get(key);
    if (g) g.size++;
    else groups.set(key, { wording: wordingOf[k]!, doc, item, size: 1 });
  });
  const modelOf = new Map(model.map((m) => [m.node, m]));
  const catchAll = modelCatchAll(model);

  const out: Proposal[] = [];
  items.forEach((item, i) => {
    if (catchAll && isCatchAll(item)) {
      // The catch-all rule, not the wording, decides: khoản 29, in part, and nothing else.
      out.push({ item: item.node, model: catchAll.node, score: 1, basis: 'catch-all', competitors: [], coverage: 'partial', reasons: [CATCH_ALL_REASON] });
      nextPart += parts[i]!.length;
      return;
    }
    const v = itemVectors[i]!;
    const toModel = modelIndex.cosines(v);
    const wording = new Map(model.map((m, j) => [m.node, toModel[j]!]));
    const evidence = new Map<string, Evidence>([...wording].map(([m, score]) => [m, { score, basis: 'wording', supporting: 0 }]));
    const toPrecedent = precedentIndex.cosines(v);
    for (const { wording: w, doc, item: p, size } of groups.values()) {
      const similarity = toPrecedent[w]!;
      if (similarity === 0) continue;
      const closest = Math.max(...p.models.map((m) => wording.get(m) ?? 0)) || 1;
      for (const m of p.models) {
        const e = evidence.get(m);
        if (!e) continue;
        if (similarity >= 0.3) e.supporting += size;
        // A precedent carrying several duties passes each on in proportion to the item's own likeness to it.
        const score = p.models.length === 1 ? similarity : similarity * (0.5 + 0.5 * (wording.get(m) ?? 0) / closest);
        if (score > e.score) Object.assign(e, { score, basis: 'precedent', precedent: { doc, item: p, similarity } });
      }
    }
    const ranked = [...evidence].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
    const chosen = new Map<string, Evidence>();
    const best = ranked[0]?.[1].score ?? 0;
    if (best >= (ranked[0]?.[1].basis === 'wording' ? options.wordingThreshold : options.threshold)) {
      for (const [m, e] of ranked.slice(0, options.max)) if (e.score >= best - options.margin) chosen.set(m, e);
    }
    for (const text of parts[i]!) {
      const pv = vectors[nextPart++]!;
      const toParts = modelIndex.cosines(pv);
      const [m, score] = model.map((d, j) => [d.node, toParts[j]!] as const).sort((a, b) => b[1] - a[1])[0]!;
      if (score >= options.partThreshold && !chosen.has(m)) chosen.set(m, { score, basis: 'part', part: { text, vector: pv }, supporting: evidence.get(m)!.supporting });
    }
    for (const [m, e] of chosen) {
      out.push({
        item: item.node, model: m, score: round(e.score), basis: e.basis,
        reasons: reasonsFor(modelOf.get(m)!, e, item.text, v),
        competitors: ranked.filter(([x]) => x !== m).slice(0, 3).map(([x, c]) => ({ model: x, score: round(c.score) })),
      });
    }
  });
  return out;
}

const pct = (x: number) => x.toFixed(2).replace('.', ',');

function reasonsFor(duty: Duty, e: Evidence, itemText: string, itemVector: Vector): string[] {
  const reasons: string[] = [];
  if (e.basis === 'precedent' && e.precedent) {
    const { doc, item: p, similarity } = e.precedent;
    reasons.push(`Tiền lệ: ${describePrecedent(doc, p)} được rà soát gắn với ${duty.label}; lời văn hai mục tương đồng ${pct(similarity)}${sharedWords(itemText, p.text, itemVector)}.`);
  } else if (e.basis === 'part' && e.part) {
    reasons.push(`Một vế của mục ("${clip(e.part.text)}") gần với lời văn ${duty.label}: tương đồng ${pct(e.score)}${sharedWords(e.part.text, duty.text, e.part.vector)}.`);
  } else {
    reasons.push(`Lời văn gần với ${duty.label}: tương đồng ${pct(e.score)}${sharedWords(itemText, duty.text, itemVector)}.`);
  }
  const others = e.supporting - (e.basis === 'precedent' ? 1 : 0);
  if (others > 0) reasons.push(`${others} mục đã rà soát khác, lời văn gần, cũng được gắn với ${duty.label}.`);
  return reasons;
}

/**
 * The phrases two texts share that weigh most in their likeness: runs of
 * consecutive tokens found in both, scored by the weight of their words in
 * the first text's vector, six words at most; three runs at most, as ", chung các cụm "…", "…"".
 */
function sharedWords(a: string, b: string, weights: Vector): string {
  const x = tokens(a);
  const y = tokens(b);
  const runs: Array<{ start: number; end: number; score: number }> = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (k < 6 && i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      if (k === 0) continue;
      const score = x.slice(i, i + k).reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
      if (k >= 2 || score > 0.15) runs.push({ start: i, end: i + k, score });
    }
  }
  const picked: typeof runs = [];
  for (const r of runs.sort((p, q) => q.score - p.score)) {
    if (picked.length === 3) break;
    if (picked.some((p) => r.start < p.end && p.start < r.end)) continue;
    picked.push(r);
  }
  const phrases = [...new Set(picked.map((r) => x.slice(r.start, r.end).map(displayTerm).join(' ')))];
  return phrases.length ? `, chung các cụm ${phrases.map((t) => `"${t}"`).join(', ')}` : '';
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
const round = (x: number) => Math.round(x * 1000) / 1000;
