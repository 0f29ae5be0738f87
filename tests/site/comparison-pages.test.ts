/** The comparison pages (so-sanh/) in the built site, and the pure helpers behind them. Reads dist/ HTML. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distPage, ensureDist, htmlText } from './ensure-dist';
import { substitutions, wordDiff } from '../../src/lib/site/comparison';

beforeAll(() => ensureDist(), 180_000);

const page = distPage;
const text = htmlText;
const DOCS = ['hai-phong-qd-so-khcn-2025', 'lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn', 'quang-ngai-chuong-trinh-6-thang-cuoi-2025'];
/** The <tr> of a comparison table whose row header links to this document's comparison page. */
const rowOf = (html: string, doc: string) => {
  const start = html.search(new RegExp(`<tr[^>]*><th scope="row"><a href="(?:\\.\\./)*${doc}/"`));
  expect(start, doc).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</tr>', start));
};
/** Every per-duty page's HTML. */
const allDutyPages = () => readdirSync(join(DIST, 'so-sanh', 'nhiem-vu'), { withFileTypes: true })
  .filter((d) => d.isDirectory()).map((d) => page(`so-sanh/nhiem-vu/${d.name}/`)); // index.html beside them is the list of duties
/** A khoản page's entries for one model point, in the documents' order (the point's column on a desktop, its card on a phone). */
const entriesOf = (html: string, anchor: string) => {
  const start = html.indexOf(`<div class="kh" id="${anchor}">`);
  expect(start, anchor).toBeGreaterThan(0);
  const list = html.slice(html.indexOf('<ol class="kitems">', start), html.indexOf('</ol>', start));
  return list.split("<li").slice(1).map((e) => `<li${e}`);
};
const cellsOf = (row: string) => row.split('<td').slice(1).map((c) => `<td${c}`);

describe('the overview heat map so-sanh/', () => {
  // Read after the file's beforeAll has built dist/ (a describe body runs while tests are collected).
  let html = '', table = '', body = '';
  beforeAll(() => {
    html = page('so-sanh/');
    table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    body = table.slice(table.indexOf('<tbody'));
  });

  it('is a real table: caption, a sortable column head per khoản, one row per document with its region', () => {
    expect(table).toContain('<caption>');
    const heads = [...table.slice(0, table.indexOf('</thead>')).matchAll(/<th scope="col" data-sort/g)];
    expect(heads).toHaveLength(1 + 29);
    const rows = body.split('<tr').slice(1);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row).toMatch(/^ data-p="[^"]+" data-r="[^"]+"><th scope="row">/);
      expect([...row.matchAll(/<td/g)]).toHaveLength(29);
    }
    for (let n = 1; n <= 29; n++) expect(table).toContain(`href="khoan-${n}/"`);
    expect(rowOf(html, 'lai-chau-quy-dinh-cac-phong')).toContain('data-r="Trung du và miền núi phía Bắc"');
  });

  it('gives each cell the points assigned out of the khoản\'s points, shaded by coverage', () => {
    // Khoản 1 has 4 points; Hải Phòng restates them all, Lai Châu assigns 3 (not điểm d), the programme none.
    const first = (doc: string) => cellsOf(rowOf(html, doc))[0]!;
    expect(first('hai-phong-qd-so-khcn-2025')).toBe('<td class="h3">4/4</td>');
    // Two of Lai Châu's three are carried only in part (◐ 2).
    expect(first('lai-chau-quy-dinh-cac-phong')).toBe('<td class="h2">3/4 ◐ 2</td>');
    expect(first('quang-ngai-chuong-trinh-6-thang-cuoi-2025')).toBe('<td class="h0">0/4</td>');
  });

  it('offers the filter form (shown by the script) and the CSV export', () => {
    expect(html).toMatch(/<form class="cmp-filter"[^>]*hidden>/);
    expect(html).toContain('<option>Đồng bằng sông Hồng</option>');
    expect(html).toContain('href="../data/so-sanh/tat-ca.csv"');
  });

  it('keeps the head row and first column in view while scrolling, and prints', () => {
    const css = readFileSync(join(DIST, 'compare.css'), 'utf8');
    expect(css).toMatch(/\.cmp thead th\{position:sticky;top:0/);
    expect(css).toMatch(/\.cmp th\[scope=row\]\{position:sticky;left:0/);
    expect(css).toContain('@media print');
  });
});

