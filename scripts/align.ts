/**
 * `npm run align -- --report [--blind]`: per province document, model duties
 * assigned, unassigned and split across offices, and precision/recall of the
 * automatic proposals against the reviewed file in `alignments/`. With
 * `--blind`, the coverage is what the proposals alone would show (as if the
 * document had no review), and the figures are leave-one-out: proposals
 * never use a document's own review, only the other documents' as precedent.
 * `npm run align -- --propose <document> [--blind]`: print proposals with both
 * texts and their reasons, as a starting point for a reviewer (never written
 * to `alignments/`); without `--blind`, each proposal also says what the
 * document's review decided about it.
 */
import { dutiesOf } from '../src/lib/align/duties';
import { precedentsFor } from '../src/lib/align/precedents';
import { propose } from '../src/lib/align/propose';
import { proposalQuality, report } from '../src/lib/align/review';
import { loadReviewedCorpus } from './lib/alignments';
import { runCli } from './lib/corpus';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

runCli(() => {
  const args = process.argv.slice(2);
  const blind = args.includes('--blind');
  const corpus = loadReviewedCorpus();
  if (!corpus) return 1;
  const { model, provinces, reviews } = corpus;
  const modelDuties = dutiesOf(model);
  const byId = new Map(modelDuties.map((d) => [d.node, d]));

  const proposeIndex = args.indexOf('--propose');
  if (proposeIndex >= 0) {
    const doc = provinces.find((d) => d.meta.id === args[proposeIndex + 1]);
    if (!doc) throw new Error(`không có văn bản ${args[proposeIndex + 1] ?? '(thiếu tên)'} đối chiếu với ${model.meta.id}`);
    const items = dutiesOf(doc);
    const proposals = propose(modelDuties, items, precedentsFor(doc.meta.id, provinces, reviews));
    const decided = new Map((blind ? [] : reviews.get(doc.meta.id)?.links ?? []).map((l) => [`${l.item} ${l.model}`, l.status]));
    console.log(JSON.stringify(items.map((i) => ({
      item: i.node, office: i.office, label: i.label, text: i.text,
      proposals: proposals.filter((p) => p.item === i.node).map((p) => ({
        model: p.model, score: p.score, label: byId.get(p.model)!.label, text: byId.get(p.model)!.text,
        basis: p.basis, reasons: p.reasons, competitors: p.competitors,
        ...(blind ? {} : { review: decided.get(`${p.item} ${p.model}`) ?? null }),
      })),
    })), null, 2));
    return 0;
  }

  if (blind) {
    console.log('văn bản | điểm mô hình được đề xuất giao | không đề xuất | đề xuất | đúng | liên kết đã rà soát | độ chính xác | độ phủ');
    for (const doc of provinces) {
      const review = reviews.get(doc.meta.id);
      if (!review) continue;
      const items = dutiesOf(doc);
      const proposals = propose(modelDuties, items, precedentsFor(doc.meta.id, provinces, reviews));
      const r = report(modelDuties, items, proposals, null);
      const q = proposalQuality(proposals, review);
      console.log(`${doc.meta.id} | ${r.assigned}/${r.modelDuties} | ${r.unassigned} | ${q.proposed} | ${q.correct} | ${q.reviewed} | ${pct(q.precision)} | ${pct(q.recall)}`);
    }
    return 0;
  }

  console.log('văn bản | điểm mô hình được giao | không thấy phân công | chia cho nhiều phòng | nhiệm vụ riêng | độ chính xác | độ phủ');
  for (const doc of provinces) {
    const items = dutiesOf(doc);
    const r = report(modelDuties, items, propose(modelDuties, items, precedentsFor(doc.meta.id, provinces, reviews)), reviews.get(doc.meta.id) ?? null);
    console.log(`${doc.meta.id} | ${r.assigned}/${r.modelDuties} | ${r.unassigned} | ${r.split} | ${r.provinceOnly}/${items.length} | ${pct(r.precision)} | ${pct(r.recall)}`);
  }
  return 0;
});
