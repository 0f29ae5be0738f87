/**
 * `npx tsx scripts/proposals-experiment.ts`: the measurements behind README
 * "How the proposals were tuned" — what each idea gives, leave one out, on
 * the two reviewed distributions (Lai Châu, Quảng Ngãi 33), and why the
 * targets are out of reach with them. Prints only.
 *
 * Protocol for every alignment figure: the held-out document's review is
 * never read; the ranker is fitted on the other distribution, whose
 * candidates are assessed with the held-out document hidden from its
 * precedents too (what `propose` does), and its threshold is the one that
 * keeps TARGET_PRECISION on the training document (out-of-fold). An idea is
 * a set of features added to the shipped ones; none names a document, an
 * office or a model duty.
 */
import { isCatchAll, modelCatchAll } from '../src/lib/align/catch-all';
import { dutiesOf, type Duty } from '../src/lib/align/duties';
import { allPrecedents, precedentDocument, precedentsFor, type PrecedentDocument } from '../src/lib/align/precedents';
import { propose, ProposalSpace } from '../src/lib/align/propose';
import { FOLDS, probability, TARGET_PRECISION, trainRanker } from '../src/lib/align/ranker';
import { pairKey, proposalQuality, type Review } from '../src/lib/align/review';
import { cosine, tfidf } from '../src/lib/align/similarity';
import { draftData } from '../src/lib/draft/data';
import { evaluateDraft } from '../src/lib/draft/evaluate';
import { proposeDraft } from '../src/lib/draft/propose';
import { OfficeSpace, officeProfile, pairOffices } from '../src/lib/draft/offices';
import { loadReviewedCorpus } from './lib/alignments';

const c = loadReviewedCorpus()!;
const model = dutiesOf(c.model);
const DISTRIBUTIONS = c.provinces.filter((d) => d.meta.kind === 'distribution' && c.reviews.get(d.meta.id));
const itemsOf = new Map(c.provinces.map((d) => [d.meta.id, dutiesOf(d)]));
const space = new ProposalSpace(model, [...itemsOf.values()], allPrecedents(c.provinces, c.reviews));
const catchAll = modelCatchAll(model)!.node;
const kept = (r: Review) => new Set(r.links.filter((l) => l.status !== 'rejected').map((l) => pairKey(l.item, l.model)));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const clauseOf = (m: string) => m.split('/').slice(0, 2).join('/');
const general = new Map(model.map((m) => [m.node, !/^Về /u.test(m.context || m.text)]));

// The khoản texts and the items' group headings in one space, for the heading feature.
const clauseText = new Map<string, string>();
for (const m of model) clauseText.set(clauseOf(m.node), `${clauseText.get(clauseOf(m.node)) ?? m.context} ${m.text}`);
const headings = [...new Set([...itemsOf.values()].flat().map((i) => i.context).filter(Boolean))];
const hv = tfidf([...clauseText.values(), ...headings]);
const clauseVector = new Map([...clauseText.keys()].map((k, i) => [k, hv[i]!]));
const headingVector = new Map(headings.map((h, i) => [h, hv[clauseText.size + i]!]));

type Row = { item: Duty; model: string; x: number[]; precedent: { document: string; office: string | null } | null };
type Idea = 'structure' | 'document' | 'precedentOffice';