describe('a khoản page so-sanh/khoan-N/', () => {
  it("exists for each of the 29 khoản: a list per point with an entry per document in the documents' order, after the documents' list", () => {
    for (let n = 1; n <= 29; n++) expect(page(`so-sanh/khoan-${n}/`)).toContain('<div class="kgrid"');
    const k11 = page('so-sanh/khoan-11/');
    // The grid's geometry: a column per point, a row per document and the head.
    expect(k11).toContain('<div class="kgrid" style="--rows:5;--pts:17">');
    const docs = k11.slice(k11.indexOf('<ul class="kdocs">'), k11.indexOf('</ul>', k11.indexOf('<ul class="kdocs">')));
    expect([...docs.matchAll(/<li data-p="[^"]+" data-r="[^"]+"><a href="\.\.\/([^/]+)\/">/g)].map((m) => m[1])).toEqual(DOCS);
    expect([...k11.matchAll(/<section class="kpt">/g)]).toHaveLength(17);
    const titles = ['Quyết định về Sở KH&amp;CN Hải Phòng (30/6/2025)', 'Quy định các phòng thuộc Sở KH&amp;CN Lai Châu', 'Quyết định 33/QĐ-SKHCN (Quảng Ngãi)', 'Chương trình công tác 6 tháng cuối năm 2025 (Quảng Ngãi)'];
    for (const m of k11.matchAll(/<div class="kh" id="([^"]+)">/g)) {
      // Each entry names its document (the card on a phone has no first column).
      expect(entriesOf(k11, m[1]!).map((e) => /<b>(.*?)<\/b>/.exec(e)?.[1])).toEqual(titles);
    }
  });

  it('heads each point with its letter linked to its per-duty page, its text, how many documents assign it and its place in the model', () => {
    const html = page('so-sanh/khoan-1/');
    const head = html.slice(html.indexOf('<div class="kh" id="khoan-1-diem-d">'), html.indexOf('<ol class="kitems">', html.indexOf('id="khoan-1-diem-d"')));
    expect(head).toContain('<h3><a href="../nhiem-vu/khoan-1-diem-d/"');
    expect(text(head)).toContain('Dự thảo quyết định thực hiện xã hội hóa');
    expect(text(head)).toContain('1/4 văn bản phân công');
    expect(head).toContain('href="../../van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-1-diem-d"');
    // The jump list (phone) leads to each point's head.
    expect(html).toMatch(/<nav class="kjump" aria-label="Đến điểm">.*<a href="#khoan-1-diem-d">d<\/a>/);
  });

  it("puts Hải Phòng's điểm đ under the model's điểm d of khoản 1, as the Sở's, and 'không thấy phân công' where no office carries it", () => {
    const html = page('so-sanh/khoan-1/');
    const [hp, ...others] = entriesOf(html, 'khoan-1-diem-d');
    expect(hp).toContain('href="../../van-ban/hai-phong-qd-so-khcn-2025/dieu-2/#khoan-1-diem-dd"');
    // The decision gives its duties to the Sở: the entry says "Sở", the legend says what that means.
    expect(text(hp!).replace(/\s+/g, ' ').trim()).toBe('Quyết định về Sở KH&CN Hải Phòng (30/6/2025) Sở điểm đ khoản 1 Điều 2 Nhóm phát triển, 24/11/2026');
    expect(text(html)).toContain('“Sở”: văn bản giao nhiệm vụ cho Sở, không chia cho phòng');
    for (const e of others) expect(text(e)).toMatch(/không thấy phân công\s*$/);
  });

  it('lists its points, each linked to its per-duty page with how many documents assign it', () => {
    const html = page('so-sanh/khoan-1/');
    expect(html).toMatch(/<ul class="points">[^]*?<strong>điểm d<\/strong>[^]*?href="\.\.\/nhiem-vu\/khoan-1-diem-d\/">1\/4 văn bản phân công điểm d/);
  });
});

