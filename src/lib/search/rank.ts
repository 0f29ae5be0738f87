/**
 * How the browser re-ranks a page of Pagefind results (src/browser/search/).
 * Pagefind ranks by its own word scores; these measures add what it cannot
 * know: the query as a citation or a name in the title, the units a
 * citation names, the diacritics as typed. Pure.
 */
import { foldForMatch } from '../slug';
import { sameWord, tokens, type Term } from './match';

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
