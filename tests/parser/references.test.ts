/** References: real sentences from the sources, the forms the issue lists, and negatives. */
import { describe, expect, it } from 'vitest';
import { findDocumentReferences, findReferences } from '../../src/lib/references';
import { parseDocument, unknownMeta } from '../../src/lib/parse';
import { corpus } from '../helpers/corpus';

const cited = (text: string) => findDocumentReferences(text).map((r) => r.cited);

describe('references to legal documents', () => {
  it('read number, date and issuer as written in the sources', () => {
    expect(cited('Căn cứ Thông tư số 10/2025/TT-BKHCN ngày 27 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ hướng dẫn chức năng')).toEqual([
      { key: '10/2025/TT-BKHCN', type: 'Thông tư', number: '10/2025/TT-BKHCN', date: '2025-06-27', issuer: 'Bộ Khoa học và Công nghệ' },
    ]);
    expect(cited('theo Quyết định số 13/2025/QĐ-UBND ngày 28/02/2025 của UBND tỉnh ban hành')[0]).toMatchObject({ key: '13/2025/QĐ-UBND', date: '2025-02-28', issuer: 'UBND tỉnh' });
    expect(cited('Văn bản số 3880/SNV-TCCB&TCP&CP ngày 24/6/2025 của Sở Nội vụ;')[0]).toMatchObject({ key: '3880/SNV-TCCB&TCP&CP', issuer: 'Sở Nội vụ' });
    expect(cited('Kế hoạch hoành động số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy Quảng Ngãi và Quyết định số 327/QĐ-UBND')[0]).toMatchObject({ key: '359-KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi' });
  });

  it('read the forms without "số", with "số:" and lists of numbers sharing one type', () => {
    expect(cited('Nghị quyết 57-NQ/TW về đột phá').map((c) => c.key)).toEqual(['57-NQ/TW']);
    expect(cited('Nghị quyết số: 13-NQ/TU ngày 06/9/2023').map((c) => c.key)).toEqual(['13-NQ/TU']);
    expect(cited('theo Nghị định số 60/2021/NĐ-CP ngày 21/6/2021, số 111/2025/NĐ-CP ngày 22/5/2025 của Chính phủ').map((c) => [c.type, c.key, c.date])).toEqual([
      ['Nghị định', '60/2021/NĐ-CP', '2021-06-21'], ['Nghị định', '111/2025/NĐ-CP', '2025-05-22'],
    ]);
    expect(cited('Quyết định số 36/QĐ-TTg ngày 11/01/2024 của Thủ tướng chính phủ')[0]!.key).toBe('36/QĐ-TTG');
    expect(cited('Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội')[0]).toMatchObject({ key: '202/2025/QH15', issuer: 'Quốc hội' });
  });

  it('ignore a number that is not a document number, and titles in quotation marks', () => {
    expect(cited('giai đoạn 2021 - 2025 trên địa bàn')).toEqual([]);
    expect(cited('Đề án “Quyết định số 1/QĐ-X giả” trên địa bàn')).toEqual([]);
  });

  it("link Hải Phòng's citation of the Circular to the Circular, and outside documents to an index key", () => {
    const refs = findReferences(corpus().documents);
    const hp = refs.filter((r) => r.document === 'hai-phong-qd-so-khcn-2025' && r.kind === 'document');
    expect(hp.find((r) => r.text.startsWith('Thông tư số 10/2025/TT-BKHCN'))!.target).toEqual({ document: 'tt-10-2025-bkhcn', node: null });
    expect(hp.find((r) => r.text.startsWith('Nghị định số 150/2025/NĐ-CP'))!.target).toEqual({ external: '150/2025/NĐ-CP' });
  });
});

const doc = (text: string) => parseDocument(text, { ...unknownMeta('vb', null), number: '1/2025/QĐ-X' });
const internal = (text: string) => findReferences([doc(text)]).filter((r) => r.kind === 'internal').map((r) => [r.text, r.target && 'node' in r.target ? r.target.node : null, r.reason ?? null]);

describe('references inside a document', () => {
  const base = 'Điều 1. Phạm vi\n1. Nội dung một;\n2. Nội dung hai:\na) thứ nhất;\nb) thứ hai;\nc) thứ ba.\nĐiều 2. Áp dụng\n1. Một;\n2. Hai.\n';

  it('resolve from where they stand', () => {
    expect(internal(`${base}Điều 3. Thi hành\n1. Theo khoản 1 Điều này và điểm a khoản 2 Điều 1.\n2. Các điểm a, b và c khoản 2 Điều 1; khoản 1, 2 Điều 2; Điều 2 Quyết định này.`)).toEqual([
      ['khoản 1 Điều này', 'dieu-3/khoan-1', null],
      ['điểm a khoản 2 Điều 1', 'dieu-1/khoan-2/diem-a', null],
      ['điểm a, b và c khoản 2 Điều 1', 'dieu-1/khoan-2/diem-a', null],
      ['khoản 1, 2 Điều 2', 'dieu-2/khoan-1', null],
      ['Điều 2 Quyết định này', 'dieu-2', null],
    ]);
  });

  it('leave as text, with a reason, what cannot be resolved without guessing', () => {
    expect(internal(`${base}Điều 3. Thi hành\n1. Theo điểm g khoản 2 Điều 1 và Điều 9; điểm a khoản 1 Điều 25 Luật Bưu chính.`)).toEqual([
      ['điểm g khoản 2 Điều 1', null, 'không có điểm g trong khoản 2 Điều 1'],
      ['Điều 9', null, 'không có Điều 9 trong văn bản'],
      ['điểm a khoản 1 Điều 25', null, 'dẫn chiếu tới văn bản khác, không có trong kho'],
    ]);
  });

  it('resolve "Như Điều 3" in the recipients to Điều 3, as it means', () => {
    const refs = findReferences(corpus().documents).filter((r) => r.document === 'quang-ngai-33-qd-skhcn' && r.kind === 'internal');
    expect(refs.map((r) => [r.source, r.text, r.target])).toEqual([['phan-cuoi/noi-nhan/gach-1', 'Điều 3', { document: 'quang-ngai-33-qd-skhcn', node: 'dieu-3' }]]);
  });
});

describe('references to offices', () => {
  it('link names and legend abbreviations within the same document only', () => {
    const refs = findReferences(corpus().documents).filter((r) => r.kind === 'office');
    for (const r of refs) expect(r.target && 'document' in r.target && r.target.document).toBe(r.document);
    const abbr = refs.find((r) => r.text === 'Phòng QLKH&ĐMST')!;
    expect(abbr.target).toEqual({ document: 'quang-ngai-chuong-trinh-6-thang-cuoi-2025', office: 'phong-quan-ly-khoa-hoc-va-ddoi-moi-sang-tao' });
  });
});
