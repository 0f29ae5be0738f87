/**
 * Short names for Pagefind's result fragments (issue #12: the first query
 * at 80 province documents).
 *
 * Pagefind 1.6 names each record's fragment after 7 hex digits of the
 * SHA-1 of its content, and lists every name in `pf_meta`, the file every
 * first query loads: [name, word count, fragment group] per record. The
 * 28 random bits of each name are more than half of that file once
 * gzipped (84.6 KB of `pf_meta` for 13,109 records at 80 documents; 44.8 KB
 * with the names below), and no compression removes them. This step
 * renames the fragments `vi_<build>_<n>` (src/lib/search/fields.ts
 * fragmentName): `<build>` is 6 hex digits of the
 * hash of Pagefind's own `pf_meta`, which changes whenever any record does
 * — so a name never means two contents, and a cached fragment of an older
 * build is never read for a new one — and `<n>` the record's number in base
 * 36. Nothing else in the index refers to fragment names (word chunks and
 * filters refer to record numbers), so only `pf_meta`, the fragment files
 * and `pagefind-entry.json` (which names `pf_meta`) change.
 *
 * `pf_meta` is gzipped CBOR after the signature "pagefind_dcd". The codec
 * here reads exactly the CBOR Pagefind 1.6 writes (unsigned integers, text
 * strings, arrays, minimal lengths) and refuses anything else, and the
 * file must re-encode to its own bytes before anything is renamed: a
 * Pagefind whose index differs stops the build with an error saying so,
 * instead of a search that silently finds nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fragmentName } from '../../src/lib/search/fields';

/** The CBOR values pf_meta holds. */
export type Cbor = number | string | Cbor[];

const SIGNATURE = Buffer.from('pagefind_dcd');

class FormatError extends Error {}

/** One CBOR value from `b` at `at`: the value and where the next one starts. */
function decodeAt(b: Uint8Array, at: number): [Cbor, number] {
  if (at >= b.length) throw new FormatError('unexpected end');
  const major = b[at]! >> 5, info = b[at]! & 31;
  let n: number, next = at + 1;
  if (info < 24) n = info;
  else if (info <= 26) {
    const size = 1 << (info - 24);
    if (next + size > b.length) throw new FormatError('unexpected end');
    n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + b[next + i]!;
    next += size;
  } else throw new FormatError(`length code ${info} at byte ${at}`);
  if (major === 0) return [n, next];
  if (major === 3) {
    if (next + n > b.length) throw new FormatError('unexpected end');
    return [Buffer.from(b.subarray(next, next + n)).toString('utf8'), next + n];
  }
  if (major === 4) {
    const items: Cbor[] = [];
    for (let i = 0; i < n; i++) {
      const [v, after] = decodeAt(b, next);
      items.push(v);
      next = after;
    }
    return [items, next];
  }
  throw new FormatError(`CBOR major type ${major} at byte ${at}`);
}

/** The CBOR value `b` holds, entirely. */
export function decodeCbor(b: Uint8Array): Cbor {
  const [v, end] = decodeAt(b, 0);
  if (end !== b.length) throw new FormatError(`${b.length - end} bytes after the value`);
  return v;
}

