/**
 * The reviewed files after the independent second reading (issue 16): the
 * corrected pairs, one catch-all rule for every document, a coverage on every
 * reviewed link, and "không thấy phân công" lists that agree with the links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../src/lib/align/comparison';
import { isCatchAll, modelCatchAll } from '../../src/lib/align/catch-all';
import { dutiesOf } from '../../src/lib/align/duties';
import { propose } from '../../src/lib/align/propose';
import { mergeLinks, reviewSchema, unassignedDuties, type Review } from '../../src/lib/align/review';
import { corpus, doc } from '../helpers/corpus';

const ALIGNMENTS = join(import.meta.dirname, '..', '..', 'alignments');
const model = doc('tt-10-2025-bkhcn');
const modelDuties = dutiesOf(model);
const reviews = new Map<string, Review>(
  readdirSync(ALIGNMENTS).filter((n) => n.endsWith('.json')).map((f) => {
    const r = reviewSchema.parse(JSON.parse(readFileSync(join(ALIGNMENTS, f), 'utf8')));
    return [r.document, r];
  }),
);
const provinces = corpus().documents.filter((d) => d.meta.implements === model.meta.id);
const comparison = buildComparison(model, provinces, reviews);
const LC = 'lai-chau-quy-dinh-cac-phong';
const QN = 'quang-ngai-33-qd-skhcn';
const cellsOf = (docId: string, modelId: string) => comparison.rows.find((r) => r.model === modelId)!.documents[docId] ?? [];
const shown = (docId: string, item: string, modelId: string) => cellsOf(docId, modelId).find((c) => c.node === item);
const linksOf = (docId: string) => mergeLinks(propose(modelDuties, dutiesOf(provinces.find((d) => d.meta.id === docId)!)), reviews.get(docId) ?? null);

describe('the pairs corrected by the second reading', () => {
  const added: Array<[string, string, string]> = [
    [LC, 'dieu-5/muc-2-1/diem-n', 'dieu-2/khoan-17/diem-e'],
    [LC, 'dieu-5/muc-2-1/diem-a', 'dieu-2/khoan-17/diem-e'],
    [LC, 'dieu-3/muc-2-3/diem-l', 'dieu-2/khoan-25'],
    [QN, 'quy-ddinh/muc-iii/muc-2-6-4', 'dieu-2/khoan-13/diem-dd'],
    [QN, 'quy-ddinh/muc-iii/muc-2-7-4', 'dieu-2/khoan-13/diem-dd'],
    [QN, 'quy-ddinh/muc-iii/muc-2-8-2', 'dieu-2/khoan-13/diem-e'],
    [QN, 'quy-ddinh/muc-iii/muc-2-2-7', 'dieu-2/khoan-15/diem-c'],
    [QN, 'quy-ddinh/muc-v/muc-2-5', 'dieu-2/khoan-11/diem-r'],
    [QN, 'quy-ddinh/muc-iii/muc-2-4-5', 'dieu-2/khoan-11/diem-k'],
  ];
  it.each(added)('%s: %s carries %s in part, reviewed, with the reason and who decided', (docId, item, modelId) => {
    const cell = shown(docId, item, modelId);
    expect(cell).toMatchObject({ status: 'reviewed', coverage: 'partial', checked: true, reviewedAt: '2026-12-02' });
    expect(cell!.note!.length).toBeGreaterThan(40);
  });

  const rejected: Array<[string, string, string]> = [
    [LC, 'dieu-5/muc-2-7/diem-b', 'dieu-2/khoan-18/diem-b'],
    [QN, 'quy-ddinh/muc-iii/muc-2-1-1', 'dieu-2/khoan-14/diem-b'],
    [QN, 'quy-ddinh/muc-iii/muc-2-8-2', 'dieu-2/khoan-18/diem-b'],
  ];
  it.each(rejected)('%s: %s no longer carries %s, and the file says why', (docId, item, modelId) => {
    expect(shown(docId, item, modelId)).toBeUndefined();
    const l = reviews.get(docId)!.links.find((x) => x.item === item && x.model === modelId)!;
    expect(l.status).toBe('rejected');
    expect(l.note).toMatch(/^Bác khi đọc lại/);
  });

  it('keeps the items filed as own duties no longer among them', () => {
    expect(comparison.provinceOnly[LC]).not.toContain('dieu-3/muc-2-3/diem-l');
    expect(comparison.provinceOnly[QN]).not.toContain('quy-ddinh/muc-iii/muc-2-7-4');
    expect(comparison.provinceOnly[QN]).not.toContain('quy-ddinh/muc-iii/muc-2-4-5');
  });
});

describe('one rule for catch-all clauses', () => {
  const catchAll = modelCatchAll(modelDuties)!;
  it("recognises the model's catch-all duty: khoản 29", () => expect(catchAll.node).toBe('dieu-2/khoan-29'));

  it.each([LC, QN])('%s: every office\'s "nhiệm vụ khác do Giám đốc Sở giao" carries khoản 29 in part, and nothing else', (docId) => {
    const items = dutiesOf(provinces.find((d) => d.meta.id === docId)!).filter(isCatchAll);
    expect(items.length).toBe(5);
    const links = linksOf(docId);
    for (const item of items) {
      expect(links.filter((l) => l.item === item.node).map((l) => [l.model, l.status, l.coverage]), item.node).toEqual([['dieu-2/khoan-29', 'reviewed', 'partial']]);
    }
    // Khoản 29 itself is carried by the catch-alls only.
    expect(new Set(cellsOf(docId, catchAll.node).map((c) => c.node))).toEqual(new Set(items.map((i) => i.node)));
  });

  it('makes the automatic proposals follow it: one proposal, khoản 29, partial, with its reason', () => {
    for (const docId of [LC, QN]) {
      const items = dutiesOf(provinces.find((d) => d.meta.id === docId)!);
      const proposals = propose(modelDuties, items);
      for (const item of items.filter(isCatchAll)) {
        const mine = proposals.filter((p) => p.item === item.node);
        expect(mine.map((p) => [p.model, p.coverage]), item.node).toEqual([['dieu-2/khoan-29', 'partial']]);
        expect(mine[0]!.reasons![0]).toMatch(/Quy tắc chung/);
      }
    }
  });

  it("leaves a decision that restates the model's khoản 29 to the wording (Hải Phòng: full)", () => {
    expect(shown('hai-phong-qd-so-khcn-2025', 'dieu-2/khoan-29', 'dieu-2/khoan-29')).toMatchObject({ coverage: 'full' });
  });
});

describe('coverage of reviewed links', () => {
  it('every accepted or added link says full or partial; rejected links say neither', () => {
    for (const [id, r] of reviews) {
      for (const l of r.links) expect(l.coverage === undefined, `${id} ${l.item} ${l.model}`).toBe(l.status === 'rejected');
    }
    for (const row of comparison.rows) for (const cells of Object.values(row.documents)) {
      for (const c of cells.filter((x) => x.status === 'reviewed')) expect(['full', 'partial']).toContain(c.coverage);
    }
  });

  it('a review file whose accepted link has no coverage is refused with the field named', () => {
    const bad = { ...reviews.get(LC)!, links: [{ item: 'a', model: 'b', status: 'accepted', checked: true }] };
    const parsed = reviewSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['links', 0, 'coverage']);
  });

  it('marks the plainly partial links partial: an item that shares one clause with the duty', () => {
    // "Chỉ vế đầu": Lai Châu 2.3.a Điều 5 has only the first clause of 15/b.
    expect(shown(LC, 'dieu-5/muc-2-3/diem-a', 'dieu-2/khoan-15/diem-b')!.coverage).toBe('partial');
    // A verbatim restatement is full.
    expect(shown(LC, 'dieu-5/muc-2-2/diem-c', 'dieu-2/khoan-14/diem-b')!.coverage).toBe('full');
  });
});

describe('"không thấy phân công" agrees with the links', () => {
  const declared = [...reviews.values()].filter((r) => r.unassigned);
  it('is declared for the distributions and the city decision', () => {
    expect(declared.map((r) => r.document).sort()).toEqual(['hai-phong-qd-so-khcn-2025', LC, QN]);
  });

  it.each(declared.map((r) => [r.document, r] as const))('%s: no duty listed as unassigned has a reviewed link', (id, r) => {
    const linked = new Set(r.links.filter((l) => l.status !== 'rejected').map((l) => l.model));
    for (const u of r.unassigned!) expect(linked.has(u.model), `${id}: ${u.model} is listed as unassigned but linked`).toBe(false);
  });

  it.each(declared.map((r) => [r.document, r] as const))('%s: every duty no link carries is listed as unassigned, with a reason', (id, r) => {
    const listed = new Set(r.unassigned!.map((u) => u.model));
    for (const d of unassignedDuties(modelDuties, linksOf(id))) expect(listed.has(d.node), `${id}: ${d.node} has no link but is not listed`).toBe(true);
    for (const u of r.unassigned!) expect(u.note.length, u.model).toBeGreaterThan(10);
  });
});
