/**
 * One fixture per seed: the counts the issue states, and a dozen chosen
 * nodes (number as written, label, first words, office).
 */
import { describe, expect, it } from 'vitest';
import { allNodes } from '../../src/lib/parse';
import { count, doc, node } from '../helpers/corpus';

const starts = (text: string, prefix: string) => expect(text.startsWith(prefix), `"${text.slice(0, 80)}" starts with "${prefix}"`).toBe(true);

describe('Thông tư 10/2025/TT-BKHCN (the model)', () => {
  const d = doc('tt-10-2025-bkhcn');
  const nodes = allNodes(d);

  it('has 4 chapters and 12 articles', () => {
    expect(nodes.filter((n) => n.kind === 'part' && n.partType === 'chapter')).toHaveLength(4);
    expect(nodes.filter((n) => n.kind === 'article')).toHaveLength(12);
  });

  it('lists 29 khoản and 109 điểm in Điều 2', () => {
    const dieu2 = node(d, 'dieu-2');
    expect(dieu2.children.filter((c) => c.kind === 'clause')).toHaveLength(29);
    expect(count(dieu2.children, 'point')).toBe(109);
  });

  it('labels điểm đ of khoản 6 in the official order and anchors it as dd', () => {
    const p = node(d, 'dieu-2/khoan-6/diem-dd');
    expect(p.number).toBe('đ)');
    expect(p.label).toBe('điểm đ khoản 6 Điều 2');
    starts(p.text, 'Theo dõi, hướng dẫn, kiểm tra, đánh giá quá trình thực hiện');
    expect(node(d, 'dieu-2/khoan-6/diem-d').text).not.toBe(p.text);
  });

  it('keeps khoản headings apart from their points', () => {
    const k11 = node(d, 'dieu-2/khoan-11');
    expect(k11.heading).toBe('Về tiêu chuẩn, đo lường, chất lượng');
    expect(k11.children.map((c) => c.num).join('')).toBe('abcdđeghiklmnopqr');
  });

  it('reads the header, the legal bases and the enacting formula', () => {
    const pre = node(d, 'phan-dau');
    expect(pre.children.filter((c) => c.kind === 'basis')).toHaveLength(4);
    expect(pre.children.find((c) => c.kind === 'header' && c.text.startsWith('Số:'))!.text).toBe('Số: 10/2025/TT-BKHCN');
    starts(pre.children.find((c) => c.kind === 'formula')!.text, 'Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư');
  });

  it('reports that Điều 9 skips point e', () => {
    expect(d.diagnostics.some((x) => x.code === 'number-skipped' && x.line === 316)).toBe(true);
  });
});

describe('Hải Phòng decision', () => {
  const d = doc('hai-phong-qd-so-khcn-2025');

  it('has 6 articles, and Điều 2 with 29 khoản and 110 điểm', () => {
    expect(allNodes(d).filter((n) => n.kind === 'article')).toHaveLength(6);
    const dieu2 = node(d, 'dieu-2');
    expect(dieu2.children.filter((c) => c.kind === 'clause')).toHaveLength(29);
    expect(count(dieu2.children, 'point')).toBe(110);
  });

  it('keeps the inserted point d of khoản 1 and the shifted đ as written', () => {
    starts(node(d, 'dieu-2/khoan-1/diem-d').text, 'Dự thảo quyết định việc phân cấp, ủy quyền');
    starts(node(d, 'dieu-2/khoan-1/diem-dd').text, 'Dự thảo quyết định thực hiện xã hội hóa');
  });

  it('keeps both "d)" of khoản 13 with distinct anchors and reports the repeat', () => {
    const second = node(d, 'dieu-2/khoan-13/diem-d-lan-2');
    expect(second.number).toBe('d)');
    expect(second.repeatOf).toBe('dieu-2/khoan-13/diem-d');
    starts(second.text, 'Triển khai xây dựng các dự án dữ liệu');
    expect(d.diagnostics.some((x) => x.code === 'duplicate-number' && x.line === 210)).toBe(true);
  });

  it('joins a paragraph split across lines and removes emphasis and the stray "*g*"', () => {
    const k3 = node(d, 'dieu-2/khoan-3');
    expect(k3.text).toContain('sau khi được ban hành, phê duyệt; thông tin, tuyên truyền');
    expect(d.removed.map((r) => r.text)).toEqual(['**', '**', '*g*']);
    expect(node(d, 'phan-cuoi/chu-ky').text).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Tùng');
  });
});

