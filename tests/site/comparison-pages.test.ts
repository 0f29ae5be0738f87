/** The comparison pages (so-sanh/) in the built site, and the pure helpers behind them. Reads dist/ HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distPage, ensureDist, htmlText } from './ensure-dist';
import { substitutions, wordDiff } from '../../src/lib/site/comparison';

beforeAll(() => ensureDist(), 180_000);

const page = distPage;
const text = htmlText;
const DOCS = ['hai-phong-qd-so-khcn-2025', 'lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn', 'quang-ngai-chuong-trinh-6-thang-cuoi-2025'];
/** The <tr> of a khoản page whose row header has this id. */
const rowOf = (html: string, anchor: string) => {
  const start = html.indexOf(`<th scope="row" id="${anchor}"`);
  expect(start, anchor).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</tr>', start));
};

describe('the overview matrix so-sanh/', () => {
  // Read after the file's beforeAll has built dist/ (a describe body runs while tests are collected).
  let html = '', table = '', body = '';
  beforeAll(() => {
    html = page('so-sanh/');
    table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    body = table.slice(table.indexOf('<tbody'));
  });

  it('is a real table: caption, column heads with scope, 29 khoản rows × 4 documents', () => {
    expect(table).toContain('<caption>');
    const heads = [...table.slice(0, table.indexOf('</thead>')).matchAll(/<th scope="col"/g)];
    expect(heads).toHaveLength(1 + 4);
    const rows = body.split('<tr').slice(1);
    expect(rows).toHaveLength(29);
    for (const row of rows) {
      expect(row).toMatch(/<th scope="row"/);
      expect([...row.matchAll(/<td/g)]).toHaveLength(4);
    }
    for (const d of DOCS) expect(table).toContain(`href="${d}/"`);
  });

  it('gives coverage and offices in each cell, linking to the khoản page', () => {
    const first = body.split('<tr').slice(1)[0]!;
    expect(first).toContain('href="khoan-1/"');
    // Khoản 1 has 4 points; Hải Phòng restates them all, Lai Châu assigns 3 (not điểm d), the programme none.
    const cells = first.split('<td').slice(1).map((c) => text(`<td${c}`).trim());
    expect(cells[0]).toMatch(/^4\/4 .* Sở \(văn bản không chia cho phòng\)$/);
    expect(cells[1]).toMatch(/^3\/4 .* Phòng Bưu chính/);
    expect(cells[3]).toMatch(/^0\/4 .* không thấy phân công$/);
  });

  it('links the CSV exports, all documents and each one', () => {
    expect(html).toContain('href="../data/so-sanh/tat-ca.csv"');
    for (const d of DOCS) expect(html).toContain(`href="../data/so-sanh/${d}.csv"`);
  });

  it('keeps the first column in view when scrolling sideways, and prints', () => {
    const css = readFileSync(join(DIST, 'compare.css'), 'utf8');
    expect(css).toMatch(/\.cmp th\[scope=row\]\{position:sticky;left:0/);
    expect(css).toContain('@media print');
  });
});

describe('a khoản page so-sanh/khoan-N/', () => {
  it('exists for each of the 29 khoản, with its points as rows', () => {
    for (let n = 1; n <= 29; n++) expect(page(`so-sanh/khoan-${n}/`)).toContain('<table class="cmp khoan"');
    const k11 = page('so-sanh/khoan-11/');
    expect([...k11.matchAll(/<th scope="row"/g)]).toHaveLength(17);
  });

  it("shows Hải Phòng's điểm đ against the model's điểm d of khoản 1, with a word diff", () => {
    const row = rowOf(page('so-sanh/khoan-1/'), 'khoan-1-diem-d');
    expect(row).toContain('href="../../van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-1-diem-d"');
    expect(row).toContain('href="../../van-ban/hai-phong-qd-so-khcn-2025/dieu-2/#khoan-1-diem-dd"');
    expect(text(row)).toContain('điểm đ khoản 1 Điều 2');
    expect(text(row)).toContain('đã rà soát');
    expect(row).toContain('thành phố chèn điểm d mới');
    expect(row).toMatch(/<details class="diff"><summary>Khác biệt lời văn<\/summary><p class="dw">[^]*<del>cấp tỉnh<\/del><ins>thành phố<\/ins>/);
  });

  it('says "không thấy phân công" where no office carries a model point, and names no office there', () => {
    const row = rowOf(page('so-sanh/khoan-1/'), 'khoan-1-diem-d');
    const cells = row.split('<td').slice(1);
    expect(cells).toHaveLength(4);
    // Lai Châu, Quảng Ngãi (March) and the programme do not assign điểm d khoản 1.
    for (const cell of cells.slice(1)) expect(text(`<td${cell}`).trim()).toBe('không thấy phân công');
  });

  it('shows "một phần" beside an item carrying part of a duty, and who reviewed each link and when', () => {
    const row = rowOf(page('so-sanh/khoan-17/'), 'khoan-17-diem-e');
    const lc = row.split('<td').find((c) => c.includes('mục 2.1 Điều 5'))!;
    expect(text(`<td${lc}`)).toMatch(/điểm n mục 2\.1 Điều 5.*một phần.*Nhóm phát triển, 2\/12\/2026/s);
    expect(lc).toContain('title="Rà soát: Nhóm phát triển — đọc lại cả hai văn bản (issue 16)');
    // A verbatim Hải Phòng point is whole: no mark.
    const hp = rowOf(page('so-sanh/khoan-17/'), 'khoan-17-diem-e').split('<td')[1]!;
    expect(hp).not.toContain('cov-part');
    expect(text(`<td${hp}`)).toContain('Nhóm phát triển, 24/11/2026');
  });

  it('counts the duties only assigned in parts separately in the matrix and the document summary', () => {
    const matrix = page('so-sanh/');
    const k26 = matrix.slice(matrix.indexOf('href="khoan-26/"'), matrix.indexOf('</tr>', matrix.indexOf('href="khoan-26/"')));
    expect(text(k26)).toMatch(/1\/1 điểm của khoản 26 được phân công trong .*Lai Châu.*1 chỉ từng phần/s);
    expect(text(page('so-sanh/lai-chau-quy-dinh-cac-phong/'))).toMatch(/97\/123 điểm của mô hình được phân công \(79%\), trong đó \d+ chỉ được giao từng phần/);
  });

  it("gives the reviewer's reason for each unassigned duty, once per reason", () => {
    const lc = text(page('so-sanh/lai-chau-quy-dinh-cac-phong/'));
    expect(lc).toContain('xã hội hóa hoạt động cung ứng dịch vụ sự nghiệp công: không phòng nào được giao.');
    expect(lc.split('thông tin, thống kê, thư viện khoa học và công nghệ — có lẽ do đơn vị sự nghiệp').length).toBe(2);
  });

  it('marks automatic links apart from reviewed ones, and shows reviewers\' notes', () => {
    const all = Array.from({ length: 29 }, (_, i) => page(`so-sanh/khoan-${i + 1}/`)).join('');
    expect(all).toContain('class="st reviewed checked"');
    expect(all).toContain('Ghi chú rà soát:');
  });
});

describe('a document page so-sanh/<doc>/', () => {
  it('summarises coverage and lists what the model has that the document did not assign', () => {
    const lc = text(page('so-sanh/lai-chau-quy-dinh-cac-phong/'));
    expect(lc).toMatch(/\d+\/123 điểm của mô hình được phân công/);
    expect(lc).toContain('Điểm của mô hình không thấy phân công');
    expect(lc).toContain('Phòng, đơn vị theo số điểm của mô hình đảm nhận');
    expect(page('so-sanh/lai-chau-quy-dinh-cac-phong/')).toContain('<table class="cmp matrix"');
  });

  it("lists Hải Phòng's inserted điểm d khoản 1 as its own duty, linked", () => {
    const html = page('so-sanh/hai-phong-qd-so-khcn-2025/');
    const own = html.slice(html.indexOf('id="rieng"'), html.indexOf('</section>', html.indexOf('id="rieng"')));
    expect(own).toContain('href="../../van-ban/hai-phong-qd-so-khcn-2025/dieu-2/#khoan-1-diem-d"');
    expect(text(own)).toContain('phân cấp, ủy quyền');
  });

  it("sets Hải Phòng's Điều 2 beside the model's: the city's changes, shifted letters, the repeated d)", () => {
    const hp = page('so-sanh/hai-phong-qd-so-khcn-2025/');
    const t = text(hp);
    expect(t).toMatch(/cấp tỉnh → thành phố : \d+ lần/);
    expect(t).toContain('chèn thêm — không có trong mô hình');
    expect(t).toContain('chữ cái dịch so với mô hình');
    expect(t).toContain('chữ cái lặp lại trong văn bản');
    expect(t).toContain('Văn bản ghi hai lần "d)" trong khoản 13');
  });

  it("puts Quảng Ngãi's March offices beside the September lead offices", () => {
    const t = text(page('so-sanh/tinh/quang-ngai/'));
    expect(t).toContain('Phòng Bưu chính - Viễn thông và Công nghệ thông tin');
    expect(t).toContain('Phòng Bưu chính - Viễn thông và Chuyển đổi số');
    expect(t).toMatch(/Phòng Quản lý chuyên ngành Phòng Quản lý Công nghệ và Chuyên ngành \d+/);
  });
});

describe('the diff helpers', () => {
  it('diff word by word, model → province', () => {
    expect(wordDiff('Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân thành phố')).toEqual([
      { t: 's', v: 'Ủy ban nhân dân ' }, { t: 'd', v: 'cấp tỉnh' }, { t: 'i', v: 'thành phố' },
    ]);
  });

  it('count repeated substitutions across pairs', () => {
    const pairs = [wordDiff('a cấp tỉnh b', 'a thành phố b'), wordDiff('cấp tỉnh', 'thành phố'), wordDiff('x', 'y')];
    expect(substitutions(pairs)[0]).toEqual({ from: 'cấp tỉnh', to: 'thành phố', count: 2 });
  });
});

describe('the comparison beside the texts', () => {
  it('lists "Các tỉnh phân công" under every model point of Điều 2, linked to the province items and the khoản page', () => {
    const html = page('van-ban/tt-10-2025-bkhcn/dieu-2/');
    expect([...html.matchAll(/<p class="cmpx"[^>]*>Các tỉnh phân công: /g)]).toHaveLength(123);
    const start = html.indexOf('id="khoan-1-diem-d"');
    const block = html.slice(start, html.indexOf('</div>', start));
    expect(block).toContain('href="../../hai-phong-qd-so-khcn-2025/dieu-2/#khoan-1-diem-dd"');
    expect(block).toContain('href="../../../so-sanh/khoan-1/#khoan-1-diem-d"');
    expect(text(block)).toContain('không thấy phân công: Lai Châu');
  });

  it('links every province item back to its model points ("Đối chiếu: …")', () => {
    const html = page('van-ban/hai-phong-qd-so-khcn-2025/dieu-2/');
    const start = html.indexOf('id="khoan-1-diem-dd"');
    const block = html.slice(start, html.indexOf('</div>', start));
    expect(text(block)).toContain('Đối chiếu: điểm d khoản 1 Điều 2 Thông tư 10/2025/TT-BKHCN');
    expect(block).toContain('href="../../tt-10-2025-bkhcn/dieu-2/#khoan-1-diem-d"');
    // The city's own point d has no model counterpart, so no line.
    const own = html.slice(html.indexOf('id="khoan-1-diem-d"'), html.indexOf('id="khoan-1-diem-dd"'));
    expect(own).not.toContain('class="cmpx"');
    // A programme row carries its line in the task cell.
    expect(page('van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/')).toMatch(/<td>(?:(?!<\/td>).)*<p class="cmpx"[^>]*>Đối chiếu: /s);
  });
});

describe('the comparison view model', () => {
  const node = (id: string, label: string, text: string, extra: Record<string, unknown> = {}) => ({ id, parent: null, kind: id.includes('diem') ? 'point' : 'clause', number: null, num: id.split('-').pop()!, label, heading: null, text, office: null, url: `van-ban/x/#${id.replace(/\//g, '-')}`, lines: [1, 1] as [number, number], ...extra });
  const doc = (id: string, nodes: ReturnType<typeof node>[], offices: Array<{ id: string; name: string }> = []) => ({
    id, title: id, shortTitle: id, kind: 'distribution', province: 'P', url: `van-ban/${id}/`, offices: offices.map((o) => ({ ...o, url: `van-ban/${id}/phong/${o.id}/` })), nodes,
  }) as unknown as import('../../src/lib/export').ExportDocument;
  const model = doc('m', [node('dieu-2/khoan-1', 'khoản 1 Điều 2', 'Trình:'), node('dieu-2/khoan-1/diem-a', 'điểm a khoản 1 Điều 2', 'Dự thảo cấp tỉnh'), node('dieu-2/khoan-1/diem-b', 'điểm b khoản 1 Điều 2', 'Kế hoạch')]);
  const prov = doc('p', [node('i1', 'mục 1 (Phòng A)', 'Dự thảo thành phố', { office: 'a' }), node('i2', 'mục 2', 'Riêng')], [{ id: 'a', name: 'Phòng A' }]);
  const comparison = {
    model: { document: 'm', article: 'dieu-2' },
    rows: [
      { model: 'dieu-2/khoan-1/diem-a', label: 'điểm a khoản 1 Điều 2', documents: { p: [{ node: 'i1', office: 'a', officeName: 'Phòng A', score: 0.9, status: 'auto' as const, coverage: null, checked: false, note: null, reviewedBy: null, reviewedAt: null }] } },
      { model: 'dieu-2/khoan-1/diem-b', label: 'điểm b khoản 1 Điều 2', documents: { p: [] } },
    ],
    provinceOnly: { p: ['i2'] },
    reviews: { p: null },
  };

  it('keeps automatic links marked "tự động", names the office apart from the label, and leaves unassigned points empty', async () => {
    const { buildComparisonSite, coverage, statusWords, documentSummary } = await import('../../src/lib/site/comparison');
    const site = buildComparisonSite([model, prov], comparison);
    const clause = site.clauses[0]!;
    expect(clause.points.map((p) => p.unit)).toEqual(['điểm a', 'điểm b']);
    const a = clause.points[0]!.cells.p![0]!;
    expect(statusWords(a)).toBe('tự động');
    expect(a.label).toBe('mục 1');
    expect(a.offices).toEqual([{ id: 'a', name: 'Phòng A', url: 'van-ban/p/phong/a/' }]);
    expect(a.diff).toEqual([{ t: 's', v: 'Dự thảo ' }, { t: 'd', v: 'cấp tỉnh' }, { t: 'i', v: 'thành phố' }]);
    expect(coverage(clause, 'p')).toEqual({ assigned: 1, inPart: 0, total: 2 });
    const s = documentSummary(site, 'p');
    expect(s.unassigned.map((u) => u.point.unit)).toEqual(['điểm b']);
    expect(s.auto).toBe(1);
    expect(site.provinceOnly.p!.map((x) => x.label)).toEqual(['mục 2']);
  });
});
