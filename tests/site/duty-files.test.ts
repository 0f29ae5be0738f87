/**
 * Who does each model duty (src/lib/site/duty-files.ts): the files the
 * model's pages, the per-duty pages and search read, built from the
 * comparison view model and served under data/so-sanh/nhiem-vu/ as the
 * generator wrote them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, distPage, ensureDist } from './ensure-dist';
import { DUTY_DATA_DIR, dutyFiles, itemsByOffices, type DutyFile, type DutyTexts } from '../../src/lib/site/duty-files';
import { loadComparison } from '../../src/lib/site/comparison-data';
import type { ComparisonSite } from '../../src/lib/site/comparison';
import { buildRecords, type CitedEntry } from '../../src/lib/search/records';

let site: ComparisonSite;
let files: Map<string, DutyFile | DutyTexts>;
const duty = (name: string) => files.get(`${name}.json`) as DutyFile;
const texts = (name: string) => files.get(`${name}.loi-van.json`) as DutyTexts;
const pathOf = (url: string) => url.split('#')[0]!;
const html = new Map<string, string>();
const page = (path: string) => html.get(path) ?? html.set(path, distPage(path)).get(path)!;

beforeAll(() => {
  ensureDist(['index.html', `${DUTY_DATA_DIR}/khoan-11.json`]);
  site = loadComparison(ROOT).site;
  files = dutyFiles(site);
}, 180_000);

describe('the duty files', () => {
  it('are one per model duty with its wording file, and one per khoản with điểm, each listing every province document', () => {
    const points = site.clauses.flatMap((c) => c.points);
    const withPoints = site.clauses.filter((c) => c.points.some((p) => p.url !== c.url));
    expect(files.size).toBe(points.length * 2 + withPoints.length);
    for (const [name, f] of files) if (!name.endsWith('.loi-van.json')) expect((f as DutyFile).documents.map((d) => d.title), name).toEqual(site.docs.map((d) => d.title));
    // Every model duty's search record names its file.
    const { corpus } = loadComparison(ROOT);
    const cited = (JSON.parse(readFileSync(join(ROOT, 'content', 'cited.json'), 'utf8')) as { documents: CitedEntry[] }).documents;
    const dutyRecords = buildRecords(corpus, cited, site).filter((r) => r.duty);
    expect(dutyRecords).toHaveLength(points.length + withPoints.length);
    for (const r of dutyRecords) expect(files.has(`${r.duty}.json`), r.url).toBe(true);
  });

  it('give a điểm each document’s offices and items, its per-duty page, and no office where none carries it', () => {
    const g = duty('khoan-11-diem-g');
    expect(g).toMatchObject({ label: 'điểm g khoản 11 Điều 2', url: 'van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-11-diem-g', page: 'so-sanh/nhiem-vu/khoan-11-diem-g/', points: 1, texts: `${DUTY_DATA_DIR}/khoan-11-diem-g.loi-van.json` });
    const doc = (id: string) => g.documents.find((d) => d.id === id)!;
    expect(doc('lai-chau-quy-dinh-cac-phong')).toMatchObject({
      title: 'Quy định các phòng thuộc Sở KH&CN Lai Châu', url: 'van-ban/lai-chau-quy-dinh-cac-phong/',
      offices: [{ name: 'Phòng Quản lý Tiêu chuẩn đo lường chất lượng', url: 'van-ban/lai-chau-quy-dinh-cac-phong/phong/phong-quan-ly-tieu-chuan-do-luong-chat-luong/' }],
      items: [{ label: 'điểm g mục 2.3 Điều 7', url: 'van-ban/lai-chau-quy-dinh-cac-phong/dieu-7/#muc-2-3-diem-g', offices: [0], status: 'reviewed', coverage: 'partial' }],
    });
    // Quảng Ngãi gives it through two items of one office: one line, two items.
    expect(itemsByOffices(doc('quang-ngai-33-qd-skhcn')).map((s) => [s.offices.length, s.items.length])).toEqual([[1, 2]]);
    expect(doc('quang-ngai-chuong-trinh-6-thang-cuoi-2025')).toMatchObject({ offices: [], items: [] });
  });

  it('give a khoản with điểm each office with how many of its điểm it carries, and its khoản page', () => {
    const k = duty('khoan-11');
    expect(k).toMatchObject({ page: 'so-sanh/khoan-11/', points: 17, texts: null });
    const lc = k.documents.find((d) => d.id === 'lai-chau-quy-dinh-cac-phong')!;
    expect(lc.items).toEqual([]);
    expect(lc.offices[0]).toMatchObject({ name: 'Phòng Quản lý Tiêu chuẩn đo lường chất lượng' });
    expect(lc.offices[0]!.points).toBeGreaterThan(10);
  });

  it('keep the wording for the diffs in a file of its own: the model’s and every item’s, by the item’s URL', () => {
    const d = duty('khoan-1-diem-d');
    const t = texts('khoan-1-diem-d');
    const hp = d.documents.find((x) => x.id === 'hai-phong-qd-so-khcn-2025')!.items[0]!;
    expect(t.model).toBe(site.clauses[0]!.points.find((p) => p.anchor === 'khoan-1-diem-d')!.text);
    expect(Object.keys(t.items)).toEqual([hp.url]);
    expect(t.items[hp.url]).toMatch(/thành phố/);
    // The file search loads with the first query carries no wording.
    expect(JSON.stringify(d)).not.toContain(t.items[hp.url]!.slice(0, 40));
    // The per-duty page's diff names the item of the wording file.
    expect(distPage('so-sanh/nhiem-vu/khoan-1-diem-d/')).toContain(`<details class="diff" data-item="${hp.url}">`);
  });

  it('are served as the generator wrote them, each with a gzipped copy, and link only to built pages and anchors', () => {
    const dir = join(DIST, ...DUTY_DATA_DIR.split('/'));
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].flatMap((n) => [n, `${n}.pfgz`]).sort());
    let links = 0;
    for (const [name, f] of files) {
      const served = readFileSync(join(dir, name));
      expect(JSON.parse(served.toString('utf8')), name).toEqual(f);
      expect(gunzipSync(readFileSync(join(dir, `${name}.pfgz`))).equals(served), `${name}.pfgz`).toBe(true);
      if (name.endsWith('.loi-van.json')) continue;
      const file = f as DutyFile;
      const urls = [file.url, file.page, ...file.documents.flatMap((d) => [d.url, ...d.offices.map((o) => o.url), ...d.items.map((i) => i.url)])];
      for (const url of urls.filter((u): u is string => !!u)) {
        links++;
        expect(existsSync(join(DIST, pathOf(url), 'index.html')), `${name}: ${url}`).toBe(true);
        const hash = url.split('#')[1];
        if (hash) expect(page(pathOf(url)), `${name}: ${url}`).toContain(`id="${hash}"`);
      }
    }
    expect(links).toBeGreaterThan(1000);
  });
});
