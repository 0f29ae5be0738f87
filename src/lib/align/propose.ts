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
 *   ":") is also compared part by part;
 * - the catch-all rule (catch-all.ts).
 * Which candidates are proposed is decided by a model fitted on the reviewed
 * distributions (ranker.ts), or, with none to learn from, by fixed thresholds.
 * A document is never its own precedent; `propose`, given the other
 * documents' reviews only, never reads its review at all, not even to fit
 * the ranker: the leave-one-out figures. Pure and deterministic.
 */
import { CATCH_ALL_REASON, isCatchAll, modelCatchAll } from './catch-all';
import type { LegalDocument } from '../model';
import { dutiesOf, type Duty } from './duties';
import { allPrecedents, describePrecedent, type PrecedentDocument, type PrecedentItem } from './precedents';
import { CANDIDATES, features, FOLDS, probability, trainRanker, type Ranker, type TrainingRow } from './ranker';
import type { Coverage, Review } from './review';
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
 * The rule used when no reviewed distribution can train the ranker: chosen by
 * leave-one-out on the two reviewed distributions before the ranker (README,
 * "How the proposals were tuned"): the same values for every document.
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

/** What is known of one item: its evidence for every model duty, ranked, and its parts' closest duties. */
interface Assessment {
  item: Duty;
  vector: Vector;
  evidence: Map<string, Evidence>;
  /** Model duties by score, best first. */
  ranked: Array<[string, Evidence]>;
  /** Each part's closest model duty. */
  parts: Array<{ text: string; vector: Vector; model: string; score: number }>;
  /** Per model duty, its best likeness with one part. */
  partScore: Map<string, number>;
}

/**
 * One TF-IDF space for the model duties, the items of every document to
 * propose for (and of every precedent) and the parts of those items, with
 * an index of the precedents' reviewed items: built once for a corpus, so
 * that proposing for each of N documents costs one pass over the
 * precedents' shared features, not a new space per document (which grew
 * with the square of N). A document's own items are never its precedent.
 */
export class ProposalSpace {
  private readonly vectors = new Map<string, Vector>();
  private readonly modelIndex: CosineIndex;
  private readonly precedentItems: Array<{ doc: PrecedentDocument; item: PrecedentItem; models: number[] }>;
  /** The precedent items grouped by wording and duties carried, indexed by their shared vector. */
  private readonly precedentGroups: PrecedentGroup[];
  private readonly precedentIndex: CosineIndex;
  private readonly catchAll: Duty | undefined;

  constructor(readonly model: Duty[], documents: Duty[][], readonly precedents: PrecedentDocument[] = []) {
    const modelIndexOf = new Map(model.map((m, j) => [m.node, j]));
    this.precedentItems = precedents.flatMap((doc) => doc.items.flatMap((item) => {
      const models = item.models.flatMap((m) => modelIndexOf.get(m) ?? []);
      return models.length ? [{ doc, item, models }] : [];
    }));
    const texts = new Map<string, string>();
    // The precedents' items are in the space too: the ranker is fitted on them.
    for (const item of [...documents.flat(), ...precedents.flatMap((doc) => doc.items.map((i) => precedentDuty(doc, i)))]) {
      texts.set(itemKey(item.document, item.node), matchText(item));
      itemParts(item.text).forEach((part, k) => texts.set(partKey(item.document, item.node, k), part));
    }
    const keys = [...texts.keys()];
    const vs = tfidf([...model.map(matchText), ...texts.values()]);
    keys.forEach((k, i) => this.vectors.set(k, vs[model.length + i]!));
    this.modelIndex = new CosineIndex(model.length, vs.slice(0, model.length));
    this.precedentGroups = groupPrecedents(this.precedentItems);
    this.precedentIndex = new CosineIndex(this.precedentGroups.length, this.precedentGroups.map((g) => this.vectors.get(g.key)!));
    this.catchAll = modelCatchAll(model);
  }