describe('Lai Châu distribution rule', () => {
  const d = doc('lai-chau-quy-dinh-cac-phong');

  it('has 3 chapters, 8 articles and 5 offices', () => {
    expect(allNodes(d).filter((n) => n.kind === 'part' && n.partType === 'chapter')).toHaveLength(3);
    expect(allNodes(d).filter((n) => n.kind === 'article')).toHaveLength(8);
    expect(d.offices.map((o) => o.node)).toEqual(['dieu-3', 'dieu-4', 'dieu-5', 'dieu-6', 'dieu-7']);
  });

  it('joins hard-wrapped lines without gluing items, and labels office items with the office', () => {
    const a = node(d, 'dieu-3/muc-2-1/diem-a');
    expect(a.text).toBe('Dự thảo văn bản trình UBND tỉnh, Chủ tịch UBND tỉnh ban hành: Quyết định, quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở; quyết định, quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của đơn vị sự nghiệp công lập thuộc Sở; Quyết định thành lập, tổ chức lại, sáp nhập, chia tách, giải thể các tổ chức thuộc Sở theo quy định của pháp luật.');
    expect(a.label).toBe('điểm a mục 2.1 Điều 3 (Văn phòng)');
    expect(a.office).toBe('van-phong');
  });

  it('keeps "i)" before "h)" and the foreign "f)", reporting both', () => {
    const letters = node(d, 'dieu-3/muc-2-1').children.map((c) => c.num).join(',');
    expect(letters).toBe('a,b,c,d,đ,e,f,g,i,h');
    const codes = d.diagnostics.filter((x) => x.line === 129 || x.line === 157).map((x) => x.code);
    expect(codes).toEqual(['foreign-letter', 'number-out-of-order']);
  });

  it('joins a heading split over two lines, hyphen included', () => {
    expect(node(d, 'dieu-5').heading).toBe('Vị trí, chức năng, nhiệm vụ và quyền hạn của phòng Bưu chính-Viên thông-Công nghệ thông tin');
    expect(d.offices[2]!.name).toBe('Phòng Bưu chính - Viễn thông - Công nghệ thông tin');
  });

  it('splits point g) that starts in the middle of point e)', () => {
    expect(node(d, 'dieu-6/muc-2-2/diem-e').text.endsWith('phê duyệt;')).toBe(true);
    starts(node(d, 'dieu-6/muc-2-2/diem-g').text, 'Tổ chức thực hiện cơ chế, chính sách về sử dụng');
  });

  it('keeps "2.4 Thực hiện" (no dot) as item 2.4 and removes the curated page number', () => {
    expect(node(d, 'dieu-7/muc-2-4').number).toBe('2.4');
    expect(node(d, 'dieu-7/muc-2-3/diem-g').text).toContain('nội dung bản công bố sử dụng');
    expect(d.removed).toEqual([expect.objectContaining({ line: 1185, text: '8' })]);
  });
});

