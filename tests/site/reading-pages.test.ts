/**
 * What the built pages say to a reader (issue 13), read from dist/: window
 * titles that name the document, no developer words or internal file
 * names, the "Dữ liệu mở" page describing every published file with its
 * size, copy buttons only on units one cites, and `npm start`'s server
 * redirecting a page URL without its trailing slash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/site/links';
import { serveDist } from '../browser/server';
import { DIST, distPage, ensureDist, htmlText } from './ensure-dist';
import { OPEN_DATA, fileSize } from '../../src/lib/site/open-data';

ensureDist();
const pages = () => htmlFiles(DIST).filter((p) => p.endsWith('index.html'));
const title = (path: string) => /<title>([^<]*)<\/title>/.exec(distPage(path))![1]!.replace(/&amp;/g, '&');

describe('the pages a reader sees', () => {
  it('name the document in the window title, without a number’s dangling dot', () => {
    expect(title('van-ban/tt-10-2025-bkhcn/dieu-2/')).toBe('Điều 2. Nhiệm vụ, quyền hạn — Thông tư 10/2025/TT-BKHCN — Nhiệm vụ Sở Khoa học và Công nghệ');
    expect(title('van-ban/quang-ngai-33-qd-skhcn/dieu-2/')).toBe('Điều 2 — Quyết định 33/QĐ-SKHCN (Quảng Ngãi) — Nhiệm vụ Sở Khoa học và Công nghệ');
    expect(title('van-ban/lai-chau-quy-dinh-cac-phong/phong/van-phong/')).toBe('Văn phòng — Quy định các phòng thuộc Sở KH&CN Lai Châu — Nhiệm vụ Sở Khoa học và Công nghệ');
    expect(title('van-ban/tt-10-2025-bkhcn/')).toBe('Thông tư 10/2025/TT-BKHCN — Nhiệm vụ Sở Khoa học và Công nghệ');
    for (const p of pages()) expect(title(p.slice(0, -'index.html'.length)), p).not.toMatch(/\. —/);
  });

  it('say that a title the text does not have was composed by the editors, and only then', () => {
    const note = /<p class="title-note">Tên do biên tập đặt, văn bản không ghi tên\.<\/p>/;
    expect(distPage('van-ban/lai-chau-quy-dinh-cac-phong/')).toMatch(note);
    for (const id of ['tt-10-2025-bkhcn', 'hai-phong-qd-so-khcn-2025', 'quang-ngai-33-qd-skhcn']) expect(distPage(`van-ban/${id}/`)).not.toMatch(note);
  });

  it('keep developer words and internal file names out of what they show', () => {
    // Words of the code and the review files, never of a reader; text inside <code> (field names on the open data page) aside.
    const words = /\b(null|undefined|NaN|issue \d+|README|jsdiff|office|coverage|partial|added|reviewedBy|reviewedAt|unassigned|UTC)\b|\d{3}_[0-9a-f]{16}\.txt|\.meta\.json/;
    const found: string[] = [];
    for (const p of pages()) {
      let text = htmlText(readFileSync(join(DIST, p), 'utf8').replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<script[\s\S]*?<\/script>/g, ' '));
      // The open data page explains the files to programmers: a value of the file is named there as written.
      if (p === 'du-lieu/index.html') text = text.replace(/\bnull khi văn bản không ghi\b/, '');
      const m = words.exec(text);
      if (m) found.push(`${p}: “${text.slice(Math.max(0, m.index - 40), m.index + 40)}”`);
    }
    expect(found).toEqual([]);
    // The source file's names stay in the data.
    const corpus = JSON.parse(readFileSync(join(DIST, 'data', 'corpus.json'), 'utf8')) as { documents: Array<{ id: string; source: { file: string; original: string } }> };
    expect(corpus.documents.find((d) => d.id === 'tt-10-2025-bkhcn')!.source).toEqual({ file: 'tt-10-2025-bkhcn.txt', original: '000_16b2018f5b279c93.txt' });
    expect(distPage('van-ban/tt-10-2025-bkhcn/')).not.toContain('Tệp nguồn');
  });

  it('link “Dữ liệu mở” from the navigation instead of a raw JSON file', () => {
    const home = distPage('');
    expect(home).toMatch(/<nav aria-label="Chung"[^>]*>[\s\S]*<a href="du-lieu\/">Dữ liệu mở<\/a>/);
    expect(home).not.toContain('Dữ liệu (JSON)');
  });

  it('describe every file published under data/ on “Dữ liệu mở”, with its size', () => {
    const page = distPage('du-lieu/');
    const data = join(DIST, 'data');
    const files = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(data, f)).isFile());
    expect(files.length).toBeGreaterThan(5);
    const bytes = (f: string) => statSync(join(data, f)).size;
    for (const f of files) {
      const entry = OPEN_DATA.find((e) => e.pattern.test(f));
      expect(entry, `data/${f} chưa được mô tả`).toBeDefined();
      if (entry!.family) continue;
      const link = `href="../data/${f}"`;
      expect(page, f).toContain(link);
      const after = page.slice(page.indexOf(link));
      expect(htmlText(after.slice(0, after.indexOf('</li>'))), f).toContain(`— ${fileSize(bytes(f))}`);
    }
    // A family: how many files, and their total size.
    for (const e of OPEN_DATA.filter((x) => x.family)) {
      const members = files.filter((f) => e.pattern.test(f) && f.endsWith('.json'));
      if (members.length) expect(htmlText(page)).toContain(`${members.length} tệp, tổng cộng ${fileSize(members.reduce((s, f) => s + bytes(f), 0))}`);
    }
    expect(htmlText(page)).toContain('Bảng rà soát cho cán bộ pháp chế (Excel)');
  });

  it('put the copy buttons’ data on units one cites only, the cited form where it differs from the label', () => {
    const tt = distPage('van-ban/tt-10-2025-bkhcn/');
    expect(tt).toMatch(/<div id="phan-dau-tieu-de-2" class="n header">/);
    expect(tt).toContain('<div id="dieu-2-khoan-6-diem-dd" class="n point" data-l="điểm đ khoản 6 Điều 2" data-href="dieu-2/#khoan-6-diem-dd">');
    const qn = distPage('van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/muc-ii/');
    expect(qn).toContain('data-l="khoản 1 (Thanh tra Sở)" data-c="khoản 1 Mục II (Thanh tra Sở) của Quy định ban hành kèm theo"');
    expect(qn).toContain('data-doc="{&quot;documentType&quot;:&quot;Quyết định&quot;,&quot;number&quot;:&quot;33/QĐ-SKHCN&quot;');
  });
});

describe('npm start', () => {
  it('redirects a page URL without its trailing slash to the page, as a static server does', async () => {
    const server = await serveDist(DIST, '/');
    try {
      const res = await fetch(`${server.baseUrl}van-ban/tt-10-2025-bkhcn`, { redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe('/van-ban/tt-10-2025-bkhcn/');
      expect((await fetch(`${server.baseUrl}van-ban/tt-10-2025-bkhcn`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