  /**
   * Propose model duties for every item of one of the space's documents,
   * from the precedents of other documents (and none of `exclude`): the
   * candidates the ranker accepts, or, without a ranker, those the rule's
   * thresholds keep.
   */
  propose(items: Duty[], ranker: Ranker | null = null, exclude: ReadonlySet<string> = new Set(), options: ProposeOptions = DEFAULT_OPTIONS): Proposal[] {
    const modelOf = new Map(this.model.map((m) => [m.node, m]));
    const out: Proposal[] = [];
    for (const item of items) {
      if (this.catchAll && isCatchAll(item)) {
        // The catch-all rule, not the wording, decides: khoản 29, in part, and nothing else.
        out.push({ item: item.node, model: this.catchAll.node, score: 1, basis: 'catch-all', competitors: [], coverage: 'partial', reasons: [CATCH_ALL_REASON] });
        continue;
      }
      const a = this.assess(item, exclude);
      const chosen = ranker ? rankerChoice(a, ranker) : ruleChoice(a, options);
      for (const [m, e] of chosen) {
        out.push({
          item: item.node, model: m, score: round(e.score), basis: e.basis,
          reasons: reasonsFor(modelOf.get(m)!, e, item.text, a.vector),
          competitors: a.ranked.filter(([x]) => x !== m).slice(0, 3).map(([x, c]) => ({ model: x, score: round(c.score) })),
        });
      }
    }
    return out;
  }

  /**
   * Fit the ranker on the precedents that are distributions among offices,
   * each document's candidates assessed from the other precedents (and none
   * of `exclude`); null when there is nothing to learn from.
   */
  fitRanker(exclude: ReadonlySet<string> = new Set()): Ranker | null {
    const rows: TrainingRow[] = [];
    const fixed = { proposed: 0, correct: 0 };
    const offices = new Map<string, number>();
    for (const doc of this.precedents) {
      if (doc.kind !== 'distribution' || exclude.has(doc.id)) continue;
      for (const item of doc.items) {
        // Folds for the threshold: the offices of the reviewed documents, dealt round.
        const office = `${doc.id}\u0000${item.office}`;
        if (!offices.has(office)) offices.set(office, offices.size % FOLDS);
        const duty = precedentDuty(doc, item);
        if (this.catchAll && isCatchAll(duty)) {
          fixed.proposed++;
          if (item.models.includes(this.catchAll.node)) fixed.correct++;
          continue;
        }
        for (const c of candidates(this.assess(duty, exclude))) rows.push({ x: c.x, correct: item.models.includes(c.model), fold: offices.get(office)! });
      }
    }
    return rows.length ? trainRanker(rows, fixed) : null;
  }

  /**
   * The ranker's candidates for each item (catch-all clauses left to their
   * rule), with their features and the precedent behind their evidence: what
   * scripts/proposals-experiment.ts extends with other features to measure them.
   */
  candidateRows(items: Duty[], exclude: ReadonlySet<string> = new Set()): Array<{ item: Duty; model: string; x: number[]; precedent: { document: string; office: string | null } | null }> {
    return items.filter((item) => !(this.catchAll && isCatchAll(item))).flatMap((item) => {
      const a = this.assess(item, exclude);
      return candidates(a).map((c) => {
        const p = a.evidence.get(c.model)!.precedent;
        return { item, model: c.model, x: c.x, precedent: p ? { document: p.doc.id, office: p.item.office } : null };
      });
    });
  }

  private vectorOf(key: string): Vector {
    const v = this.vectors.get(key);
    if (!v) throw new Error(`ProposalSpace: ${key} không thuộc các văn bản của không gian`);
    return v;
  }

