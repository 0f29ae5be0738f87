/**
 * The search records (src/lib/search/records.ts), built from the generated
 * exports as the indexer builds them (content/corpus.json, content/cited.json,
 * the comparison view model), plus hand-made documents for precise cases.
 * Reads dist/ to check that every record leads to a built page and that
 * every built page but the search page, the per-duty pages and the directory
 * listings has a record.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, ensureDist } from './ensure-dist';
import { htmlFiles } from '../../scripts/site/links';
import { OUTSIDE_KIND, buildRecords, numberForms, type CitedEntry, type SearchRecord } from '../../src/lib/search/records';
import type { ExportDocument, ExportNode } from '../../src/lib/export';
import { loadComparison } from '../../src/lib/site/comparison-data';
import type { ComparisonSite } from '../../src/lib/site/comparison';
import { KIND_NAMES } from '../../src/lib/site/words';

const TT = 'tt-10-2025-bkhcn';
let documents: ExportDocument[];
let cited: CitedEntry[];
let site: ComparisonSite;
let records: SearchRecord[];

beforeAll(() => {
  ensureDist();
  documents = (JSON.parse(readFileSync(join(ROOT, 'content', 'corpus.json'), 'utf8')) as { documents: ExportDocument[] }).documents;
  cited = (JSON.parse(readFileSync(join(ROOT, 'content', 'cited.json'), 'utf8')) as { documents: CitedEntry[] }).documents;
  site = loadComparison(ROOT).site;
  records = buildRecords(documents, cited, site);
}, 180_000);

const html = new Map<string, string>();
/** A built page's HTML by its site-relative directory path ('' = home). */
const page = (path: string) => {
  if (!html.has(path)) html.set(path, readFileSync(join(DIST, path, 'index.html'), 'utf8'));
  return html.get(path)!;
};
const text = (h: string) => h.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  .replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const record = (url: string) => {
  const r = records.find((x) => x.url === url);
  if (!r) throw new Error(`no record ${url}`);
  return r;
};
const nodesOf = (id: string) => documents.find((d) => d.id === id)!.nodes;
const pathOf = (url: string) => url.split('#')[0]!;

/** Every dist/**\/index.html as a site-relative directory path. */
function builtPages(): string[] {
  return htmlFiles(DIST).filter((p) => p === 'index.html' || p.endsWith('/index.html')).map((p) => p.slice(0, -'index.html'.length)).sort();
}

