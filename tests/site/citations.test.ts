/**
 * Memo-ready citations (src/lib/citation.ts), read document by document:
 * unit first, then type, number, date and issuer as the texts cite each
 * other; an attached text "… của Quy định ban hành kèm theo Quyết định số
 * …"; never the editorial short title, never a date twice; what the text
 * does not state named as missing, and then the title (trích yếu) given.
 */
import { describe, expect, it } from 'vitest';
import { citation, citationFor, documentCitation, longDate } from '../../src/lib/citation';
import { ownName } from '../../src/lib/labels';
import { allNodes } from '../../src/lib/parse';
import { exportDocument } from '../../src/lib/export';
import { buildStamp } from '../../src/lib/site/words';
import { latestIssued } from '../../src/lib/site/grouping';
import { corpus, doc } from '../helpers/corpus';

const TT = 'tt-10-2025-bkhcn', HP = 'hai-phong-qd-so-khcn-2025', LC = 'lai-chau-quy-dinh-cac-phong';
const QN = 'quang-ngai-33-qd-skhcn', CT = 'quang-ngai-chuong-trinh-6-thang-cuoi-2025';
const cite = (id: string, node: string) => citationFor(doc(id), node);

describe('the citation of each document', () => {
  it.each([
    [TT, 'Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ'],
    // No number in the text: the title identifies it; the short title "(30/6/2025)" never repeats the date.
    [HP, 'Quyết định ngày 30/6/2025 của Ủy ban nhân dân thành phố Hải Phòng quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ thành phố Hải Phòng (số hiệu: không ghi trong văn bản)'],
    // Neither number, date nor issuer: said, not invented.
    // The title is the editors' (the text has none): in square brackets, and said so.
    [LC, '[Quy định chức năng, nhiệm vụ của các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ tỉnh Lai Châu] (tên do biên tập đặt, văn bản không ghi tên; số hiệu, ngày ban hành, cơ quan ban hành: không ghi trong văn bản)'],
    [QN, 'Quyết định số 33/QĐ-SKHCN ngày 11/3/2025 của Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
    // "Quyết định số /QĐ-SKHCN ngày /9/2025": number and day left blank in the text.
    [CT, 'Quyết định của Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi ban hành Chương trình công tác 6 tháng cuối năm 2025 của Sở Khoa học và Công nghệ (số hiệu, ngày ban hành: không ghi trong văn bản)'],
  ])('%s', (id, expected) => {
    const d = doc(id);
    expect(documentCitation(d.meta)).toBe(expected);
    expect(documentCitation(d.meta)).not.toContain(d.meta.shortTitle!);
    expect(exportDocument(d).citation).toBe(expected);
  });

  it('offers the long date form the texts use, and the title (trích yếu) where a memo needs it', () => {
    expect(documentCitation(doc(TT).meta, { date: 'long' })).toBe('Thông tư số 10/2025/TT-BKHCN ngày 27 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ');
    expect(documentCitation(doc(TT).meta, { date: 'long', title: true })).toBe('Thông tư số 10/2025/TT-BKHCN ngày 27 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh, cấp xã về các lĩnh vực thuộc phạm vi quản lý nhà nước của Bộ Khoa học và Công nghệ');
    expect(documentCitation(doc(QN).meta, { title: true })).toBe('Quyết định số 33/QĐ-SKHCN ngày 11/3/2025 của Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi ban hành Quy định chức năng, nhiệm vụ và quyền hạn của Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ');
    expect(documentCitation(doc(HP).meta, { date: 'long' })).toMatch(/^Quyết định ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng quy định/);
    // Days below 10 and the months 1 and 2 with their zero, as in "ngày 01 tháng 4 năm 2025", "ngày 19 tháng 02 năm 2025".
    expect(longDate('2025-04-01')).toBe('01 tháng 4 năm 2025');
    expect(longDate('2025-02-19')).toBe('19 tháng 02 năm 2025');
    expect(longDate('2025-12-30')).toBe('30 tháng 12 năm 2025');
  });
});

describe('the citation of a unit', () => {
  it('puts the smallest unit first, then the document', () => {
    expect(cite(TT, 'dieu-2/khoan-6/diem-dd')).toBe('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ');
    expect(cite(TT, 'chuong-i')).toBe('Chương I Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ');
    expect(cite(HP, 'dieu-2/khoan-13/diem-d')).toBe(`điểm d khoản 13 Điều 2 ${documentCitation(doc(HP).meta)}`);
    expect(cite(LC, 'dieu-3/muc-2-1/diem-a')).toBe(`điểm a mục 2.1 Điều 3 (Văn phòng) ${documentCitation(doc(LC).meta)}`);
  });

  it('names the office part and the attached Quy định it is in', () => {
    const qd = 'của Quy định ban hành kèm theo Quyết định số 33/QĐ-SKHCN ngày 11/3/2025 của Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi';
    expect(cite(QN, 'quy-ddinh/muc-ii/khoan-1')).toBe(`khoản 1 Mục II (Thanh tra Sở) ${qd}`);
    expect(cite(QN, 'quy-ddinh/muc-v/muc-2-3')).toBe(`mục 2.3 Mục V (Phòng Quản lý chuyên ngành) ${qd}`);
    expect(cite(QN, 'quy-ddinh/muc-i')).toBe(`Mục I (Văn phòng Sở) ${qd}`);
    expect(cite(QN, 'quy-ddinh')).toBe('Quy định ban hành kèm theo Quyết định số 33/QĐ-SKHCN ngày 11/3/2025 của Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
    // The Quyết định's own articles are the Quyết định's.
    expect(cite(QN, 'dieu-2')).toBe('Điều 2 Quyết định số 33/QĐ-SKHCN ngày 11/3/2025 của Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
    // A number the source repeats keeps the citation as written (the page says it is repeated).
    expect(cite(QN, 'quy-ddinh/muc-iii/muc-2-6-1-lan-2')).toBe(cite(QN, 'quy-ddinh/muc-iii/muc-2-6-1'));
  });

  it('names the programme and the annex a row of the programme is in', () => {
    const qd = documentCitation(doc(CT).meta);
    expect(cite(CT, 'chuong-trinh/phan-a/muc-i/khoan-1')).toBe(`khoản 1 Mục I Phần A của Chương trình ban hành kèm theo ${qd}`);
    expect(cite(CT, 'phu-luc-i/bang/nhiem-vu-1')).toBe(`nhiệm vụ 1 Phụ lục I ban hành kèm theo ${qd}`);
  });

  it('leaves out what one does not cite: header lines, titles, the enacting formula, recipients, the signature', () => {
    const tt = doc(TT);
    const header = allNodes(tt).filter((n) => n.kind === 'header');
    expect(header.map((n) => n.text)).toEqual(expect.arrayContaining(['CÔNG NGHỆ', '-------']));
    for (const n of header) expect(citationFor(tt, n.id)).toBeNull();
    for (const d of corpus().documents) {
      for (const n of allNodes(d)) {
        if (['preamble', 'header', 'title', 'basis', 'formula', 'closing', 'recipients', 'signature', 'table', 'legend', 'footnote'].includes(n.kind)) expect(citationFor(d, n.id), `${d.meta.id} ${n.id}`).toBeNull();
        if (['article', 'clause', 'point', 'row', 'office'].includes(n.kind)) expect(citationFor(d, n.id), `${d.meta.id} ${n.id}`).toMatch(/^\S/);
      }
    }
    expect(citationFor(doc(HP), 'phan-cuoi/noi-nhan/gach-1')).toBeNull();
  });

  it('is the one the export gives every node', () => {
    for (const d of corpus().documents) {
      const exported = exportDocument(d);
      for (const n of exported.nodes) expect(n.citation, `${d.meta.id} ${n.id}`).toBe(citationFor(d, n.id));
    }
  });

  it('follows the chosen form for the document part only', () => {
    expect(citation('điểm đ khoản 6 Điều 2', doc(TT).meta, { date: 'long' })).toBe('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ');
  });
});

describe('words around citations', () => {
  it('name a unit under its parent by its own words (the line “Điều 2 › khoản 6 › điểm đ”)', () => {
    expect(ownName('điểm đ khoản 6 Điều 2', 'khoản 6 Điều 2')).toBe('điểm đ');
    expect(ownName('khoản 6 Điều 2', 'Điều 2')).toBe('khoản 6');
    expect(ownName('Điều 2', 'Chương I')).toBe('Điều 2');
    expect(ownName('mục 2.1 Điều 3 (Văn phòng)', 'Điều 3 (Văn phòng)')).toBe('mục 2.1');
    expect(ownName('mục 2.6 (Thanh tra Sở)', 'khoản 2 (Thanh tra Sở)')).toBe('mục 2.6');
    expect(ownName('mục 2.6.1 (Thanh tra Sở)', 'mục 2.6 (Thanh tra Sở)')).toBe('mục 2.6.1');
    expect(ownName('khoản 2 (Thanh tra Sở)', 'Thanh tra Sở')).toBe('khoản 2');
    // A shared end inside a word is not a shared word.
    expect(ownName('khoản 12', 'khoản 2')).toBe('khoản 12');
  });

  it('give the build time in Vietnam’s time zone, whatever the machine’s', () => {
    expect(buildStamp(new Date('2026-12-01T20:30:00Z'))).toBe('03:30 ngày 2/12/2026');
    expect(buildStamp(new Date('2026-06-30T16:59:00Z'))).toBe('23:59 ngày 30/6/2026');
  });

  it('take the newest date of issue as the update date, and count the documents that state none', () => {
    const latest = latestIssued(corpus().documents.map((d) => d.meta));
    expect(latest.date).toBe('2025-06-30');
    expect(latest.documents.map((d) => d.id)).toEqual([HP]);
    expect(latest.undated).toBe(2);
  });
});
