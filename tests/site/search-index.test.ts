/**
 * The search index as built into dist/pagefind/ (scripts/search-index.ts):
 * what a first query loads stays small — short fragment names in pf_meta,
 * small word chunks, citation keys spread over small filters — and the
 * renaming step refuses an index it does not know.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, ensureDist } from './ensure-dist';
import { decodeCbor, decodePagefindFile, encodeCbor, shortenFragmentNames, shortNames } from '../../scripts/lib/pagefind-names';
import { filterFiles, filterValues, indexMeta } from '../helpers/pagefind';
import { CITE_SHARDS, citeFilter } from '../../src/lib/search/fields';
import { buildRecords, type CitedEntry } from '../../src/lib/search/records';
import { loadComparison } from '../../src/lib/site/comparison-data';

const PF = join(DIST, 'pagefind');

beforeAll(() => ensureDist(['index.html', 'pagefind/pagefind-entry.json']), 180_000);

describe('the fragments’ names', () => {
  it('are <language>_<build>_<record number in base 36>, one file each, none left under Pagefind’s own names', () => {
    const pages = indexMeta(PF)[1] as Array<[string, number, string]>;
    const build = pages[0]![0].split('_')[1]!;
    expect(build).toMatch(/^[0-9a-f]{6}$/);
    pages.forEach(([name], n) => expect(name).toBe(`vi_${build}_${n.toString(36)}`));
    const files = readdirSync(join(PF, 'fragment'));
    expect(files.sort()).toEqual(pages.map(([name]) => `${name}.pf_fragment`).sort());
  });

  it('leave pf_meta near 5 B a record (Pagefind’s 7 random hex digits alone are 3.5 B each after gzip)', () => {
    const entry = JSON.parse(readFileSync(join(PF, 'pagefind-entry.json'), 'utf8')) as { languages: { vi: { hash: string; page_count: number } } };
    const bytes = statSync(join(PF, `pagefind.${entry.languages.vi.hash}.pf_meta`)).size;
    expect(bytes / entry.languages.vi.page_count).toBeLessThan(6);
  });

  it('are given by a codec that re-encodes Pagefind’s CBOR to the same bytes', () => {
    for (const v of [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, '', 'điểm đ', 'x'.repeat(300), [], [1, ['a', [2]]]]) {
      expect(decodeCbor(encodeCbor(v))).toEqual(v);
    }
    expect(encodeCbor(24)).toEqual(Buffer.from([0x18, 24]));
    expect(() => decodeCbor(Buffer.from([0xa1, 0x01, 0x02]))).toThrow(/major type 5/); // a map: not in pf_meta
    expect(() => decodeCbor(Buffer.from([0x18]))).toThrow(/unexpected end/);
    expect(() => decodeCbor(Buffer.from([0x01, 0x02]))).toThrow(/after the value/);
  });

  it('stop the build with a message naming the file when pf_meta is not as Pagefind 1.6 writes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-pf-'));
    try {
      mkdirSync(join(dir, 'fragment'));
      writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '9.9.9', languages: { vi: { hash: 'vi_0', wasm: null, page_count: 1 } } }));
      // A record with a fragment group: grouped fragments are not renamed.
      const meta = encodeCbor(['9.9.9', [['vi_abc', 3, 'vi_group_1']], [], [], [], []]);
      writeFileSync(join(dir, 'pagefind.vi_0.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])));
      expect(() => shortenFragmentNames(dir)).toThrow(/pagefind\.vi_0\.pf_meta không đúng cấu trúc của Pagefind 1\.6.*\[name, word count, ""\]/);
      expect(() => shortNames(gzipSync(Buffer.from('not pagefind')), 'vi')).toThrow(/signature/);
      expect(existsSync(join(dir, 'pagefind.vi_0.pf_meta')), 'nothing renamed or removed').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what a query loads', () => {
  it('word chunks of a few KB: Pagefind’s default made 15–18 KB chunks of this corpus', () => {
    const sizes = readdirSync(join(PF, 'index')).map((f) => statSync(join(PF, 'index', f)).size).sort((a, b) => a - b);
    expect(sizes.length).toBeGreaterThan(50);
    expect(sizes[sizes.length >> 1]!).toBeLessThan(4096);
  });

  it('files every citation key under the one of 32 cite filters the browser computes, and nothing else there', () => {
    const files = filterFiles(PF);
    expect([...files.keys()].filter((k) => k.startsWith('cite')).sort()).toEqual(Array.from({ length: CITE_SHARDS }, (_, i) => `cite-${i}`).sort());
    const { site, corpus } = loadComparison(ROOT);
    const cited = (JSON.parse(readFileSync(join(ROOT, 'content', 'cited.json'), 'utf8')) as { documents: CitedEntry[] }).documents;
    const keys = new Set(buildRecords(corpus, cited, site).flatMap((r) => r.filters.cite ?? []));
    const filed = new Map<string, string>();
    for (const [name, file] of files) if (name.startsWith('cite-')) for (const key of filterValues(PF, file).keys()) filed.set(key, name);
    expect(filed.size).toBe(keys.size);
    for (const key of keys) expect(filed.get(key), key).toBe(citeFilter(key));
    // đ is its own key: "điểm đ" and "điểm d" never share an answer.
    expect(filed.has('diem dd khoan 6 dieu 2') && filed.has('diem d khoan 6 dieu 2')).toBe(true);
  });

  it('decodes every filter file it reads', () => {
    for (const f of readdirSync(join(PF, 'filter'))) expect(() => decodePagefindFile(readFileSync(join(PF, 'filter', f))), f).not.toThrow();
  });
});