describe('Quảng Ngãi decision 33/QĐ-SKHCN', () => {
  const d = doc('quang-ngai-33-qd-skhcn');

  it('has 3 articles, then 5 offices in its attached Quy định', () => {
    expect(allNodes(d).filter((n) => n.kind === 'article').map((n) => n.id)).toEqual(['dieu-1', 'dieu-2', 'dieu-3']);
    const offices = allNodes(d).filter((n) => n.kind === 'office');
    expect(offices.map((o) => o.number)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(offices.every((o) => o.id.startsWith('quy-ddinh/'))).toBe(true);
    expect(d.offices.map((o) => o.id)).toEqual(['van-phong-so', 'thanh-tra-so', 'phong-buu-chinh-vien-thong-va-cntt', 'phong-quan-ly-khoa-hoc-cong-nghe', 'phong-quan-ly-chuyen-nganh']);
  });

  it('keeps both "2.6.1" with distinct anchors and reports the repeat', () => {
    starts(node(d, 'quy-ddinh/muc-iii/muc-2-6-1').text, 'Xây dựng, hướng dẫn, tổ chức triển khai cơ chế');
    starts(node(d, 'quy-ddinh/muc-iii/muc-2-6-1-lan-2').text, 'Xây dựng, ban hành danh mục các nền tảng số');
    expect(d.diagnostics.filter((x) => x.code === 'duplicate-number').map((x) => x.line)).toEqual([120]);
  });

  it('reads "2.1.4.Tổng hợp" and "2.1.2 Tổ chức" with their numbers as written', () => {
    const n = node(d, 'quy-ddinh/muc-ii/muc-2-1-4');
    expect(n.number).toBe('2.1.4.');
    expect(n.text).toBe('Tổng hợp, báo cáo kết quả công tác thanh tra.');
    expect(node(d, 'quy-ddinh/muc-ii/muc-2-1-2').number).toBe('2.1.2');
    expect(n.label).toBe('mục 2.1.4 (Thanh tra Sở)');
  });

  it('removes Word bookmarks and keeps the text after them', () => {
    expect(d.removed.map((r) => r.line)).toEqual([43, 88]);
    expect(node(d, 'quy-ddinh/muc-iii/muc-2-1').heading).toBe('Về bưu chính');
  });
});

describe('Quảng Ngãi work programme', () => {
  const d = doc('quang-ngai-chuong-trinh-6-thang-cuoi-2025');
  const rows = allNodes(d).filter((n) => n.kind === 'row');

  it('rebuilds the 8 rows of Phụ lục I with lead offices from the legend', () => {
    expect(rows).toHaveLength(8);
    const leads = rows.map((r) => (r.kind === 'row' ? r.lead : ''));
    expect(leads).toEqual([
      'Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS', 'Phòng QLCN&CN', 'Phòng QLTCĐLCL',
      'Các phòng, đơn vị theo từng nội dung; Văn Phòng Sở tham mưu chung', 'Văn phòng Sở', 'Các đơn vị sự nghiệp', 'Trung tâm CĐS&ĐMST',
    ]);
    const first = rows[0]!;
    if (first.kind !== 'row') throw new Error('row');
    expect(first.leadOffices).toEqual(['phong-quan-ly-khoa-hoc-va-ddoi-moi-sang-tao']);
    expect(d.offices.find((o) => o.id === first.leadOffices[0])!.abbreviation).toBe('Phòng QLKH&ĐMST');
  });

  it('continues a task across the office cells and the page break', () => {
    const r1 = rows[0]!;
    expect(r1.text).toContain('(4) Kế hoạch thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 36-NQ/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về phát triển');
    expect(rows[2]!.text).toContain('(2) Chương trình phát triển tài sản trí tuệ trên địa bàn tỉnh Quảng Ngãi đến năm 2030;');
    expect(rows[4]!.text).toContain('Nghị quyết số 45-NQ/TW ngày 24/11/2023');
    expect(d.removed).toEqual([expect.objectContaining({ line: 507, text: '8' })]);
  });

  it('reads the legend that expands abbreviations', () => {
    expect(d.legend).toHaveLength(7);
    expect(d.legend[0]).toMatchObject({ name: 'Phòng Quản lý Khoa học và Đổi mới sáng tạo', abbreviation: 'Phòng QLKH&ĐMST' });
  });

  it('keeps the footnote out of clause 8 and marks its reference in clause 4', () => {
    const foot = node(d, 'chu-thich-cuoi-trang-1');
    starts(foot.text, 'Các Quyết định số: 476/QĐ-UBND');
    expect(node(d, 'chuong-trinh/phan-a/muc-i/khoan-8').text.endsWith('công chức, viên chức.')).toBe(true);
    const k4 = node(d, 'chuong-trinh/phan-a/muc-i/khoan-4');
    const ref = k4.footnoteRefs![0]!;
    expect(k4.text.slice(ref.offset - 9, ref.offset + 1)).toBe('2021-20251');
    expect(ref.footnote).toBe('chu-thich-cuoi-trang-1');
  });
});