describe('a per-duty page so-sanh/nhiem-vu/<anchor>/', () => {
  it('exists for each of the 123 model duties, a row per document', () => {
    const comparison = JSON.parse(readFileSync(join(DIST, 'data', 'comparison.json'), 'utf8')) as { rows: unknown[] };
    expect(comparison.rows).toHaveLength(123);
    const html = page('so-sanh/nhiem-vu/khoan-11-diem-a/');
    expect(html).toContain('<table class="cmp duty rows"');
    expect([...html.matchAll(/<th scope="row"/g)]).toHaveLength(4);
  });

  it("shows Hải Phòng's item for điểm d khoản 1 with its review, and its wording one click away", () => {
    const html = page('so-sanh/nhiem-vu/khoan-1-diem-d/');
    const row = rowOf(html, 'hai-phong-qd-so-khcn-2025');
    expect(row).toContain('href="../../../van-ban/hai-phong-qd-so-khcn-2025/dieu-2/#khoan-1-diem-dd"');
    expect(text(row)).toContain('đã rà soát');
    expect(row).toContain('thành phố chèn điểm d mới');
    expect(row).toContain('<details class="diff" data-item="van-ban/hai-phong-qd-so-khcn-2025/dieu-2/#khoan-1-diem-dd">');
    for (const doc of DOCS.slice(1)) expect(text(rowOf(html, doc))).toContain('không thấy phân công');
  });

  it('links its data: who does the duty, and the wording (JSON)', () => {
    const html = page('so-sanh/nhiem-vu/khoan-1-diem-d/');
    expect(html).toContain('Dữ liệu: <a href="../../../data/so-sanh/nhiem-vu/khoan-1-diem-d.json">JSON</a>, lời văn: <a href="../../../data/so-sanh/nhiem-vu/khoan-1-diem-d.loi-van.json">JSON</a>.');
  });

  it('shows "một phần" beside an item carrying part of a duty, and who reviewed each link and when', () => {
    const html = page('so-sanh/nhiem-vu/khoan-17-diem-e/');
    const lc = rowOf(html, 'lai-chau-quy-dinh-cac-phong');
    expect(text(lc)).toMatch(/điểm n mục 2\.1 Điều 5.*một phần.*Nhóm phát triển, 2\/12\/2026/s);
    expect(lc).toContain('title="Rà soát: Nhóm phát triển — đọc lại lần hai cả hai văn bản');
    // A verbatim Hải Phòng point is whole: no mark.
    const hp = rowOf(html, 'hai-phong-qd-so-khcn-2025');
    expect(hp).not.toContain('cov-part');
    expect(text(hp)).toContain('Nhóm phát triển, 24/11/2026');
    // The khoản page marks the partial item too, with who reviewed it and when.
    const lcEntry = entriesOf(page('so-sanh/khoan-17/'), 'khoan-17-diem-e')[1]!;
    expect(text(lcEntry)).toContain('◐');
    expect(lcEntry).toContain('<small>một phần · Nhóm phát triển, 2/12/2026</small>');
  });

  it('counts the duties only assigned in parts in the heat map and the document summary', () => {
    const cells = cellsOf(rowOf(page('so-sanh/'), 'lai-chau-quy-dinh-cac-phong'));
    expect(text(cells[25]!).trim()).toBe('1/1 ◐ 1');
    expect(text(page('so-sanh/lai-chau-quy-dinh-cac-phong/'))).toMatch(/97\/123 điểm của mô hình được phân công \(79%\), trong đó \d+ chỉ được giao từng phần/);
  });

  it("gives the reviewer's reason for each unassigned duty, once per reason", () => {
    const lc = text(page('so-sanh/lai-chau-quy-dinh-cac-phong/'));
    expect(lc).toContain('xã hội hóa hoạt động cung ứng dịch vụ sự nghiệp công: không phòng nào được giao.');
    expect(lc.split('thông tin, thống kê, thư viện khoa học và công nghệ — có lẽ do đơn vị sự nghiệp').length).toBe(2);
  });

  it('marks automatic links apart from reviewed ones, and shows reviewers\' notes', () => {
    const all = allDutyPages().join('');
    expect(all).toContain('class="st reviewed checked"');
    expect(all).toContain('Ghi chú rà soát:');
  });
});

describe('a document page so-sanh/<doc>/', () => {
  it('summarises coverage and lists what the model has that the document did not assign', () => {
    const lc = text(page('so-sanh/lai-chau-quy-dinh-cac-phong/'));
    expect(lc).toMatch(/\d+\/123 điểm của mô hình được phân công/);
    expect(lc).toContain('Điểm của mô hình không thấy phân công');
    // The review's date as dates read everywhere on the site (d/m/yyyy), not as stored.
    expect(lc).toMatch(/Ghi chú của người rà soát \(\d{1,2}\/\d{1,2}\/\d{4}\)/);
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
  it('puts one closed line under every model point of Điều 2, its size independent of the number of provinces', () => {
    const html = page('van-ban/tt-10-2025-bkhcn/dieu-2/');
    expect([...html.matchAll(/<details class="cmpx"><summary>Các tỉnh phân công: \d\/4 văn bản<\/summary><a href="[^"]+">Xem từng tỉnh<\/a><\/details>/g)]).toHaveLength(123);
    const start = html.indexOf('id="khoan-1-diem-d"');
    const block = html.slice(start, html.indexOf('</div>', start));
    expect(block).toContain('Các tỉnh phân công: 1/4 văn bản');
    expect(block).toContain('href="../../../so-sanh/nhiem-vu/khoan-1-diem-d/"');
    // The reading text stays within 100 KB uncompressed (issue 13), whatever the number of provinces.
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(100 * 1024);
  });

  it('links every province item back to its model points ("Đối chiếu: …") and to the other provinces', () => {
    const html = page('van-ban/hai-phong-qd-so-khcn-2025/dieu-2/');
    const start = html.indexOf('id="khoan-1-diem-dd"');
    const block = html.slice(start, html.indexOf('</div>', start));
    expect(text(block)).toContain('Đối chiếu: điểm d khoản 1 Điều 2 Thông tư 10/2025/TT-BKHCN');
    expect(block).toContain('href="../../tt-10-2025-bkhcn/dieu-2/#khoan-1-diem-d"');
    expect(block).toContain('href="../../../so-sanh/nhiem-vu/khoan-1-diem-d/"');
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
    expect(coverage(clause, 'p')).toEqual({ assigned: 1, inPart: 0, total: 2 });
    const s = documentSummary(site, 'p');
    expect(s.unassigned.map((u) => u.point.unit)).toEqual(['điểm b']);
    expect(s.auto).toBe(1);
    expect(site.provinceOnly.p!.map((x) => x.label)).toEqual(['mục 2']);
  });
});