function head(major: number, n: number): number[] {
  if (n < 24) return [major << 5 | n];
  if (n < 0x100) return [major << 5 | 24, n];
  if (n < 0x10000) return [major << 5 | 25, n >> 8, n & 255];
  return [major << 5 | 26, n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** CBOR with minimal lengths, as Pagefind's minicbor writes it. */
export function encodeCbor(v: Cbor): Buffer {
  const out: Buffer[] = [];
  const put = (x: Cbor) => {
    if (typeof x === 'number') {
      if (!Number.isInteger(x) || x < 0 || x > 0xffffffff) throw new FormatError(`number ${x}`);
      out.push(Buffer.from(head(0, x)));
    } else if (typeof x === 'string') {
      const s = Buffer.from(x, 'utf8');
      out.push(Buffer.from(head(3, s.length)), s);
    } else {
      out.push(Buffer.from(head(4, x.length)));
      x.forEach(put);
    }
  };
  put(v);
  return Buffer.concat(out);
}

/** A record of pf_meta: its fragment's name, its word count, its fragment group ("" when fragments are not grouped). */
type MetaPage = [name: string, words: number, group: string];

/** The records of a decoded pf_meta ([version, records, word chunks, filters, sorts, meta fields]), checked. */
function pagesOf(meta: Cbor): MetaPage[] {
  const pages = Array.isArray(meta) && meta.length === 6 && typeof meta[0] === 'string' ? meta[1] : null;
  if (!Array.isArray(pages)) throw new FormatError('not [version, records, chunks, filters, sorts, fields]');
  for (const p of pages) {
    if (!Array.isArray(p) || p.length !== 3 || typeof p[0] !== 'string' || typeof p[1] !== 'number' || p[2] !== '') {
      throw new FormatError(`record ${JSON.stringify(p)} is not [name, word count, ""]`);
    }
  }
  return pages as MetaPage[];
}

const sha1 = (b: Uint8Array) => createHash('sha1').update(b).digest('hex');

/**
 * The CBOR value of a Pagefind index file (pf_meta, pf_filter: gzipped,
 * "pagefind_dcd", then CBOR), checked to re-encode to its own bytes.
 */
export function decodePagefindFile(gzipped: Uint8Array): Cbor {
  const raw = gunzipSync(gzipped);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new FormatError('no "pagefind_dcd" signature');
  const body = raw.subarray(SIGNATURE.length);
  const value = decodeCbor(body);
  if (!encodeCbor(value).equals(body)) throw new FormatError('it does not re-encode to the same bytes');
  return value;
}

/**
 * pf_meta's bytes (gzipped, as written) with every fragment renamed
 * `<language>_<build>_<n>`; the renames, old → new, in record order.
 */
export function shortNames(gzipped: Uint8Array, language: string): { meta: Buffer; renames: Array<[string, string]> } {
  const meta = decodePagefindFile(gzipped);
  const build = sha1(encodeCbor(meta)).slice(0, 6);
  const renames: Array<[string, string]> = [];
  pagesOf(meta).forEach((page, n) => {
    const name = fragmentName(language, build, n);
    renames.push([page[0], name]);
    page[0] = name;
  });
  return { meta: gzipSync(Buffer.concat([SIGNATURE, encodeCbor(meta)]), { level: 9 }), renames };
}

interface Entry { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }> }

/**
 * Renames the fragments of the Pagefind bundle in `dir` (shortNames) and
 * writes pf_meta and pagefind-entry.json to match. Returns pf_meta's bytes
 * before and after, for the indexer's line.
 */
export function shortenFragmentNames(dir: string): { before: number; after: number } {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
  let before = 0, after = 0;
  for (const [language, index] of Object.entries(entry.languages)) {
    const metaPath = join(dir, `pagefind.${index.hash}.pf_meta`);
    const old = readFileSync(metaPath);
    let renamed: ReturnType<typeof shortNames>;
    try {
      renamed = shortNames(old, language);
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      throw new Error(`pagefind: ${metaPath} không đúng cấu trúc của Pagefind 1.6 mà bước đặt tên ngắn (scripts/lib/pagefind-names.ts) đọc được (${e.message}); kiểm tra lại bước này khi nâng cấp Pagefind.`);
    }
    for (const [from, to] of renamed.renames) {
      const file = (name: string) => join(dir, 'fragment', `${name}.pf_fragment`);
      // Pagefind gives identical records one fragment: the first rename moves it, the next ones copy it.
      if (existsSync(file(from))) renameSync(file(from), file(to));
      else writeFileSync(file(to), readFileSync(file(renamed.renames.find(([f]) => f === from)![1])));
    }
    const hash = `${language}_${sha1(renamed.meta).slice(0, 10)}`;
    rmSync(metaPath);
    writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), renamed.meta);
    entry.languages[language] = { ...index, hash };
    before += old.length;
    after += renamed.meta.length;
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return { before, after };
}
