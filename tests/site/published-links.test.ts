/**
 * Links are forever, page by page: every link the site has handed out — its
 * pages, the units' permanent URLs (the copy buttons' and corpus.json's), the
 * anchors of the documents' full texts — is recorded in
 * fixtures/published-links.json (`npm run record-links`, which only adds),
 * and must still open, at its anchor, in today's build. A change that moves
 * or drops one is a bug, not a register update.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_REGISTER, mergePublished, missingLinks, publishedLinks, type PublishedLinks } from '../../scripts/site/published';
import { DIST, ensureDist } from './ensure-dist';

ensureDist();

const register = JSON.parse(readFileSync(PUBLISHED_REGISTER, 'utf8')) as PublishedLinks;

describe('the register of published links', () => {
  it('holds the deep links memos quote: a point of the Circular on its article page and in the full text, an office, a comparison page', () => {
    expect(register['van-ban/tt-10-2025-bkhcn/dieu-2/']).toEqual(expect.arrayContaining(['khoan-6-diem-dd', 'khoan-6-diem-d']));
    // Hải Phòng's second "d)" of khoản 13, kept as written, has its own link.
    expect(register['van-ban/hai-phong-qd-so-khcn-2025/dieu-2/']).toEqual(expect.arrayContaining(['khoan-13-diem-d', 'khoan-13-diem-d-lan-2']));
    expect(register['van-ban/tt-10-2025-bkhcn/']).toEqual(expect.arrayContaining(['dieu-2-khoan-6-diem-dd']));
    expect(register).toHaveProperty(['van-ban/lai-chau-quy-dinh-cac-phong/phong/van-phong/']);
    expect(register).toHaveProperty(['so-sanh/nhiem-vu/khoan-11-diem-a/']);
  });

  it('every recorded link still opens at its anchor in the built site', () => {
    expect(missingLinks(DIST, register)).toEqual([]);
  });

  it('would name a recorded link the site lost: a page, an anchor', () => {
    const lost = { 'van-ban/tt-10-2025-bkhcn/dieu-2/': ['khoan-6-diem-dd', 'khoan-6-diem-x'], 'van-ban/khong-co/': [] };
    expect(missingLinks(DIST, lost)).toEqual(['van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-6-diem-x', 'van-ban/khong-co/']);
  });

  it('covers every link today\'s build hands out (after publishing new pages: npm run record-links)', () => {
    const unrecorded = Object.entries(publishedLinks(DIST)).flatMap(([page, anchors]) =>
      !(page in register) ? [page] : anchors.filter((a) => !register[page]!.includes(a)).map((a) => `${page}#${a}`));
    expect(unrecorded).toEqual([]);
  });

  it('is only ever added to: merging keeps every recorded link', () => {
    const recorded = { 'a/': ['x', 'y'], 'b/': [] };
    expect(mergePublished(recorded, { 'a/': ['z'], 'c/': ['w'] })).toEqual({ 'a/': ['x', 'y', 'z'], 'b/': [], 'c/': ['w'] });
  });
});
