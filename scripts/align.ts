/**
 * `npm run align -- --report`: per province document, model duties assigned,
 * unassigned and split across offices, and precision/recall of the automatic
 * proposals against the reviewed file in `alignments/`.
 * `npm run align -- --propose <document>`: print proposals with both texts,
 * as a starting point for a reviewer (never written to `alignments/`).
 */
import { dutiesOf } from '../src/lib/align/duties';
import { propose } from '../src/lib/align/propose';
import { report } from '../src/lib/align/review';
import { loadReview } from './lib/alignments';
import { formatProblem, loadCorpus, runCli } from './lib/corpus';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

runCli(() => {
  const args = process.argv.slice(2);
  const { documents, problems } = loadCorpus('seeds');
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    for (const p of errors) console.error(formatProblem(p));
    return 1;
  }
  const model = documents.find((d) => d.meta.kind === 'model');
  if (!model) throw new Error('không có văn bản mô hình (kind: model) trong seeds/');
  const modelDuties = dutiesOf(model);
  const byId = new Map(modelDuties.map((d) => [d.node, d]));

  const proposeIndex = args.indexOf('--propose');
  if (proposeIndex >= 0) {
    const doc = documents.find((d) => d.meta.id === args[proposeIndex + 1]);
    if (!doc) throw new Error(`không có văn bản ${args[proposeIndex + 1] ?? '(thiếu tên)'}`);
    const items = dutiesOf(doc);
    const proposals = propose(modelDuties, items);
    console.log(JSON.stringify(items.map((i) => ({
      item: i.node, office: i.office, label: i.label, text: i.text,
      proposals: proposals.filter((p) => p.item === i.node).map((p) => ({ model: p.model, score: p.score, label: byId.get(p.model)!.label, text: byId.get(p.model)!.text, competitors: p.competitors })),
    })), null, 2));
    return 0;
  }

  console.log('văn bản | điểm mô hình được giao | trong đó chỉ từng phần | không thấy phân công | chia cho nhiều phòng | nhiệm vụ riêng | liên kết đã rà soát: toàn bộ / một phần | độ chính xác | độ phủ');
  for (const doc of documents.filter((d) => d.meta.implements === model.meta.id)) {
    const items = dutiesOf(doc);
    const r = report(modelDuties, items, propose(modelDuties, items), loadReview('alignments', doc.meta.id));
    console.log(`${doc.meta.id} | ${r.assigned}/${r.modelDuties} | ${r.assignedInPart} | ${r.unassigned} | ${r.split} | ${r.provinceOnly}/${items.length} | ${r.fullLinks} / ${r.partialLinks} | ${pct(r.precision)} | ${pct(r.recall)}`);
  }
  return 0;
});
