/**
 * How the browser re-ranks a page of Pagefind results (src/browser/search/).
 * Pagefind ranks by its own word scores; these measures add what it cannot
 * know: the query as a citation or a name in the title, the units a
 * citation names, the diacritics as typed. Pure.
 */
import { foldForMatch } from '../slug';
import { phraseAt, sameWord, tokens, type Term } from './match';

/**
 * The query's words in order among the words of the result's title (a
 * citation or a name, without its parentheses): the share of the title
 * they cover, else 0.
 */
export function titleMatch(title: string, qs: Term[]): number {
  const ts = tokens(title.replace(/\s*\([^)]*\)/g, ''));
  let j = 0;
  for (let i = 0; i < ts.length && j < qs.length; i++) if (sameWord(qs[j]!, ts[i]!)) j++;
  return qs.length && j === qs.length ? qs.length / ts.length : 0;
}

/**
 * How well the title (label, office, document) and the query cover each
 * other, 0–2: among the units a citation names, the one of the document
 * and office the query names ("Phòng Quản lý chuyên ngành" over "Phòng
 * Quản lý Khoa học - Công nghệ" when the issuer's name has "khoa học").
 */
export function coverage(title: string, qs: Term[]): number {
  const ts = tokens(title);
  const inQuery = ts.filter((tok) => qs.some((t) => sameWord(t, tok))).length;
  const inTitle = qs.filter((t) => ts.some((tok) => sameWord(t, tok))).length;
  return (ts.length ? inQuery / ts.length : 0) + (qs.length ? inTitle / qs.length : 0);
}

/** Groups in parentheses, folded: the office of a copied citation, "mục 2.6 (Phòng Quản lý chuyên ngành) Quyết định …". */
function groups(s: string): string[] {
  return (s.match(/\([^)]*\)/g) ?? []).map((g) => foldForMatch(g).replace(/\s+/g, ' '));
}

/** 1 when the query and the title share a group in parentheses, else 0. */
export function sameGroup(title: string, query: string): number {
  const ts = groups(title);
  return groups(query).some((g) => ts.includes(g)) ? 1 : 0;
}

/**
 * With diacritics typed: 2 when the whole query is in the text as typed,
 * 1 when each word typed with diacritics is, else 0.
 */
export function exactMatch(text: string, query: string, qs: Term[]): number {
  const all = text.toLowerCase();
  const marked = qs.filter((t) => t.exact);
  if (!marked.length) return 0;
  if (all.includes(query.toLowerCase().replace(/\s+/g, ' ').trim())) return 2;
  const ls = new Set(tokens(all).map((t) => t.l));
  return marked.every((t) => ls.has(t.w)) ? 1 : 0;
}

/**
 * How the query names a record, from its names (an office, a document, a
 * province as people name it): 2 when a name is in the query as a phrase
 * and every other query word is in the title ("van phong so lai chau" names
 * Lai Châu's "Văn phòng"; "tinh quang ngai" names "tỉnh Quảng Ngãi");
 * 1 + the share covered when the query is a phrase inside a name and covers
 * at least half of it ("phong quan ly khoa hoc"); else 0.
 */
export function nameMatch(names: string[], title: string, qs: Term[]): number {
  if (!qs.length) return 0;
  const inTitle = tokens(title);
  let best = 0;
  for (const name of names) {
    const ns = tokens(name);
    if (!ns.length) continue;
    for (let s = 0; s + ns.length <= qs.length; s++) {
      if (!ns.every((tok, k) => sameWord(qs[s + k]!, tok))) continue;
      const others = qs.filter((_, i) => i < s || i >= s + ns.length);
      if (others.every((t) => inTitle.some((tok) => sameWord(t, tok)))) return 2;
    }
    if (qs.length * 2 >= ns.length && phraseAt(ns, qs).length) best = Math.max(best, 1 + qs.length / ns.length);
  }
  return best;
}

/** The text at `url` is one of those a comparison page summarises (`prefix`: a page, or a unit and its sub-units). */
export function summarises(prefix: string, url: string): boolean {
  return url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}-`);
}

/**
 * A model duty's fit to a topic query: 0 unless its own text holds the query
 * as a phrase; then 5.5, plus up to 2 for how much of the text the phrase
 * makes up (a khoản whose heading is the topic, "Về dịch vụ sự nghiệp
 * công", before a point that names it in passing).
 */
export function dutyFit(text: string, qs: Term[]): number {
  const toks = tokens(text);
  const at = phraseAt(toks, qs).length;
  return at ? 5.5 + 2 * Math.min(1, (at * qs.length) / toks.length) : 0;
}
