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
