/**
 * One page of results: fetched ten at a time (each is a fragment to
 * download), re-ranked (the units a citation names, the query as a
 * citation or name in the title, the diacritics as typed), and shown as
 * links named by their title and described by their location, with an
 * excerpt cut from the original text where only matching whole words are marked.
 */
import { excerptOf, phraseAt, tokens, type Term } from '../../lib/search/match';
import { coverage, exactMatch, nameMatch, sameGroup, summarises, titleMatch } from '../../lib/search/rank';
import { el } from '../dom';
import { dutyBlock } from './duties';
import type { Result, ResultData } from './engine';
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

/** The values of a list meta field (records.ts joins them with "|"). */
export const list = (v: string | undefined) => (v ? v.split('|') : []);

/**
 * A model duty's fit to a topic query: 0 unless its own text holds the query
 * as a phrase; then 5.5, plus up to 2 for how much of the text the phrase
 * makes up (a khoản whose heading is the topic, "Về dịch vụ sự nghiệp
 * công", before a point that names it in passing).
 */
function dutyFit(text: string, qs: Term[]): number {
  const toks = tokens(text);
  const at = phraseAt(toks, qs).length;
  return at ? 5.5 + 2 * Math.min(1, (at * qs.length) / toks.length) : 0;
}

/**
 * Rank of a result within its page: the units a citation names (by how
 * well they fit the query), a record the query names (an office, a
 * document, a province), a model duty whose own text holds the query as a
 * phrase, the
 * query as a citation in the title, the diacritics as typed; then phrase
 * hits, then Pagefind's own score. Comparison pages come after texts.
 */
function rankOf(d: ResultData, r: Result, found: Found): number {
  const { q, qs } = found;
  const cited = found.cited.has(r.id);
  const named = nameMatch(list(d.meta.names), d.meta.title, qs);
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
    const prefixes = list(c.meta.sums);
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

let made = 0;

/** A result's list item; a model duty's carries who does it in each province (`open`: shown and loaded at once). */
export function resultItem(d: ResultData, qs: Term[], root: URL, open: boolean): HTMLLIElement {
  const li = el('li', null, 'result'), a = el('a', d.meta.title), where = el('span', d.meta.loc, 'sub');
  // Read after the title when the link gets focus: where the result is.
  where.id = `kq-${++made}`;
  a.href = d.url;
  a.setAttribute('aria-describedby', where.id);
  li.append(a, where, excerpt(d.meta.text ?? '', qs));
  if (d.meta.duty) li.appendChild(dutyBlock(root, d.meta.duty, open));
  return li;
}

/** Shown of one document in a page before the rest of it is folded into a group. */
const PER_DOCUMENT = 2;

/** Results at the top of a search, never folded. */
const TOP = 3;

/**
 * The page's items as list entries, in order, so that one document does not
 * fill the page: after a document's first two results (or the top three
 * results, whatever they are), its others in the page are folded into
 * "N kết quả khác trong …" at that place. `first`: how many are shown above.
 */
export function grouped(items: ResultData[], first: number, make: (d: ResultData) => HTMLLIElement): HTMLLIElement[] {
  const out: HTMLLIElement[] = [];
  const seen = new Map<string, number>();
  const groups = new Map<string, HTMLOListElement>();
  const docOf = (d: ResultData) => d.filters.document?.[0];
  const counts = new Map<string, number>();
  for (const d of items) { const k = docOf(d); if (k) counts.set(k, (counts.get(k) ?? 0) + 1); }
  items.forEach((d, i) => {
    const k = docOf(d);
    const n = k ? (seen.get(k) ?? 0) + 1 : 0;
    if (k) seen.set(k, n);
    if (!k || first + i < TOP || n <= PER_DOCUMENT || counts.get(k)! <= PER_DOCUMENT + 1) { out.push(make(d)); return; }
    let ol = groups.get(k);
    if (!ol) {
      ol = el('ol');
      groups.set(k, ol);
      const li = el('li', null, 'group'), box = el('details');
      box.append(el('summary'), ol);
      li.appendChild(box);
      out.push(li);
    }
    ol.appendChild(make(d));
  });
  for (const [k, ol] of groups) ol.previousElementSibling!.textContent = `${ol.children.length} kết quả khác trong ${k}`;
  return out;
}

/** The count line: how many, for what, how many shown. */
export function countText(found: Found, shown: number): string {
  const total = found.all.length;
  if (found.citation) return `Có ${total} đơn vị đúng trích dẫn “${found.q}”${total > shown ? `, đang hiện ${shown}.` : '.'}`;
  if (!total) return `Không tìm thấy “${found.q}”.`;
  return `Có ${total} kết quả cho “${found.q}”${total > shown ? `, đang hiện ${shown} kết quả đầu.` : '.'}`;
}
