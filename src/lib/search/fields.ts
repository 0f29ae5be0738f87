/**
 * What a search record says about itself beyond its text, written by the
 * indexer (records.ts, scripts/search-index.ts) and read by the browser
 * (src/browser/search/): the values of the hidden `rec` filter and how
 * list meta fields are joined. No imports: the browser bundle takes it as is.
 */

/**
 * The hidden filter `rec`, so the browser can ask Pagefind for the named
 * records or the model duties among the matches (one small filter chunk):
 * an office, document or province page; a model khoản or điểm in the
 * comparison; a comparison page.
 */
export const RECORD_KINDS = { named: 'ten', duty: 'nhiem-vu', comparison: 'so-sanh' } as const;
export type RecordKind = (typeof RECORD_KINDS)[keyof typeof RECORD_KINDS];

/** Separates the values of a list meta field (names, summarised URLs). */
export const LIST = '|';

/**
 * The name of a record's result fragment (scripts/lib/pagefind-names.ts
 * renames Pagefind's): the index's language, 6 hex digits of the build,
 * the record's number in the order the indexer added them (base 36).
 */
export const fragmentName = (language: string, build: string, n: number) => `${language}_${build}_${n.toString(36)}`;

/** A result's record number, from its fragment name (Pagefind's result id). */
export const recordNumber = (id: string) => parseInt(id.slice(id.lastIndexOf('_') + 1), 36);

/** The values of a list meta field. */
export const listOf = (v: string | undefined): string[] => (v ? v.split(LIST) : []);

/**
 * How many filters the citation keys are spread over. Pagefind loads a
 * filter whole: one `cite` filter was 27.9 KB at 80 province documents, all
 * of it fetched by a query citing one unit; spread over 32 by a hash of the
 * key, a citation reads one of about 1 KB.
 */
export const CITE_SHARDS = 32;

/** The filter a citation key ("diem dd khoan 6 dieu 2", match.ts citationKey) is filed under: `cite-0` … `cite-31` (FNV-1a of the key). */
export function citeFilter(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `cite-${(h >>> 0) % CITE_SHARDS}`;
}
