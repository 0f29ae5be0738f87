/**
 * The order results are shown in: fetched ten at a time (each is a
 * fragment to download) in the order find.ts merged them, and each ten
 * re-ranked with the measures of src/lib/search/rank.ts.
 */
import { listOf } from '../../lib/search/fields';
import { coverage, dutyFit, exactMatch, nameMatch, sameGroup, summarises, titleMatch } from '../../lib/search/rank';
import type { Result, ResultData } from './engine';
import type { Found } from './find';

export const PAGE = 10;


/**
 * Rank of a result within its page: the units a citation names (by how
 * well they fit the query), a record the query names (an office, a
 * document, a province), a model duty whose own text holds the query, the
 * query as a citation in the title, the diacritics as typed; then phrase
 * hits, then Pagefind's own score. Comparison pages come after texts.
 */
function rankOf(d: ResultData, r: Result, found: Found): number {
  const { q, qs } = found;
  const cited = found.cited.has(r.id);
  const named = nameMatch(listOf(d.meta.names), d.meta.title, qs);
  const t = named ? 0 : titleMatch(d.meta.title, qs);
  const comparison = !!d.meta.sums;
  return (cited ? 8 + coverage(d.meta.title, qs) + sameGroup(d.meta.title, q) : 0)
    + 3 * named
    + (found.duties.has(r.id) ? dutyFit(d.meta.text ?? '', qs) : 0)
    + (t ? 4 + t : 0)
    + exactMatch(`${d.meta.text} ${d.meta.title}`, q, qs)
    + (qs.length < 2 || found.phrase.has(r.id) ? 1 : 0)
    + (found.top ? 0.5 * Math.min(1, r.score / found.top) : 0)
    - (comparison && !named && !t ? 2 : 0);
}

/**
 * A comparison page never above a text it summarises: each goes after the
 * last such text of the page. `root`: the site root's path, which result
 * URLs start with.
 */
function afterSummarised(items: ResultData[], root: string): ResultData[] {
  const out = [...items];
  for (const c of items.filter((d) => d.meta.sums)) {
    const prefixes = listOf(c.meta.sums);
    const from = out.indexOf(c);
    let last = -1;
    out.forEach((d, i) => { if (d !== c && !d.meta.sums && prefixes.some((p) => summarises(root + p, d.url))) last = i; });
    if (last > from) { out.splice(from, 1); out.splice(last, 0, c); }
  }
  return out;
}

/** The next `PAGE` results from `n` on, ranked; `root` as for afterSummarised. */
export async function nextPage(found: Found, n: number, root: string): Promise<ResultData[]> {
  const next = found.all.slice(n, n + PAGE);
  const items = await Promise.all(next.map((r) => r.data()));
  const ranks = new Map(items.map((d, i) => [d, rankOf(d, next[i]!, found)]));
  return afterSummarised(items.sort((a, b) => ranks.get(b)! - ranks.get(a)!), root);
}