  private assess(item: Duty, exclude: ReadonlySet<string>): Assessment {
    const vector = this.vectorOf(itemKey(item.document, item.node));
    const evidence = this.evidence(item, vector, exclude);
    const ranked = [...evidence].sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1));
    const partScore = new Map<string, number>();
    const parts = itemParts(item.text).map((text, k) => {
      const pv = this.vectorOf(partKey(item.document, item.node, k));
      const toParts = this.modelIndex.cosines(pv);
      let best = 0;
      this.model.forEach((d, j) => {
        partScore.set(d.node, Math.max(partScore.get(d.node) ?? 0, toParts[j]!));
        if (toParts[j]! > toParts[best]!) best = j;
      });
      return { text, vector: pv, model: this.model[best]!.node, score: toParts[best]! };
    });
    return { item, vector, evidence, ranked, parts, partScore };
  }

  /** Each model duty's evidence for one item: its wording, and the best precedent of another document carrying it. */
  private evidence(item: Duty, v: Vector, exclude: ReadonlySet<string>): Map<string, Evidence> {
    const wording = this.modelIndex.cosines(v);
    // Per model duty (by index): best precedent score, its precedent item and likeness, and supporting items — typed arrays, as a large corpus visits many precedents.
    const n = this.model.length;
    const score = Float64Array.from(wording);
    const from = new Int32Array(n).fill(-1);
    const likeness = new Float64Array(n);
    const supporting = new Int32Array(n);
    const toGroup = this.precedentIndex.cosines(v);
    const own = (doc: string) => doc === item.document || exclude.has(doc);
    for (let g = 0; g < toGroup.length; g++) {
      const similarity = toGroup[g]!;
      // Below PRECEDENT_FLOOR a precedent never reaches a threshold nor counts as support: skipped, so large corpora stay cheap.
      if (similarity < PRECEDENT_FLOOR) continue;
      const { models, members, perDocument } = this.precedentGroups[g]!;
      // The group's members less the item's own document's and the excluded ones' (a few documents, not the group's many).
      let count = members.length - (perDocument.get(item.document) ?? 0);
      for (const doc of exclude) if (doc !== item.document) count -= perDocument.get(doc) ?? 0;
      if (count === 0) continue;
      // Of equal scores the first precedent item in corpus order gives its name, as if each were visited in turn.
      const k = members.find((m) => !own(m.doc))!.k;
      let closest = 0;
      for (const j of models) closest = Math.max(closest, wording[j]!);
      for (const j of models) {
        if (similarity >= 0.3) supporting[j]! += count;
        // A precedent carrying several duties passes each on in proportion to the item's own likeness to it.
        const s = models.length === 1 ? similarity : similarity * (0.5 + 0.5 * wording[j]! / (closest || 1));
        if (s > score[j]! || (s === score[j]! && from[j]! > k)) { score[j] = s; from[j] = k; likeness[j] = similarity; }
      }
    }
    return new Map(this.model.map((m, j) => {
      const p = from[j]! >= 0 ? this.precedentItems[from[j]!]! : null;
      const e: Evidence = p
        ? { score: score[j]!, basis: 'precedent', precedent: { doc: p.doc, item: p.item, similarity: likeness[j]! }, supporting: supporting[j]! }
        : { score: score[j]!, basis: 'wording', supporting: supporting[j]! };
      return [m.node, e];
    }));
  }
}

/** Least likeness for a precedent item to count at all. */
const PRECEDENT_FLOOR = 0.1;

/**
 * Precedent items with the same wording carrying the same model duties:
 * provinces copy the model's and each other's wording, so one likeness is
 * computed for all of them (with 34 provinces' reviews the items repeat
 * many times). `k` is an item's place in the precedents' order.
 */
interface PrecedentGroup {
  /** The vector key of the first member (all members share its wording). */
  key: string;
  models: number[];
  members: Array<{ k: number; doc: string }>;
  /** How many members each document has. */
  perDocument: Map<string, number>;
}

