/**
 * public/search.js folds queries by hand (it is plain browser JS, no build
 * step); the index folds with foldForMatch. They must agree, or unaccented
 * queries stop matching.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../src/lib/slug';
import { citationKey } from '../../src/lib/search/records';
import { corpus } from '../helpers/corpus';
import { allNodes } from '../../src/lib/parse';

/** Every unit label of the seeds ("điểm đ khoản 6 Điều 2", "mục 2.3 (Văn phòng Sở)" …). */
function allRecordLabels(): string[] {
  return corpus().documents.flatMap((d) => allNodes(d).map((n) => n.label)).filter(Boolean);
}

const source = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'search.js'), 'utf8');
const line = source.match(/function fold\(s\) \{[^\n]*\}/)?.[0];
const fold = new Function(`${line}; return fold;`)() as (s: string) => string;

describe('the search page folds queries as the index does', () => {
  it('has a fold function to compare', () => {
    expect(line).toBeTruthy();
    expect(fold('Đo lường ĐƯỜNG')).toBe('do luong duong');
  });

  it('agrees with foldForMatch on arbitrary Vietnamese text', () => {
    const letters = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ 0123/-'.split(''));
    fc.assert(fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
      const s = chars.join('').normalize('NFC');
      expect(fold(s)).toBe(foldForMatch(s));
    }));
  });
});

// The citation key search.js computes from a query, between its
// <citation-key> markers, with the word pattern and fold it relies on.
const wordLine = source.match(/var WORD = [^\n]*;/)?.[0];
const wordsLine = source.match(/function words\(s\) \{[^\n]*\}/)?.[0];
const citeBlock = source.match(/\/\/ <citation-key>[\s\S]*?\/\/ <\/citation-key>/)?.[0];
const citeKey = new Function(`${wordLine}\n${line}\n${wordsLine}\n${citeBlock}\nreturn citeKey;`)() as (s: string) => { key: string; rest: string };

describe('the search page reads citations in a query as the index files them', () => {
  it('finds the units a query cites and keeps the other words', () => {
    expect(citeKey('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN')).toEqual({ key: 'diem dd khoan 6 dieu 2', rest: 'Thông tư 10/2025/TT-BKHCN' });
    expect(citeKey('diem d khoan 13 dieu 2 hai phong')).toEqual({ key: 'diem d khoan 13 dieu 2', rest: 'hai phong' });
    expect(citeKey('mục 2.3 Phòng Quản lý chuyên ngành').key).toBe('muc 2.3');
    expect(citeKey('điều kiện khoản vay mục tiêu')).toEqual({ key: '', rest: 'điều kiện khoản vay mục tiêu' });
    expect(citeKey('chu ky so')).toEqual({ key: '', rest: 'chu ky so' });
  });

  it('agrees with citationKey on every label of the corpus and on generated citations', () => {
    const labels = allRecordLabels();
    expect(labels.length).toBeGreaterThan(500);
    for (const l of labels) expect(citeKey(l).key, l).toBe(citationKey(l));
    const unit = fc.constantFrom('điểm', 'Điểm', 'diem', 'khoản', 'khoan', 'Điều', 'ĐIỀU', 'dieu', 'mục', 'muc', 'số', 'Thông tư');
    const value = fc.constantFrom('a', 'đ', 'Đ', 'dd', 'd', '11', '2.3', '2.3.1', 'IV', 'này', 'kiện', '10/2025/TT-BKHCN', '(Văn phòng)');
    fc.assert(fc.property(fc.array(fc.oneof(unit, value), { maxLength: 12 }), (parts) => {
      const s = parts.join(' ').normalize('NFC');
      expect(citeKey(s).key).toBe(citationKey(s));
    }));
  });
});
