/**
 * One page of results: fetched ten at a time (each is a fragment to
 * download), re-ranked (the units a citation names, the query as a
 * citation or name in the title, the diacritics as typed), and shown as
 * links named by their title and described by their location, with an
 * excerpt cut from the original text where only matching whole words are marked.
 */
import { excerptOf, type Term } from '../../lib/search/match';
import { coverage, exactMatch, sameGroup, titleMatch } from '../../lib/search/rank';
import { el } from '../dom';
import type { ResultData } from './engine';
import type { Found } from './find';

export const PAGE = 10;

/** The excerpt of a result's text as a paragraph with <mark>s. */
export function excerpt(text: string, qs: Term[]): HTMLParagraphElement {
  const x = excerptOf(text, qs);
  const p = el('p');
  if (x.cutStart) p.append('… ');
  let at = x.from;
  for (const [s, e] of x.marks) {
    p.append(text.slice(at, s), el('mark', text.slice(s, e)));
    at = e;
  }
  p.append(text.slice(at, x.to) + (x.cutEnd ? ' …' : ''));
  return p;
}

/** Rank of a result within its page: cited units first (by how well they fit the query), then the title, then the diacritics. */
function rankOf(d: ResultData, found: Found, cited: boolean, i: number): number {
  const { q, qs } = found;
  const t = titleMatch(d.meta.title, qs);
  return (cited ? 8 + coverage(d.meta.title, qs) + sameGroup(d.meta.title, q) : 0) + (t ? 4 + t : 0)
    + exactMatch(`${d.meta.text} ${d.meta.title}`, q, qs) - i / 100;
}

/** The next `PAGE` results from `n` on, ranked. */
export async function nextPage(found: Found, n: number): Promise<ResultData[]> {
  const next = found.all.slice(n, n + PAGE);
  const items = await Promise.all(next.map((r) => r.data()));
  const ranks = new Map(items.map((d, i) => [d, rankOf(d, found, found.cited.has(next[i]!.id), i)]));
  return items.sort((a, b) => ranks.get(b)! - ranks.get(a)!);
}

let made = 0;

/** A result's list item. */
export function resultItem(d: ResultData, qs: Term[]): HTMLLIElement {
  const li = el('li'), a = el('a', d.meta.title), where = el('span', d.meta.loc, 'sub');
  // Read after the title when the link gets focus: where the result is.
  where.id = `kq-${++made}`;
  a.href = d.url;
  a.setAttribute('aria-describedby', where.id);
  li.append(a, where, excerpt(d.meta.text ?? '', qs));
  return li;
}

/** The count line: how many, for what, how many shown. */
export function countText(found: Found, shown: number): string {
  const total = found.all.length;
  if (found.citation) return `Có ${total} đơn vị đúng trích dẫn “${found.q}”${total > shown ? `, đang hiện ${shown}.` : '.'}`;
  if (!total) return `Không tìm thấy “${found.q}”.`;
  return `Có ${total} kết quả cho “${found.q}”${total > shown ? `, đang hiện ${shown} kết quả đầu.` : '.'}`;
}