function groupPrecedents(items: Array<{ doc: PrecedentDocument; item: PrecedentItem; models: number[] }>): PrecedentGroup[] {
  const groups = new Map<string, PrecedentGroup>();
  items.forEach(({ doc, item, models }, k) => {
    const id = `${matchText(precedentDuty(doc, item))}\u0000${[...models].sort((a, b) => a - b).join(',')}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key: itemKey(doc.id, item.node), models, members: [], perDocument: new Map() }));
    g.members.push({ k, doc: doc.id });
    g.perDocument.set(doc.id, (g.perDocument.get(doc.id) ?? 0) + 1);
  });
  return [...groups.values()];
}

/** A precedent's item as a duty of its document. */
const precedentDuty = (doc: PrecedentDocument, i: PrecedentItem): Duty =>
  ({ document: doc.id, node: i.node, label: i.label, context: i.context, text: i.text, office: i.office });

const itemKey = (document: string, node: string) => `${document}\u0000${node}`;
const partKey = (document: string, node: string, k: number) => `${document}\u0000${node}\u0000${k}`;

/** The rule: the best duty above its threshold, runners-up within the margin, and each part's closest duty when close enough. */
function ruleChoice(a: Assessment, options: ProposeOptions): Map<string, Evidence> {
  const chosen = new Map<string, Evidence>();
  const [top, topEvidence] = a.ranked[0] ?? [];
  const best = topEvidence?.score ?? 0;
  if (top && best >= (topEvidence!.basis === 'wording' ? options.wordingThreshold : options.threshold)) {
    for (const [m, e] of a.ranked.slice(0, options.max)) if (e.score >= best - options.margin) chosen.set(m, e);
  }
  for (const p of a.parts) {
    if (p.score >= options.partThreshold && !chosen.has(p.model)) chosen.set(p.model, partEvidence(a, p));
  }
  return chosen;
}

/** The item's candidates for the ranker: its best-scored duties and each part's closest, with their features. */
function candidates(a: Assessment): Array<{ model: string; x: number[] }> {
  const best = a.ranked[0]?.[1].score ?? 0;
  const rankOf = new Map(a.ranked.map(([m], i) => [m, i]));
  const models = new Set([...a.ranked.slice(0, CANDIDATES).map(([m]) => m), ...a.parts.map((p) => p.model)]);
  return [...models].map((m) => {
    const e = a.evidence.get(m)!;
    return {
      model: m,
      x: features({
        score: e.score, rank: rankOf.get(m)!, best,
        part: a.partScore.get(m) ?? 0, partBest: a.parts.some((p) => p.model === m && p.score >= PART_BEST),
      }),
    };
  });
}

/** Least likeness for a part's closest duty to count as "closest of a part". */
const PART_BEST = 0.3;

/** The candidates the ranker accepts; a duty proposed for a part's sake shows that part as its reason. */
function rankerChoice(a: Assessment, ranker: Ranker): Map<string, Evidence> {
  const chosen = new Map<string, Evidence>();
  for (const c of candidates(a)) {
    if (probability(ranker, c.x) < ranker.threshold) continue;
    const e = a.evidence.get(c.model)!;
    const part = a.parts.filter((p) => p.model === c.model).sort((x, y) => y.score - x.score)[0];
    chosen.set(c.model, part && part.score > e.score ? partEvidence(a, part) : e);
  }
  return chosen;
}

const partEvidence = (a: Assessment, p: Assessment['parts'][number]): Evidence =>
  ({ score: p.score, basis: 'part', part: { text: p.text, vector: p.vector }, supporting: a.evidence.get(p.model)!.supporting });

/**
 * Proposals for every province document, as the site shows them: one space
 * for the corpus, every reviewed document a precedent (never for itself),
 * the ranker fitted once on the reviewed distributions. For a reviewed
 * document the ranker has seen its review (its proposals only show where
 * the review is silent); `blindProposals` is the leave-one-out.
 */
export function proposalsByDocument(model: Duty[], provinces: LegalDocument[], reviews: Map<string, Review | null>): Map<string, Proposal[]> {
  const items = new Map(provinces.map((d) => [d.meta.id, dutiesOf(d)]));
  const space = new ProposalSpace(model, [...items.values()], allPrecedents(provinces, reviews));
  const ranker = space.fitRanker();
  return new Map([...items].map(([id, list]) => [id, space.propose(list, ranker)]));
}

/**
 * Propose model duties for one document's items from these precedents (the
 * other documents' reviews), the ranker fitted on them alone: nothing of the
 * document's own review is read. With its own precedents left out, this is
 * the leave-one-out proposal (`align --report --blind`, the blind test).
 */
export function propose(model: Duty[], items: Duty[], precedents: PrecedentDocument[] = []): Proposal[] {
  const space = new ProposalSpace(model, [items], precedents);
  return space.propose(items, space.fitRanker());
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
