/**
 * `npm run --silent draft -- --offices "<name>;<name>;…" [--exclude <document>] --json`:
 * a proposed office for every model duty, from the reviewed provinces (one
 * entry per duty: model, label, offices, reason, confidence, basis).
 * `npm run draft -- --evaluate`: leave-one-out figures for every reviewed
 * distribution among offices (its office names given, its document hidden).
 */
import { allPrecedents } from '../src/lib/align/precedents';
import { draftData } from '../src/lib/draft/data';
import { evaluateDraft } from '../src/lib/draft/evaluate';
import { proposeDraft } from '../src/lib/draft/propose';
import { loadReviewedCorpus } from './lib/alignments';
import { runCli } from './lib/corpus';

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');

runCli(() => {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpus = loadReviewedCorpus();
  if (!corpus) return 1;
  const { model, provinces, reviews } = corpus;
  const data = draftData(model, allPrecedents(provinces, reviews));

  if (args.includes('--evaluate')) {
    console.log('văn bản | nhiệm vụ được giao | phòng đề xuất đầu tiên đúng | nhiệm vụ không giao | đề xuất cũng để chưa giao | (bỏ cả tỉnh) phòng đầu tiên đúng');
    const evaluations = data.precedents.filter((x) => x.weight === 1).map((p) => evaluateDraft(data, p.document));
    for (const e of evaluations) {
      const province = data.precedents.find((x) => x.document === e.document)!.province;
      const sameProvince = data.precedents.filter((x) => x.province === province).map((x) => x.document);
      const strict = evaluateDraft(data, e.document, sameProvince);
      console.log(`${e.document} | ${e.assigned} | ${e.agreeing} (${pct(e.agreeing, e.assigned)}) | ${e.unassigned} | ${e.leftUnassigned} | ${strict.agreeing} (${pct(strict.agreeing, strict.assigned)})`);
    }
    // The page marks some proposals weaker: how much less often they agree.
    console.log('\nvăn bản | đề xuất yếu: phòng đầu tiên đúng | đề xuất khác: phòng đầu tiên đúng');
    for (const { document, weak, others } of evaluations) {
      console.log(`${document} | ${weak[0]}/${weak[1]} (${pct(...weak)}) | ${others[0]}/${others[1]} (${pct(...others)})`);
    }
    return 0;
  }

  const offices = value('--offices');
  if (!offices) throw new Error('thiếu --offices "<tên phòng>;<tên phòng>;…" (hoặc --evaluate)');
  const exclude = value('--exclude');
  if (exclude && !provinces.some((d) => d.meta.id === exclude)) throw new Error(`không có văn bản ${exclude}`);
  const proposals = proposeDraft(data, offices.split(';'), { exclude: new Set(exclude ? [exclude] : []) });
  if (args.includes('--json')) {
    console.log(JSON.stringify(proposals, null, 2));
    return 0;
  }
  for (const p of proposals) console.log(`${p.label} | ${p.offices.join(', ') || 'chưa giao'} | ${p.confidence} | ${p.reason}`);
  return 0;
});
