/**
 * Links trimmed to a directory ("hackable URLs"): every directory of dist/
 * that holds pages has a page of its own listing what is under it, with
 * relative links, in the order the site gives elsewhere. Read from dist/;
 * the section rule (src/lib/site/sections.ts) also on a made-up nesting the
 * seeds do not have.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distPage, ensureDist, htmlText } from './ensure-dist';
import { sectionDirectories, type PageRef } from '../../src/lib/site/sections';
import { collator } from '../../src/lib/site/paths';

ensureDist();

/** Folders of files that are not pages: the search index, scripts, data files. */
const ASSETS = new Set(['pagefind', 'js', 'data']);

function directories(dir: string, rel = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (!statSync(full).isDirectory() || (rel === '' && ASSETS.has(name))) return [];
    return [`${rel}${name}/`, ...directories(full, `${rel}${name}/`)];
  });
}

/** The links of a page's <main>, as [href, text]. */
function links(path: string): Array<[string, string]> {
  const main = /<main[^>]*>([^]*?)<\/main>/.exec(distPage(path))![1]!;
  return [...main.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^]*?)<\/a>/g)].map((m) => [m[1]!, htmlText(m[2]!).trim()]);
}
const h1 = (path: string) => htmlText(/<h1[^>]*>([^]*?)<\/h1>/.exec(distPage(path))![1]!).trim();
/** The links of the page's list(s) of children. */
const listed = (path: string) => {
  const main = /<main[^>]*>([^]*?)<\/main>/.exec(distPage(path))![1]!;
  return [...main.matchAll(/<li>\s*<a [^>]*href="([^"]*)"[^>]*>([^]*?)<\/a>/g)].map((m) => [m[1]!, htmlText(m[2]!).trim()] as [string, string]);
};
/** Where a relative href from `from` leads, site-relative. */
const resolve = (from: string, href: string) => new URL(href, `http://x/${from}`).pathname.slice(1);

describe('a link trimmed to a directory', () => {
  it('opens a page: every directory of dist/ outside pagefind/, js/ and data/ has its index.html', () => {
    const dirs = directories(DIST);
    expect(dirs.length).toBeGreaterThan(250);
    expect(dirs.filter((d) => !existsSync(join(DIST, d, 'index.html')))).toEqual([]);
  });

  it('van-ban/ lists every document, grouped and ordered as on the home page', () => {
    const home = listed('').filter(([href]) => href.startsWith('van-ban/') && href.split('/').length === 3);
    const all = listed('van-ban/');
    expect(home).toHaveLength(5);
    expect(all.filter(([href]) => !href.startsWith('../')).map(([href, text]) => [`van-ban/${href}`, text])).toEqual(home);
    expect(h1('van-ban/')).toBe('Tất cả văn bản trong kho');
  });

  it('van-ban/lai-chau-quy-dinh-cac-phong/phong/ lists its 5 offices in the document’s order, each link opening the office', () => {
    const path = 'van-ban/lai-chau-quy-dinh-cac-phong/phong/';
    const offices = listed(path);
    expect(offices.map(([, t]) => t)).toEqual(['Văn phòng', 'Thanh tra Sở', 'Phòng Bưu chính - Viễn thông - Công nghệ thông tin', 'Phòng Quản lý khoa học và công nghệ', 'Phòng Quản lý Tiêu chuẩn đo lường chất lượng']);
    for (const [href, name] of offices) {
      expect(href).not.toMatch(/^\//);
      expect(h1(resolve(path, href)), href).toBe(name);
    }
    expect(links(path)).toContainEqual(['../', 'Toàn văn Quy định các phòng thuộc Sở KH&CN Lai Châu']);
    // Each office page's breadcrumb leads back to the list.
    const crumbs = /<nav class="crumbs"[^>]*>([^]*?)<\/nav>/.exec(distPage(`${path}van-phong/`))![1]!;
    expect(crumbs).toContain('<a href="../">Phòng, đơn vị</a>');
  });

  it('a document’s phong/ exists for exactly the documents that name offices, listing them as its page does', () => {
    const withOffices = readdirSync(join(DIST, 'van-ban')).filter((id) => existsSync(join(DIST, 'van-ban', id, 'phong')));
    expect(withOffices.sort()).toEqual(['lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn', 'quang-ngai-chuong-trinh-6-thang-cuoi-2025']);
    for (const id of withOffices) {
      const section = /<section aria-labelledby="phong-don-vi">([^]*?)<\/section>/.exec(distPage(`van-ban/${id}/`))![1]!;
      const onDocument = [...section.matchAll(/<a href="phong\/([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], htmlText(m[2]!).trim()]);
      expect(onDocument.length, id).toBeGreaterThan(0);
      expect(listed(`van-ban/${id}/phong/`), id).toEqual(onDocument);
    }
    expect(listed('van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/phong/')).toHaveLength(8);
  });

  it('van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/ lists the five parts of the attached Quy định in order, and points to it in the full text', () => {
    const path = 'van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/';
    expect(h1(path)).toBe('QUY ĐỊNH');
    expect(listed(path)).toEqual([
      ['muc-i/', 'I. VĂN PHÒNG SỞ'], ['muc-ii/', 'II. THANH TRA SỞ'], ['muc-iii/', 'III. PHÒNG BƯU CHÍNH - VIỄN THÔNG VÀ CÔNG NGHỆ THÔNG TIN'],
      ['muc-iv/', 'IV. PHÒNG QUẢN LÝ KHOA HỌC - CÔNG NGHỆ'], ['muc-v/', 'V. PHÒNG QUẢN LÝ CHUYÊN NGÀNH'],
    ]);
    expect(links(path)).toContainEqual(['../#quy-ddinh', 'Xem QUY ĐỊNH trong toàn văn']);
    expect(distPage(path)).toContain('<nav class="crumbs"');
  });

  it('tinh/ lists the provinces in Vietnamese order, each with its documents', () => {
    const provinces = listed('tinh/');
    expect(provinces.map(([href]) => href)).toEqual(['hai-phong/', 'lai-chau/', 'quang-ngai/']);
    const names = provinces.map(([, t]) => t);
    expect(names).toEqual([...names].sort(collator.compare));
    expect(htmlText(distPage('tinh/'))).toContain('Quảng Ngãi 2 văn bản');
  });

  it('so-sanh/nhiem-vu/ lists the 123 model duties in the model’s order, under their khoản, each opening its per-duty page', () => {
    const path = 'so-sanh/nhiem-vu/';
    const duties = listed(path);
    expect(duties).toHaveLength(123);
    expect(duties.slice(0, 2)).toEqual([['khoan-1-diem-a/', 'điểm a'], ['khoan-1-diem-b/', 'điểm b']]);
    expect(duties.map(([href]) => href)).toContain('khoan-2/');
    expect(duties.at(-1)![0]).toBe('khoan-29/');
    for (const [href] of duties) expect(existsSync(join(DIST, resolve(path, href), 'index.html')), href).toBe(true);
    const clauses = [...distPage(path).matchAll(/<h2[^>]*><a href="\.\.\/khoan-(\d+)\/">/g)].map((m) => Number(m[1]));
    expect(clauses).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });

  it('so-sanh/tinh/ lists the provinces followed over time', () => {
    expect(listed('so-sanh/tinh/')).toEqual([['quang-ngai/', 'Quảng Ngãi: phòng, đơn vị qua thời gian']]);
  });

  it('is the breadcrumb step above the pages it lists: a province page and an over-time page lead up to tinh/ and so-sanh/tinh/', () => {
    const crumbs = (path: string) => {
      const nav = /<nav class="crumbs"[^>]*>([^]*?)<\/nav>/.exec(distPage(path))![1]!;
      return [...nav.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^]*?)<\/a>/g)].map((m) => [resolve(path, m[1]!), htmlText(m[2]!).trim()]);
    };
    expect(crumbs('tinh/quang-ngai/')).toEqual([['', 'Trang chủ'], ['tinh/', 'Tỉnh, thành phố']]);
    expect(crumbs('so-sanh/tinh/quang-ngai/')).toEqual([['', 'Trang chủ'], ['so-sanh/', 'So sánh với mô hình'], ['so-sanh/tinh/', 'Phòng, đơn vị qua thời gian']]);
  });
});