/** The extra features of one idea for every candidate row of one document (computed from that document's own candidates). */
function extend(rows: Row[], ideas: Idea[], precedents: PrecedentDocument[]): number[][] {
  const items = [...new Set(rows.map((r) => r.item))];
  const top = new Map(rows.filter((r) => r.x[1] === 1).map((r) => [r.item, r.model]));
  const byOffice = new Map<string, Duty[]>();
  for (const i of items) byOffice.set(i.office ?? '', [...(byOffice.get(i.office ?? '') ?? []), i]);
  const share = (list: Duty[], k: string) => (list.length ? list.filter((j) => top.get(j) && clauseOf(top.get(j)!) === k).length / list.length : 0);
  // The office's counterpart in the precedents: the office its items' best evidence comes from most often; what it holds.
  const holds = new Map<string, Set<string>>();
  for (const [office, list] of byOffice) {
    const votes = new Map<string, number>();
    for (const r of rows) if (r.x[1] === 1 && list.includes(r.item) && r.precedent?.office) {
      const key = `${r.precedent.document}\u0000${r.precedent.office}`;
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
    const winner = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    const [doc, off] = winner?.split('\u0000') ?? [];
    holds.set(office, new Set(precedents.find((p) => p.id === doc)?.items.filter((i) => i.office === off).flatMap((i) => i.models) ?? []));
  }
  const bestInOffice = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.item.office}\u0000${r.model}`;
    bestInOffice.set(key, Math.max(bestInOffice.get(key) ?? 0, r.x[0]!));
  }
  return rows.map((r) => {
    const office = byOffice.get(r.item.office ?? '')!;
    const pos = office.indexOf(r.item);
    const k = clauseOf(r.model);
    const out: number[] = [];
    if (ideas.includes('structure')) {
      const siblings = office.filter((j) => j !== r.item && j.context && j.context === r.item.context);
      const neighbours = [office[pos - 1], office[pos + 1]].filter((j): j is Duty => j !== undefined);
      const heading = r.item.context ? cosine(headingVector.get(r.item.context)!, clauseVector.get(k)!) : 0;
      out.push(share(siblings, k), share(neighbours, k), heading, general.get(r.model) && pos === 0 ? 1 : 0);
    }
    if (ideas.includes('document')) out.push(share(office.filter((j) => j !== r.item), k));
    if (ideas.includes('precedentOffice')) out.push(holds.get(r.item.office ?? '')!.has(r.model) && r.x[0] === bestInOffice.get(`${r.item.office}\u0000${r.model}`) ? 1 : 0);
    return out;
  });
}

/** Candidate rows of a document with the ideas' features, assessed without the documents of `exclude`. */
function rowsOf(id: string, ideas: Idea[], exclude: Set<string>): Row[] {
  const rows = space.candidateRows(itemsOf.get(id)!, exclude);
  const extra = extend(rows, ideas, allPrecedents(c.provinces, c.reviews).filter((p) => p.id !== id && !exclude.has(p.id)));
  return rows.map((r, n) => ({ ...r, x: [...r.x, ...extra[n]!] }));
}

const catchAllLinks = (id: string) => itemsOf.get(id)!.filter(isCatchAll).map((i) => pairKey(i.node, catchAll));

/** Leave one out with the ideas' features: fitted on `train` (held-out hidden), applied to `test`. */
function heldOut(test: string, train: string, ideas: Idea[]) {
  const truth = kept(c.reviews.get(train)!);
  const trainRows = rowsOf(train, ideas, new Set([test]));
  const folds = new Map<string, number>();
  const fixed = catchAllLinks(train);
  const ranker = trainRanker(trainRows.map((r) => {
    if (!folds.has(r.item.office ?? '')) folds.set(r.item.office ?? '', folds.size % FOLDS);
    return { x: r.x, correct: truth.has(pairKey(r.item.node, r.model)), fold: folds.get(r.item.office ?? '')! };
  }), { proposed: fixed.length, correct: fixed.filter((k) => truth.has(k)).length })!;
  const chosen = rowsOf(test, ideas, new Set()).filter((r) => probability(ranker, r.x) >= ranker.threshold);
  return quality(test, [...chosen.map((r) => pairKey(r.item.node, r.model)), ...catchAllLinks(test)]);
}

function quality(id: string, keys: string[]) {
  const proposals = keys.map((k) => { const [item, m] = k.split(' '); return { item: item!, model: m! }; });
  return proposalQuality(proposals as never, c.reviews.get(id)!);
}
const show = (q: ReturnType<typeof quality>) => `${pct(q.precision!)} / ${pct(q.recall!)} (${q.correct}/${q.proposed})`;

const [A, B] = DISTRIBUTIONS.map((d) => d.meta.id) as [string, string];
console.log(`Đề xuất đối chiếu, bỏ một văn bản ra (độ chính xác / độ phủ), ngưỡng giữ ${pct(TARGET_PRECISION)} trên văn bản huấn luyện:`);
console.log(`ý tưởng | ${A} | ${B}`);
const rule = (id: string) => quality(id, space.propose(itemsOf.get(id)!, null, new Set()).map((p) => pairKey(p.item, p.model)));
console.log(`quy tắc ngưỡng (trước bộ xếp hạng) | ${show(rule(A))} | ${show(rule(B))}`);
const shipped = (id: string) => quality(id, propose(model, itemsOf.get(id)!, precedentsFor(id, c.provinces, c.reviews)).map((p) => pairKey(p.item, p.model)));
console.log(`bộ xếp hạng (đang dùng) | ${show(shipped(A))} | ${show(shipped(B))}`);
const ideas: Array<[string, Idea[]]> = [
  ['+ cấu trúc phòng (nhóm mục, mục kề, đề mục nhóm, mục mở đầu × nhiệm vụ chung)', ['structure']],
  ['+ cấp văn bản (khoản của các mục khác cùng phòng)', ['document']],
  ['+ tiền lệ cấp phòng (phòng tương ứng giữ nhiệm vụ, mục tốt nhất của phòng)', ['precedentOffice']],
  ['+ cả ba', ['structure', 'document', 'precedentOffice']],
];
for (const [name, set] of ideas) console.log(`${name} | ${show(heldOut(A, B, set))} | ${show(heldOut(B, A, set))}`);

// Ceiling: the ranker fitted on the held-out document itself (in-sample — not a leave-one-out figure): the best recall at ≥ 90 % precision.
function ceiling(id: string, set: Idea[]) {
  const truth = kept(c.reviews.get(id)!);
  const rows = rowsOf(id, set, new Set());
  const ranker = trainRanker(rows.map((r) => ({ x: r.x, correct: truth.has(pairKey(r.item.node, r.model)), fold: 0 })))!;
  const scored = rows.map((r) => ({ key: pairKey(r.item.node, r.model), p: probability(ranker, r.x) })).sort((a, b) => b.p - a.p);
  const fixed = catchAllLinks(id);
  let best = 0;
  for (let n = 1; n <= scored.length; n++) {
    const q = quality(id, [...fixed, ...scored.slice(0, n).map((s) => s.key)]);
    if (q.precision! >= 0.9) best = Math.max(best, q.recall!);
  }
  return pct(best);
}
console.log(`trần: bộ xếp hạng khớp trên chính văn bản (không phải bỏ một ra), độ phủ tốt nhất ở độ chính xác ≥ 90 % | ${ceiling(A, [])}; với cả ba ý tưởng ${ceiling(A, ['structure', 'document', 'precedentOffice'])} | ${ceiling(B, [])}; ${ceiling(B, ['structure', 'document', 'precedentOffice'])}`);

// Do the two reviews agree where the two documents say the same thing?
{
  const a = itemsOf.get(A)!.filter((i) => !isCatchAll(i));
  const b = itemsOf.get(B)!;
  const links = (id: string) => {
    const m = new Map<string, Set<string>>();
    for (const l of c.reviews.get(id)!.links) if (l.status !== 'rejected') m.set(l.item, (m.get(l.item) ?? new Set()).add(l.model));
    return m;
  };
  const la = links(A);
  const lb = links(B);
  const vs = tfidf([...a, ...b].map((i) => i.text));
  for (const floor of [0.8, 0.6, 0.5]) {
    let pairs = 0;
    let same = 0;
    a.forEach((x, i) => {
      let best = -1;
      let at = -1;
      b.forEach((_, j) => { const s = cosine(vs[i]!, vs[a.length + j]!); if (s > best) { best = s; at = j; } });
      if (best < floor) return;
      pairs++;
      const key = (s?: Set<string>) => [...(s ?? [])].sort().join();
      if (key(la.get(x.node)) === key(lb.get(b[at]!.node))) same++;
    });
    console.log(`mục của ${A} có mục của ${B} tương đồng ≥ ${floor}: ${pairs}/${a.length}; hai bản rà soát gắn cùng các điểm: ${same} (${pct(same / pairs)})`);
  }
}

// Would more precedents written with the same conventions help? Each office of a document gets the other offices of the same document as extra precedent.
for (const id of [A, B]) {
  const doc = c.provinces.find((d) => d.meta.id === id)!;
  const self = precedentDocument(doc, c.reviews.get(id)!);
  const keys: string[] = [];
  for (const office of new Set(itemsOf.get(id)!.map((i) => i.office))) {
    const mine = itemsOf.get(id)!.filter((i) => i.office === office);
    const others = { ...self, id: `${id}#khac-phong`, items: self.items.filter((i) => i.office !== office) };
    keys.push(...propose(model, mine, [...precedentsFor(id, c.provinces, c.reviews), others]).map((p) => pairKey(p.item, p.model)));
  }
  console.log(`${id}: thêm các phòng khác của chính văn bản làm tiền lệ: ${show(quality(id, keys))} (bộ xếp hạng đang dùng: ${show(shipped(id))})`);
}