describe('numberForms: a document number as people type it', () => {
  it('gives the number as written, lower-case, the issuer code and "thông tư 10" with and without tones and "số"', () => {
    const forms = numberForms('10/2025/TT-BKHCN', 'Thông tư');
    for (const f of ['10/2025/TT-BKHCN', '10/2025/tt-bkhcn', 'TT-BKHCN', 'tt-bkhcn', 'Thông tư 10', 'thong tu 10', 'thong tu so 10']) {
      expect(forms, f).toContain(f);
    }
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('folds đ: 150/2025/NĐ-CP is also 150/2025/nd-cp, NĐ-CP also nd-cp, "nghi dinh so 150"', () => {
    const forms = numberForms('150/2025/NĐ-CP', 'Nghị định');
    for (const f of ['150/2025/NĐ-CP', '150/2025/nd-cp', 'NĐ-CP', 'nd-cp', 'Nghị định 150', 'nghi dinh 150', 'nghi dinh so 150']) expect(forms, f).toContain(f);
    // No form keeps "đ" folded to "dd" (the URL slug's folding): people type "nd".
    expect(forms.some((f) => f.includes('dd'))).toBe(false);
  });

  it('without a number gives the type alone (with its folded copy); without either, nothing', () => {
    expect(numberForms(null, 'Quyết định')).toEqual(['Quyết định', 'quyet dinh']);
    expect(numberForms(null, null)).toEqual([]);
  });

  it('without a type gives the leading number; spaces inside a number are dropped', () => {
    const party = numberForms('57-NQ/TW', null);
    expect(party).toEqual(expect.arrayContaining(['57-NQ/TW', '57-nq/tw', 'NQ/TW', 'nq/tw', '57']));
    const spaced = numberForms('33 /QĐ-SKHCN', 'Quyết định');
    expect(spaced).toEqual(expect.arrayContaining(['33/QĐ-SKHCN', '33/qd-skhcn', 'QĐ-SKHCN', 'quyet dinh so 33']));
    expect(spaced.some((f) => /\s\//.test(f))).toBe(false);
  });
});

describe('records of the corpus', () => {
  it('have unique, site-relative URLs that lead to a built page and, with a #hash, to an element with that id', () => {
    const urls = records.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) {
      expect(url, url).not.toMatch(/^\/|^[a-z]+:|\.\.|\s/);
      const path = pathOf(url);
      expect(path === '' || path.endsWith('/'), url).toBe(true);
      expect(existsSync(join(DIST, path, 'index.html')), url).toBe(true);
      const hash = url.split('#')[1];
      if (hash) expect(page(path), url).toContain(`id="${hash}"`);
    }
  });

  it('never index lists of recipients (Nơi nhận) or signature blocks', () => {
    for (const d of documents) {
      const byId = new Map(d.nodes.map((n) => [n.id, n]));
      const skipped = d.nodes.filter((n) => {
        for (let c: ExportNode | undefined = n; c; c = c.parent ? byId.get(c.parent) : undefined) if (c.kind === 'recipients' || c.kind === 'signature') return true;
        return false;
      });
      const urls = new Set(records.map((r) => r.url));
      for (const n of skipped) expect(urls.has(n.url), n.url).toBe(false);
    }
    // Three documents have a list of recipients, whose items would otherwise be indexed as items.
    const hp = nodesOf('hai-phong-qd-so-khcn-2025').find((n) => n.parent === 'phan-cuoi/noi-nhan')!;
    expect(hp.text).toBe('Như Điều 6;');
    expect(records.some((r) => r.text.includes('VP Chính phủ;'))).toBe(false);
    expect(records.some((r) => r.text.includes('Nguyễn Văn Tùng'))).toBe(false);
  });

  it('have breadcrumbs in the order document › Điều or office › khoản › điểm', () => {
    expect(record(`van-ban/${TT}/dieu-2/#khoan-11-diem-a`).location).toBe('Thông tư 10/2025/TT-BKHCN › Điều 2 › khoản 11 › điểm a');
    expect(record(`van-ban/${TT}/dieu-2/#khoan-11`).location).toBe('Thông tư 10/2025/TT-BKHCN › Điều 2 › khoản 11');
    expect(record('van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/muc-i/#muc-2-8-1').location).toBe('Quyết định 33/QĐ-SKHCN › Văn phòng Sở › khoản 2 › mục 2.8 › mục 2.8.1');
    expect(record('van-ban/lai-chau-quy-dinh-cac-phong/dieu-3/#muc-2-1-diem-a').location)
      .toBe('Quy định các phòng thuộc Sở KH&CN Lai Châu › Điều 3 (Văn phòng) › khoản 2 › mục 2.1 › điểm a');
    // Every điểm of every document: the document, then its Điều or office, then its khoản/mục, the điểm last.
    const points = documents.flatMap((d) => d.nodes.filter((n) => n.kind === 'point').map((n) => ({ d, n })));
    expect(points.length).toBeGreaterThan(400);
    for (const { d, n } of points) {
      const crumbs = record(n.url).location.split(' › ');
      expect(crumbs[0], n.url).toBe(d.number && d.documentType ? `${d.documentType} ${d.number}` : d.shortTitle);
      expect(crumbs[1]!.startsWith('Điều ') || d.offices.some((o) => o.name === crumbs[1]), n.url).toBe(true);
      expect(crumbs.at(-1), n.url).toMatch(/^điểm \S+$/);
      expect(crumbs.slice(2, -1).some((c) => /^(khoản|mục) /.test(c)), n.url).toBe(true);
    }
  });

  it('label điểm a khoản 11 Điều 2 of the Circular with its unit label, name it "điểm a" in the breadcrumb, cite it in full', () => {
    const r = record(`van-ban/${TT}/dieu-2/#khoan-11-diem-a`);
    // The label (weight 6) is the unit's full label, as SearchRecord documents it; "điểm a" alone is the breadcrumb's last step.
    expect(r.label).toBe('diểm a khoản 11 Diều 2');
    expect(r.location.split(' › ').at(-1)).toBe('điểm a');
    expect(r.title).toBe('điểm a khoản 11 Điều 2 — Thông tư 10/2025/TT-BKHCN');
    expect(r.cite).toBe('diểm a khoản 11 Diều 2 Thông tư 10');
    // The citation key keeps điểm đ apart from điểm d ("dd"), as anchors do.
    expect(r.filters).toEqual({ document: 'Thông tư 10/2025/TT-BKHCN', province: undefined, kind: KIND_NAMES.model, cite: ['diem a khoan 11 dieu 2'], rec: 'nhiem-vu' });
    expect(r.duty).toBe('khoan-11-diem-a');
  });

  it('index đ as the d people type, once: Pagefind folds the tones itself, and queries are sent the same way', () => {
    const r = record(`van-ban/${TT}/dieu-2/#khoan-11-diem-dd`);
    expect(r.label).toBe('diểm d khoản 11 Diều 2');
    expect(r.cite).toBe('diểm d khoản 11 Diều 2 Thông tư 10');
    // No searched field of any record holds "đ"; the text shown (and compared as typed) keeps it.
    for (const x of records) for (const field of [x.label, x.cite, x.body, x.context]) expect(field, x.url).not.toMatch(/[đĐ]/);
    expect(r.text).toMatch(/đ/);
    // Each text is indexed once: the body is the text itself, not followed by a folded copy.
    expect(record(`van-ban/${TT}/dieu-2/#khoan-11-diem-a`).body).toBe(record(`van-ban/${TT}/dieu-2/#khoan-11-diem-a`).text.replace(/đ/g, 'd').replace(/Đ/g, 'D'));
  });

  it('give office records and the units of an office its office filter', () => {
    let units = 0;
    for (const d of documents) {
      for (const o of d.offices) {
        const r = record(o.url);
        expect(r.filters.office, o.url).toEqual([o.name]);
        expect(r.filters.document).toBe(d.shortTitle);
        expect(r.location).toBe(`${d.number && d.documentType ? `${d.documentType} ${d.number}` : d.shortTitle} › ${o.name}`);
      }
      const names = new Map(d.offices.map((o) => [o.id, o.name]));
      for (const n of d.nodes.filter((x) => x.office && (x.kind === 'clause' || x.kind === 'point'))) {
        expect(record(n.url).filters.office, n.url).toContain(names.get(n.office!));
        units++;
      }
    }
    expect(units).toBeGreaterThan(200);
    // A programme row: its lead and supporting offices.
    const row = records.find((r) => r.url.startsWith('van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/#phu-luc-i-bang-nhiem-vu-') && (r.filters.office?.length ?? 0) > 1);
    expect(row).toBeDefined();
  });

  it('give each cited outside document one record of kind "Văn bản được dẫn chiếu" at its own page', () => {
    expect(cited.length).toBeGreaterThan(40);
    const outside = records.filter((r) => r.filters.kind === OUTSIDE_KIND && r.url !== 'van-ban-duoc-dan-chieu/');
    expect(outside.map((r) => r.url).sort()).toEqual(cited.map((c) => `van-ban-duoc-dan-chieu/${c.anchor}/`).sort());
    const nd150 = record('van-ban-duoc-dan-chieu/150-2025-ndd-cp/');
    expect(nd150.cite).toContain('150/2025/nd-cp');
    expect(nd150.location).toBe('Trang chủ › Văn bản được dẫn chiếu › Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ');
  });

  it('use only kind values that read well under "Loại văn bản": the document kinds and "Văn bản được dẫn chiếu"', () => {
    const kinds = new Set(records.map((r) => r.filters.kind).filter((k) => k !== undefined));
    expect([...kinds].sort()).toEqual([...Object.values(KIND_NAMES), OUTSIDE_KIND].sort());
  });
});

/** A hand-made document: nodes given by id (the parent is the id's prefix), kind and label. */
function fixture(nodes: Array<Partial<ExportNode> & Pick<ExportNode, 'id' | 'kind' | 'label'>>, offices: ExportDocument['offices'] = []): ExportDocument {
  return {
    id: 'vd', title: 'Quy định ví dụ về các phòng', shortTitle: 'Quy định ví dụ', number: '7/2025/QĐ-SKHCN', documentType: 'Quyết định', kind: 'distribution',
    province: 'Điện Biên', issuer: null, signer: null, date: null, dateInForce: null, inForceNote: null, implements: null, notes: [],
    citation: 'Quyết định số 7/2025/QĐ-SKHCN (ngày ban hành, cơ quan ban hành: không ghi trong văn bản)',
    source: { file: null, original: null }, url: 'van-ban/vd/', offices, legend: [], removed: [], diagnostics: [],
    nodes: nodes.map((n) => ({
      parent: n.id.includes('/') ? n.id.slice(0, n.id.lastIndexOf('/')) : null, number: null, num: null, heading: null, text: '', office: null, citation: null,
      url: `van-ban/vd/#${n.id.replace(/\//g, '-')}`, lines: [1, 1] as [number, number], ...n,
    })),
  };
}

describe('records of hand-made documents', () => {
  const doc = fixture([
    { id: 'dieu-2', kind: 'article', label: 'Điều 2', heading: 'Nhiệm vụ', url: 'van-ban/vd/dieu-2/' },
    { id: 'dieu-2/khoan-1', kind: 'clause', label: 'khoản 1 Điều 2', text: 'Về đo lường:', url: 'van-ban/vd/dieu-2/#khoan-1' },
    { id: 'dieu-2/khoan-1/diem-dd', kind: 'point', label: 'điểm đ khoản 1 Điều 2', text: 'Quản lý đo lường.', url: 'van-ban/vd/dieu-2/#khoan-1-diem-dd' },
    { id: 'muc-i', kind: 'office', label: 'Phòng Đo lường', office: 'phong-do-luong', url: 'van-ban/vd/muc-i/' },
    { id: 'muc-i/khoan-2', kind: 'clause', label: 'khoản 2 (Phòng Đo lường)', office: 'phong-do-luong', text: 'Nhiệm vụ:', url: 'van-ban/vd/muc-i/#khoan-2' },
    { id: 'muc-i/khoan-2/muc-2-1', kind: 'clause', label: 'mục 2.1 (Phòng Đo lường)', office: 'phong-do-luong', text: 'Kiểm định phương tiện đo.', url: 'van-ban/vd/muc-i/#muc-2-1',
      citation: 'mục 2.1 Mục I (Phòng Đo lường) Quyết định số 7/2025/QĐ-SKHCN' },
    { id: 'phan-cuoi', kind: 'closing', label: 'Phần cuối' },
    { id: 'phan-cuoi/doan-1', kind: 'paragraph', label: 'đoạn 1 Phần cuối', text: 'Quyết định có hiệu lực kể từ ngày ký.' },
    { id: 'phan-cuoi/noi-nhan', kind: 'recipients', label: 'Nơi nhận', text: '' },
    { id: 'phan-cuoi/noi-nhan/gach-1', kind: 'item', label: 'gạch đầu dòng 1 Nơi nhận', text: 'Như Điều 3;' },
    { id: 'phan-cuoi/noi-nhan/gach-2', kind: 'item', label: 'gạch đầu dòng 2 Nơi nhận', text: 'Lưu: VT.' },
    { id: 'phan-cuoi/chu-ky', kind: 'signature', label: 'Chữ ký', text: 'KT. GIÁM ĐỐC' },
    { id: 'phan-cuoi/chu-ky/doan-1', kind: 'paragraph', label: 'đoạn 1 Chữ ký', text: 'Nguyễn Văn A' },
  ], [{ id: 'phong-do-luong', name: 'Phòng Đo lường', nameAsWritten: 'PHÒNG ĐO LƯỜNG', abbreviation: null, node: 'muc-i', source: 'part', url: 'van-ban/vd/phong/phong-do-luong/' }]);
  const own = () => buildRecords([doc], [], null).filter((r) => r.url.startsWith('van-ban/vd/'));
  const at = (url: string) => own().find((r) => r.url === url)!;

  it('skip the recipients and the signature block, keeping the closing text beside them', () => {
    const texts = own().map((r) => r.text);
    expect(texts).toContain('Quyết định có hiệu lực kể từ ngày ký.');
    for (const t of ['Như Điều 3;', 'Lưu: VT.', 'KT. GIÁM ĐỐC', 'Nguyễn Văn A']) expect(texts.join('\n')).not.toContain(t);
  });

  it('build breadcrumbs, labels and filters under an article and under an office part', () => {
    const dd = at('van-ban/vd/dieu-2/#khoan-1-diem-dd');
    expect(dd.location).toBe('Quyết định 7/2025/QĐ-SKHCN › Điều 2 › khoản 1 › điểm đ');
    expect(dd.label).toBe('diểm d khoản 1 Diều 2');
    expect(dd.cite).toBe('diểm d khoản 1 Diều 2 Quyết dịnh 7');
    expect(dd.body).toBe('Quản lý do lường.');
    expect(dd.filters).toEqual({ document: 'Quy định ví dụ', province: 'Điện Biên', kind: KIND_NAMES.distribution, cite: ['diem dd khoan 1 dieu 2'] });
    const muc = at('van-ban/vd/muc-i/#muc-2-1');
    expect(muc.location).toBe('Quyết định 7/2025/QĐ-SKHCN › Phòng Đo lường › khoản 2 › mục 2.1');
    // The office's name, in parentheses in the label, is left out: it is in the breadcrumb and the filter.
    expect(muc.label).toBe('mục 2.1');
    expect(muc.filters.office).toEqual(['Phòng Đo lường']);
    // Filed under its label's key and under the key of the citation the site copies, which names the office part.
    expect(muc.filters.cite).toEqual(['muc 2.1', 'muc 2.1 muc i']);
    const office = at('van-ban/vd/phong/phong-do-luong/');
    expect(office.label).toBe('Phòng Do lường');
    expect(office.body).toContain('PHÒNG DO LƯỜNG');
    const d = at('van-ban/vd/');
    expect(d.cite.split(' ')).toEqual(expect.arrayContaining(['7/2025/QD-SKHCN', '7/2025/qd-skhcn']));
    expect(d.label).toContain('quyet dinh so 7');
  });

  it('add no comparison page without a comparison, but still the home, province and cited-index pages', () => {
    const urls = buildRecords([doc], [], null).map((r) => r.url);
    expect(urls.filter((u) => u.startsWith('so-sanh/'))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining(['', 'tinh/ddien-bien/', 'van-ban-duoc-dan-chieu/']));
  });
});

describe('records of pages without units of their own', () => {
  it('cover every page of the built site except the search page tim-kiem/, the per-duty pages and the directory listings', () => {
    const covered = new Set(records.map((r) => pathOf(r.url)));
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(90);
    expect(pages).toContain('tim-kiem/');
    // Per-duty pages: the duty's own record finds them (with each province's office under it, from the duty files).
    const duties = pages.filter((p) => p.startsWith('so-sanh/nhiem-vu/') && p !== 'so-sanh/nhiem-vu/');
    expect(duties).toHaveLength(123);
    // Directory listings (van-ban/, tinh/, so-sanh/nhiem-vu/, so-sanh/tinh/, a document's phong/ and the sections
    // above its article pages, e.g. quy-ddinh/) only list pages that have records of their own: a record for
    // each would put a list of titles among the results for every word of those titles.
    const isListing = (p: string) => /^(van-ban|tinh|so-sanh\/nhiem-vu|so-sanh\/tinh)\/$/.test(p)
      || (/^van-ban\/[^/]+\/.+\/$/.test(p) && pages.some((q) => q !== p && q.startsWith(p)));
    const listings = pages.filter(isListing);
    expect(listings).toEqual(expect.arrayContaining(['van-ban/', 'tinh/', 'van-ban/lai-chau-quy-dinh-cac-phong/phong/', 'van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/']));
    expect(listings.filter((p) => covered.has(p))).toEqual([]);
    expect(pages.filter((p) => !covered.has(p) && !duties.includes(p) && !listings.includes(p))).toEqual(['tim-kiem/']);
  });

  it('are titled with the page\'s <h1> and located by its breadcrumb', () => {
    const pageRecords = records.filter((r) => !r.url.includes('#') && !r.url.startsWith('van-ban/'));
    // Home, 3 provinces, the cited index and a page per cited document, the open data page, the drafting page, the overview, 29 khoản, 4 documents, 1 province over time.
    expect(pageRecords).toHaveLength(1 + 3 + 1 + cited.length + 1 + 1 + 1 + 29 + 4 + 1);
    for (const r of pageRecords) {
      const h = page(r.url);
      expect(r.title, r.url).toBe(text(h.match(/<h1[^>]*>([^]*?)<\/h1>/)![1]!));
      const nav = h.match(/<nav class="crumbs"[^>]*>([^]*?)<\/nav>/)?.[1];
      const crumbs = nav ? [...nav.matchAll(/<li[^>]*>([^]*?)<\/li>/g)].map((m) => text(m[1]!)) : ['Trang chủ'];
      expect(r.location, r.url).toBe(crumbs.join(' › '));
      expect(r.label, r.url).not.toBe('');
      expect(r.text.length, r.url).toBeGreaterThan(40);
    }
  });

  it('say on a khoản page what the model khoản says and how many of its points each document assigns', () => {
    const k1 = record('so-sanh/khoan-1/');
    expect(k1.title).toBe('Khoản 1 Điều 2 Thông tư 10/2025/TT-BKHCN: các tỉnh phân công');
    const model = nodesOf(TT).find((n) => n.id === 'dieu-2/khoan-1')!;
    expect(k1.text.startsWith(`khoản 1 Điều 2 Thông tư 10/2025/TT-BKHCN: ${model.text.slice(0, 40)}`)).toBe(true);
    // As the overview matrix shows it: Hải Phòng 4/4, Lai Châu 3/4, the programme 0/4.
    expect(k1.text).toContain('Quyết định về Sở KH&CN Hải Phòng (30/6/2025): 4/4 điểm');
    expect(k1.text).toContain('Quy định các phòng thuộc Sở KH&CN Lai Châu: 3/4 điểm');
    expect(k1.text).toContain('Chương trình công tác 6 tháng cuối năm 2025 (Quảng Ngãi): 0/4 điểm');
    expect(k1.label).toBe('khoản 1 Diều 2: các tỉnh phân công');
    expect(k1.cite).toContain('So sánh với mô hình');
  });

  it('filter province pages by province, document comparison pages by document and province', () => {
    for (const p of ['Hải Phòng', 'Lai Châu', 'Quảng Ngãi']) {
      const r = records.find((x) => x.title === p && x.url.startsWith('tinh/'))!;
      expect(r.filters).toEqual({ province: p, rec: 'ten' });
      expect(r.names).toContain(p);
      for (const d of documents.filter((x) => x.province === p)) expect(r.text).toContain(d.shortTitle!);
    }
    expect(record('tinh/lai-chau/').cite).toBe('tỉnh Lai Châu');
    expect(record('tinh/lai-chau/').names).toEqual(['Lai Châu', 'tỉnh Lai Châu']);
    expect(record('tinh/hai-phong/').cite).toBe('thành phố Hải Phòng');
    expect(record('so-sanh/lai-chau-quy-dinh-cac-phong/').filters).toEqual({ document: 'Quy định các phòng thuộc Sở KH&CN Lai Châu', province: 'Lai Châu', rec: 'so-sanh' });
    // A comparison page says which texts it summarises: it never ranks above them.
    expect(record('so-sanh/lai-chau-quy-dinh-cac-phong/').summarises).toEqual(['van-ban/lai-chau-quy-dinh-cac-phong/']);
    expect(record('so-sanh/khoan-11/').summarises).toEqual([`van-ban/${TT}/dieu-2/#khoan-11`]);
    expect(record('so-sanh/tinh/quang-ngai/').filters).toEqual({ province: 'Quảng Ngãi', rec: 'so-sanh' });
    expect(record('so-sanh/hai-phong-qd-so-khcn-2025/').text).toContain('so sánh từng chữ');
    expect(record('').filters).toEqual({});
    expect(record('van-ban-duoc-dan-chieu/').filters).toEqual({ kind: OUTSIDE_KIND });
  });

  it('search office names of a province only on the office pages: the province page shows them without indexing them', () => {
    const lc = record('tinh/lai-chau/');
    const offices = documents.find((d) => d.id === 'lai-chau-quy-dinh-cac-phong')!.offices;
    expect(offices).toHaveLength(5);
    for (const o of offices) {
      expect(lc.text).toContain(o.name);
      expect(lc.body).not.toContain(o.name);
    }
  });
});