describe('section directories of a document (sections.ts)', () => {
  const page = (nodeId: string, title: string, prev: string | null, crumbs: string[]): PageRef => ({
    nodeId, title, path: `van-ban/x/${nodeId}/`, docPath: 'van-ban/x/', prev: prev === null ? null : { title: prev, path: `van-ban/x/${prev}/` },
    crumbs: crumbs.map((c, i) => ({ title: c, path: `van-ban/x/#${nodeId.split('/').slice(0, i + 1).join('-')}` })),
  });

  it('lists nested sections in document order whatever order the pages come in, each under its parent', () => {
    const pages = [
      page('phu-luc/chuong-ii/dieu-3', 'Điều 3.', 'phu-luc/chuong-i/dieu-2', ['PHỤ LỤC', 'Chương II']),
      page('dieu-1', 'Điều 1.', null, []),
      page('phu-luc/chuong-i/dieu-2', 'Điều 2.', 'dieu-1', ['PHỤ LỤC', 'Chương I']),
    ];
    const sections = sectionDirectories(pages);
    expect(sections.map((s) => [s.path, s.title, s.textPath])).toEqual([
      ['van-ban/x/phu-luc/', 'PHỤ LỤC', 'van-ban/x/#phu-luc'],
      ['van-ban/x/phu-luc/chuong-i/', 'Chương I', 'van-ban/x/#phu-luc-chuong-i'],
      ['van-ban/x/phu-luc/chuong-ii/', 'Chương II', 'van-ban/x/#phu-luc-chuong-ii'],
    ]);
    expect(sections[0]!.entries).toEqual([{ title: 'Chương I', path: 'van-ban/x/phu-luc/chuong-i/' }, { title: 'Chương II', path: 'van-ban/x/phu-luc/chuong-ii/' }]);
    expect(sections[2]!.entries).toEqual([{ title: 'Điều 3.', path: 'van-ban/x/phu-luc/chuong-ii/dieu-3/' }]);
    expect(sections[2]!.crumbs).toEqual([{ title: 'PHỤ LỤC', path: 'van-ban/x/phu-luc/' }]);
  });

  it('gives no section to a document whose pages all sit directly under it', () => {
    expect(sectionDirectories([page('dieu-1', 'Điều 1.', null, []), page('dieu-2', 'Điều 2.', 'dieu-1', [])])).toEqual([]);
  });
});
