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

/** The values of a list meta field. */
export const listOf = (v: string | undefined): string[] => (v ? v.split(LIST) : []);
