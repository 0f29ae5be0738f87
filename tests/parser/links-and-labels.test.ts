/** Anchors are ASCII, readable and never collide (citations: tests/site/citations.test.ts). */
import { describe, expect, it } from 'vitest';
import { allNodes } from '../../src/lib/parse';
import { foldForMatch, slugify } from '../../src/lib/slug';
import { anchorFor, locateNodes } from '../../src/lib/urls';
import { corpus, doc, node, SEEDS } from '../helpers/corpus';
import { loadCorpus } from '../../scripts/lib/corpus';
import type { LegalDocument } from '../../src/lib/model';

describe('anchors', () => {
  it('fold đ to dd so điểm đ and điểm d never collide', () => {
    expect(slugify('đ')).toBe('dd');
    const k6 = node(doc('tt-10-2025-bkhcn'), 'dieu-2/khoan-6');
    expect(k6.children.filter((c) => c.num === 'd' || c.num === 'đ').map((c) => c.id)).toEqual(['dieu-2/khoan-6/diem-d', 'dieu-2/khoan-6/diem-dd']);
    expect(slugify('Phòng QLKH&ĐMST')).toBe('phong-qlkh-ddmst');
  });

  it('fold for matching maps đ to d, as people type without diacritics', () => {
    expect(foldForMatch('Đo lường')).toBe('do luong');
  });

  it('are unique and ASCII in every document, and stable from parse to parse', () => {
    for (const d of corpus().documents) {
      const urls = [...locateNodes(d).values()].map((l) => l.url);
      expect(new Set(urls).size, d.meta.id).toBe(urls.length);
      for (const u of urls) expect(u).toMatch(/^[a-z0-9/#-]+$/);
    }
    // corpus() is parsed once per file: parse the seeds again to compare.
    const ids = (docs: LegalDocument[]) => docs.map((d) => allNodes(d).map((n) => n.id));
    expect(ids(loadCorpus(SEEDS).documents)).toEqual(ids(corpus().documents));
  });

  it('are relative to the article page', () => {
    expect(anchorFor('dieu-2/khoan-6/diem-dd', 'dieu-2')).toBe('khoan-6-diem-dd');
    const loc = locateNodes(doc('quang-ngai-33-qd-skhcn')).get('quy-ddinh/muc-iii/muc-2-6-1-lan-2')!;
    expect(loc.url).toBe('van-ban/quang-ngai-33-qd-skhcn/quy-ddinh/muc-iii/#muc-2-6-1-lan-2');
  });
});
