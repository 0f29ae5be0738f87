/**
 * What a query finds, before ranking: the units a citation names (the
 * index's `cite` filter), the words' results and the phrase's results,
 * merged in that order without repeats.
 */
import { readCitation, terms, type Term } from '../../lib/search/match';
import type { Filters, Pagefind, Result, Results } from './engine';

export interface Found {
  /** The query as typed. */
  q: string;
  /** Its words as compared (without "số" before a number). */
  qs: Term[];
  all: Result[];
  /** Ids of the units the citation names. */
  cited: Set<string>;
  /** The answer is the cited units alone (the words were not searched everywhere). */
  citation: boolean;
}

/**
 * `full`: search the words everywhere even when the query is a citation
 * ("Tìm các từ này trong toàn văn").
 */
export async function find(m: Pagefind, q: string, filters: Filters, full: boolean): Promise<Found> {
  const unquoted = q.replace(/["“”]/g, ' ');
  const cite = full ? { key: '', rest: '' } : readCitation(unquoted);
  // "số" before a number is not in the titles the ranking compares with.
  const sent = unquoted.trim().replace(/(^|\s)(số|so)\s+(?=\d)/gi, '$1');
  const qs = terms(sent);
  const opts = { filters };
  const citeOpts = { filters: { ...filters, cite: cite.key } };
  const fullText = (cited: Results | null) =>
    Promise.all([cited, m.search(sent, opts), qs.length > 1 ? m.search(`"${sent}"`, opts) : null] as const);
  let got: readonly [Results | null, Results | null, Results | null];
  if (!cite.key) got = await fullText(null);
  else {
    // A citation: the units filed under its key, narrowed by the other
    // words ("thong tu 10"). When that is all the query says, they are the
    // answer (the words everywhere are one click away); when the other
    // words are not in them ("dieu 2 do luong"), the words are searched
    // everywhere too, the cited units first.
    const c = await m.search(cite.rest || null, citeOpts);
    if (c.results.length) got = [c, null, null];
    else if (!cite.rest) got = await fullText(null);
    else got = await fullText(await m.search(null, citeOpts));
  }
  const [citedRes, words, phrase] = got;
  const citedHits = citedRes?.results ?? [];
  const inPhrase = new Set((phrase?.results ?? []).map((r) => r.id));
  const res = words?.results ?? [];
  const seen = new Set<string>();
  const all = [...citedHits, ...res.filter((r) => inPhrase.has(r.id)), ...res.filter((r) => !inPhrase.has(r.id))]
    .filter((r) => !seen.has(r.id) && !!seen.add(r.id));
  return { q, qs, all, cited: new Set(citedHits.map((r) => r.id)), citation: !words };
}
