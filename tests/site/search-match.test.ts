/**
 * Word matching shared by the index and the browser (src/lib/search/match.ts):
 * the browser bundle imports these very functions, so what is tested here
 * is what the search page runs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationKey, excerptOf, readCitation, sameWord, searchedWords, terms, tokens } from '../../src/lib/search/match';
import { dutyFit, nameMatch, summarises } from '../../src/lib/search/rank';
import { ROOT } from './ensure-dist';

describe('readCitation: the units a query cites, as the index files them', () => {
  it('finds the units and keeps the other words, without "số" before a number', () => {
    expect(readCitation('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN')).toEqual({ key: 'diem dd khoan 6 dieu 2', rest: 'Thông tư 10/2025/TT-BKHCN' });
    expect(readCitation('diem d khoan 13 dieu 2 hai phong')).toEqual({ key: 'diem d khoan 13 dieu 2', rest: 'hai phong' });
    expect(readCitation('mục 2.3 Phòng Quản lý chuyên ngành').key).toBe('muc 2.3');
    expect(readCitation('điều kiện khoản vay mục tiêu')).toEqual({ key: '', rest: 'điều kiện khoản vay mục tiêu' });
    expect(readCitation('chu ky so')).toEqual({ key: '', rest: 'chu ky so' });
  });

  it('keeps điểm đ apart from điểm d, typed either way', () => {
    expect(citationKey('điểm đ khoản 6 Điều 2')).toBe('diem dd khoan 6 dieu 2');
    expect(citationKey('diem dd khoan 6 dieu 2')).toBe('diem dd khoan 6 dieu 2');
    expect(citationKey('điểm d khoản 6 Điều 2')).toBe('diem d khoan 6 dieu 2');
    expect(citationKey('Điều 5')).toBe('dieu 5');
    expect(citationKey('mục IV')).toBe('muc iv');
  });
});

describe('searchedWords: what Pagefind is sent', () => {
  it('sends the words only, so that literal markup in a query still finds the text', () => {
    expect(searchedWords('<script>')).toBe('script');
    expect(searchedWords('mã "<script>" trong trang')).toBe('mã script trong trang');
    expect(searchedWords('Thông tư số 10/2025/TT-BKHCN')).toBe('Thông tư 10/2025/TT-BKHCN');
    expect(searchedWords('57-NQ/TW; 150/2025/NĐ-CP')).toBe('57-NQ/TW 150/2025/ND-CP');
    expect(searchedWords('điểm đ khoản 6 Điều 2')).toBe('diểm d khoản 6 Diều 2');
  });
});

describe('terms: each query word compared as typed', () => {
  const word = (w: string) => tokens(w)[0]!;
  it('without diacritics folded, with diacritics exactly', () => {
    const [do_, luong] = terms('đo luong');
    expect(sameWord(do_!, word('đo'))).toBe(true);
    expect(sameWord(do_!, word('do'))).toBe(false);
    expect(sameWord(luong!, word('lường'))).toBe(true);
    expect(sameWord(luong!, word('lượng'))).toBe(true);
  });
  it('matches a whole part of a document number, not a prefix of a word', () => {
    const [n] = terms('10/2025');
    expect(sameWord(n!, word('10/2025/TT-BKHCN'))).toBe(true);
    expect(sameWord(terms('khoa')[0]!, word('khoản'))).toBe(false);
  });
});

describe('excerptOf: the words around the matches, only whole matching words marked', () => {
  const marked = (text: string, q: string) => excerptOf(text, terms(q)).marks.map(([s, e]) => text.slice(s, e));
  it('marks only the phrase where the query occurs as one', () => {
    expect(marked('Quản lý đo lường và đo đạc, số lượng', 'do luong')).toEqual(['đo', 'lường']);
    expect(marked('đo đạc và số lượng', 'do luong')).toEqual([]);
    expect(marked('Kiểm tra nhà nước về chất lượng', 'kiem tra nha nuoc ve do luong')).toEqual(['Kiểm', 'tra', 'nhà', 'nước', 'về']);
    expect(marked('khoản 1 (Văn phòng Sở): Sở giao phòng', 'Văn phòng Sở')).toEqual(['Văn', 'phòng', 'Sở']);
    expect(marked('Thông tư số 10/2025/TT-BKHCN', '10/2025/TT-BKHCN')).toEqual(['10/2025/TT-BKHCN']);
  });
  it('cuts long texts around the densest run and says where it is cut', () => {
    const text = `${'một '.repeat(50)}đo lường ${'hai '.repeat(50)}`.trim();
    const x = excerptOf(text, terms('đo lường'));
    expect(x.cutStart && x.cutEnd).toBe(true);
    expect(text.slice(x.from, x.to)).toContain('đo lường');
  });
});

describe('the browser code type-checks as browser code', () => {
  it('tsc -p src/browser: DOM types, no Node types, with the src/lib modules it imports', () => {
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const run = spawnSync(tsc, ['--noEmit', '-p', join(ROOT, 'src', 'browser')], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('rank.ts: the measures a page of results is re-ranked by', () => {
  it('nameMatch: a name in the query, the other words in the title; or the query as most of a name', () => {
    const qs = terms('Văn phòng Sở');
    expect(nameMatch(['Văn phòng Sở'], 'Văn phòng Sở — Quyết định 33/QĐ-SKHCN (Quảng Ngãi)', qs)).toBe(2);
    // Lai Châu's office is "Văn phòng"; "Sở" is in its title.
    expect(nameMatch(['Văn phòng'], 'Văn phòng — Quy định các phòng thuộc Sở KH&CN Lai Châu', qs)).toBe(2);
    expect(nameMatch(['Lai Châu', 'tỉnh Lai Châu'], 'Lai Châu', terms('tinh lai chau'))).toBe(2);
    expect(nameMatch(['Phòng Quản lý khoa học và công nghệ'], 'x', terms('phong quan ly khoa hoc'))).toBeCloseTo(1 + 5 / 8);
    // A few words of a long name are not a name.
    expect(nameMatch(['Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng'], 'x', terms('do luong'))).toBe(0);
    expect(nameMatch([], 'Văn phòng Sở', qs)).toBe(0);
  });

  it('dutyFit: only a text holding the query as a phrase, the more the more of the text it is', () => {
    const qs = terms('dịch vụ sự nghiệp công');
    const heading = dutyFit('Về dịch vụ sự nghiệp công', qs);
    const passing = dutyFit('Dự thảo quyết định thực hiện xã hội hóa các hoạt động cung ứng dịch vụ sự nghiệp công theo ngành, lĩnh vực.', qs);
    expect(heading).toBeGreaterThan(passing);
    expect(passing).toBeGreaterThan(5.5);
    expect(dutyFit('dịch vụ công và sự nghiệp', qs)).toBe(0);
  });

  it('summarises: a page and what is under it, a unit and its sub-units, never a neighbour by prefix', () => {
    const k1 = 'van-ban/tt/dieu-2/#khoan-1';
    expect(summarises(k1, k1)).toBe(true);
    expect(summarises(k1, `${k1}-diem-a`)).toBe(true);
    expect(summarises(k1, 'van-ban/tt/dieu-2/#khoan-11')).toBe(false);
    expect(summarises('van-ban/tt/', 'van-ban/tt/dieu-2/#khoan-11')).toBe(true);
  });
});