// Drafting aid: how far can votes from the paired precedent offices go?
{
  const data = draftData(c.model, allPrecedents(c.provinces, c.reviews));
  const clause = new Map(data.duties.map((d) => [d.model, d.clause]));
  for (const target of data.precedents.filter((p) => p.weight === 1)) {
    const names = target.offices.map((o) => o.name);
    const truth = new Map<string, Set<string>>();
    for (const o of target.offices) for (const d of o.duties) truth.set(d, (truth.get(d) ?? new Set()).add(o.name));
    const officeSpace = new OfficeSpace(data, names);
    const voted = new Map<string, Set<string>>();
    for (const p of data.precedents.filter((x) => x.document !== target.document)) {
      const pairs = pairOffices(officeSpace, names, p, p.offices.map((o) => officeProfile(o.name, o.duties, (m) => clause.get(m)!)));
      for (const o of p.offices) {
        const pair = pairs.get(o.name);
        if (pair) for (const d of o.duties) voted.set(d, (voted.get(d) ?? new Set()).add(names[pair.office]!));
      }
    }
    const proposals = new Map(proposeDraft(data, names, { exclude: new Set([target.document]) }).map((p) => [p.model, p.offices[0]]));
    let reach = 0;
    let none = 0;
    let noneAgreeing = 0;
    for (const [d, offices] of truth) {
      const v = voted.get(d);
      if (v && [...v].some((o) => offices.has(o))) reach++;
      if (v) continue;
      none++;
      if (offices.has(proposals.get(d) ?? '')) noneAgreeing++;
    }
    const e = evaluateDraft(data, target.document);
    console.log(`dự thảo ${target.document}: ${truth.size} nhiệm vụ được giao, đang đúng ${e.agreeing} (${pct(e.agreeing / e.assigned)}); một phiếu của tiền lệ tới đúng phòng: ${reach}; không phiếu nào: ${none}, trong đó đang đúng nhờ phòng của khoản: ${noneAgreeing}; chọn hoàn hảo trong các phiếu: ${reach + noneAgreeing} (${pct((reach + noneAgreeing) / truth.size)})`);
  }
}
