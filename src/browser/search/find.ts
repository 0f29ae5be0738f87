/**
 * What a query finds, before ranking, in the order pages are fetched: the
 * units a citation names (the index's `cite-N` filters); the records the query
 * may name (offices, documents, provinces: `rec` = ten) and the model
 * duties holding the query as a phrase (`rec` = nhiem-vu), so that both
 * reach the first page whatever Pagefind's own order; then the phrase's
 * results, then the words'. One small filter chunk serves both lookups.
 */
import { indexedForm, queryWords, readCitation, searchedWords, terms, type Term } from '../../lib/search/match';
import { RECORD_KINDS, citeFilter, recordNumber } from '../../lib/search/fields';
import type { Filters, Pagefind, Result, Results } from './engine';

/** How many named records and model duties are pulled into the first page. */
const NAMED = 5, DUTIES = 3;

export interface Found {
  /** The query as typed. */
  q: string;
  /** Its words as compared (without "số" before a number). */
  qs: Term[];
  all: Result[];
  /** Ids of the units the citation names. */
  cited: Set<string>;
  /** Ids of the results holding the query as a phrase. */
  phrase: Set<string>;
  /** Ids of the model duties holding it as a phrase. */
  duties: Set<string>;
  /** The best word score, to scale the others. */
  top: number;
  /** The answer is the cited units alone (the words were not searched everywhere). */
  citation: boolean;
}

/**
 * Results by score, equal scores in the order of the texts (the record
 * numbers): Pagefind leaves ties in the order it read its word chunks,
 * which differs with what earlier queries loaded, so the same query could
 * list equal units in two orders.
 */
function settled(r: Results | null): Results | null {
  return r && { results: [...r.results].sort((a, b) => b.score - a.score || recordNumber(a.id) - recordNumber(b.id)) };
}

/**
 * `full`: search the words everywhere even when the query is a citation
 * ("Tìm các từ này trong toàn văn").
 */
export async function find(m: Pagefind, q: string, filters: Filters, full: boolean): Promise<Found> {
  const cite = full ? { key: '', rest: '' } : readCitation(q);
  const words = queryWords(q);
  const sent = indexedForm(words);
  // Compared with the original texts as typed (diacritics and "đ" included).
  const qs = terms(words);
  const opts = { filters };
  const citeOpts = { filters: { ...filters, [citeFilter(cite.key)]: cite.key } };
  const phrase = qs.length > 1 ? `"${sent}"` : sent;
  const fullText = (cited: Results | null) => Promise.all([
    cited, m.search(sent, opts), qs.length > 1 ? m.search(phrase, opts) : null,
    m.search(sent, { filters: { ...filters, rec: RECORD_KINDS.named } }), m.search(phrase, { filters: { ...filters, rec: RECORD_KINDS.duty } }),
  ] as const);
  let got: readonly [Results | null, Results | null, Results | null, Results | null, Results | null];
  // Nothing to search (only signs, "<>"): no result, and no citation either.
  if (!sent) got = [null, { results: [] }, null, null, null];
  else if (!cite.key) got = await fullText(null);
  else {
    // A citation: the units filed under its key, narrowed by the other
    // words ("thong tu 10"). When that is all the query says, they are the
    // answer (the words everywhere are one click away); when the other
    // words are not in them ("dieu 2 do luong"), the words are searched
    // everywhere too, the cited units first.
    const c = await m.search(searchedWords(cite.rest) || null, citeOpts);
    if (c.results.length) got = [c, null, null, null, null];
    else if (!cite.rest) got = await fullText(null);
    else got = await fullText(await m.search(null, citeOpts));
  }
  const [citedRes, wordRes, phraseRes, namedRes, dutyRes] = got.map(settled);
  const citedHits = citedRes?.results ?? [];
  const inPhrase = new Set((phraseRes?.results ?? []).map((r) => r.id));
  const res = wordRes?.results ?? [];
  const dutyHits = (dutyRes?.results ?? []).slice(0, DUTIES);
  const seen = new Set<string>();
  const all = [
    ...citedHits, ...(namedRes?.results ?? []).slice(0, NAMED), ...dutyHits,
    ...res.filter((r) => inPhrase.has(r.id)), ...res.filter((r) => !inPhrase.has(r.id)),
  ].filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  return {
    q, qs, all, cited: new Set(citedHits.map((r) => r.id)), phrase: inPhrase, duties: new Set(dutyHits.map((r) => r.id)),
    top: Math.max(0, ...res.map((r) => r.score)), citation: !wordRes,
  };
}
