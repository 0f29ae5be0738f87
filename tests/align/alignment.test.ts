/** Alignment: similarity on known pairs, and the export against the reviewed files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildComparison, comparisonCsv } from '../../src/lib/align/comparison';
import { dutiesOf } from '../../src/lib/align/duties';
import { precedentsFor } from '../../src/lib/align/precedents';
import { propose } from '../../src/lib/align/propose';
import { reviewSchema, type Review } from '../../src/lib/align/review';
import { tokens } from '../../src/lib/align/similarity';
import { parseDocument, unknownMeta } from '../../src/lib/parse';
import { corpus, doc } from '../helpers/corpus';

const ALIGNMENTS = join(import.meta.dirname, '..', '..', 'alignments');
const model = doc('tt-10-2025-bkhcn');
const modelDuties = dutiesOf(model);
const reviews = new Map<string, Review>();
for (const f of readdirSync(ALIGNMENTS).filter((n) => n.endsWith('.json'))) {
  const r = reviewSchema.parse(JSON.parse(readFileSync(join(ALIGNMENTS, f), 'utf8')));
  reviews.set(r.document, r);
}
const provinces = corpus().documents.filter((d) => d.meta.implements === model.meta.id);

describe('similarity suited to Vietnamese', () => {
  it('maps locality words together', () => {
    expect(tokens('Ủy ban nhân dân thành phố')).toEqual(tokens('Ủy ban nhân dân cấp tỉnh'));
    expect(tokens('Sở KH&CN')).toEqual(tokens('Sở Khoa học và Công nghệ'));
  });

  it("proposes model khoản 11 for Lai Châu's standards-metrology-quality items", () => {
    const items = dutiesOf(doc('lai-chau-quy-dinh-cac-phong')).filter((d) => d.node.startsWith('dieu-7/muc-2-3/'));
    expect(items.length).toBe(14);
    const best = propose(modelDuties, items);
    const tops = items.map((i) => best.find((p) => p.item === i.node)?.model ?? 'none');
    expect(tops.filter((m) => m.startsWith('dieu-2/khoan-11/')).length).toBeGreaterThanOrEqual(12);
    expect(best.find((p) => p.item === 'dieu-7/muc-2-3/diem-a')!.model).toBe('dieu-2/khoan-11/diem-a');
  });

  it("follows the text, not the letters, in Hải Phòng's khoản 1", () => {
    const items = dutiesOf(doc('hai-phong-qd-so-khcn-2025'));
    const proposals = propose(modelDuties, items, precedentsFor('hai-phong-qd-so-khcn-2025', provinces, reviews));
    expect(proposals.filter((p) => p.item === 'dieu-2/khoan-1/diem-dd').map((p) => p.model)).toEqual(['dieu-2/khoan-1/diem-d']);
    expect(proposals.filter((p) => p.item === 'dieu-2/khoan-1/diem-d')).toEqual([]);
    expect(proposals.filter((p) => p.item === 'dieu-2/khoan-13/diem-d-lan-2').map((p) => p.model)).toEqual(['dieu-2/khoan-13/diem-dd']);
  });
});

describe("an office's duties", () => {
  it('are the khoản of an office article headed by its duties when it has no "Nhiệm vụ và quyền hạn" clause (Điều 2. Nhiệm vụ, quyền hạn của Văn phòng / 1. …)', () => {
    const text = [
      'Điều 1. Phạm vi điều chỉnh',
      'Quy định này quy định nhiệm vụ, quyền hạn của các phòng thuộc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.',
      'Điều 2. Nhiệm vụ, quyền hạn của Văn phòng',
      '1. Lập kế hoạch, dự toán và xây dựng đề xuất cơ cấu chi, tỷ lệ chi ngân sách nhà nước hằng năm dành cho khoa học và công nghệ.',
      '2. Thực hiện các nhiệm vụ khác do Giám đốc Sở giao.',
      'Điều 3. Nhiệm vụ, quyền hạn của Thanh tra',
      '1. Thanh tra, kiểm tra:',
      'a) Thanh tra hành chính;',
      'b) Giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu cực theo quy định của pháp luật.',
      '',
    ].join('\n');
    const rule = parseDocument(text, { ...unknownMeta('ha-tinh', null), kind: 'distribution' });
    const duties = dutiesOf(rule);
    expect(duties.map((d) => `${d.node} ${d.office}`)).toEqual([
      'dieu-2/khoan-1 van-phong', 'dieu-2/khoan-2 van-phong', 'dieu-3/khoan-1/diem-a thanh-tra', 'dieu-3/khoan-1/diem-b thanh-tra',
    ]);
    expect(propose(modelDuties, duties).find((p) => p.item === 'dieu-2/khoan-1')?.model).toBe('dieu-2/khoan-5');
  });
});

describe('the comparison export', () => {
  const comparison = buildComparison(model, provinces, reviews);

  it('has one row per model duty: 109 điểm and the 14 khoản without điểm', () => {
    expect(comparison.rows).toHaveLength(123);
    expect(comparison.rows.filter((r) => !r.model.includes('diem')).map((r) => r.label)).toEqual(
      [2, 3, 4, 5, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29].map((k) => `khoản ${k} Điều 2`),
    );
  });

  it('matches every reviewed file: accepted and added links shown as reviewed, rejected never', () => {
    expect(reviews.size).toBeGreaterThan(0);
    for (const [id, review] of reviews) {
      const shown = new Set(comparison.rows.flatMap((r) => (r.documents[id] ?? []).filter((c) => c.status === 'reviewed').map((c) => `${c.node} ${r.model}`)));
      const expected = new Set(review.links.filter((l) => l.status !== 'rejected').map((l) => `${l.item} ${l.model}`));
      expect(shown, id).toEqual(expected);
      for (const l of review.links.filter((x) => x.status === 'rejected')) {
        const row = comparison.rows.find((r) => r.model === l.model)!;
        expect((row.documents[id] ?? []).some((c) => c.node === l.item), `${id} ${l.item} ${l.model}`).toBe(false);
      }
    }
  });

  it("lists Hải Phòng's inserted point as the city's own duty", () => {
    expect(comparison.provinceOnly['hai-phong-qd-so-khcn-2025']).toEqual(['dieu-2/khoan-1/diem-d']);
  });

  it('writes CSV with a BOM so Excel reads Vietnamese', () => {
    const csv = comparisonCsv(comparison, provinces);
    expect(csv.startsWith('\ufeffĐiểm mô hình,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(125);
  });
});
