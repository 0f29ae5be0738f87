/**
 * Vietnamese word matching shared by the index (records.ts) and the
 * browser (src/browser/search/): how text is cut into words, how a query
 * word is compared with a word of the text, and how a citation is read.
 * Pure, no DOM and no Node: the browser bundle imports it as is.
 *
 * Folding (đ → d, tones removed) is `foldForMatch` of ../slug.
 */
import { foldForMatch } from '../slug';

export { foldForMatch };

/** A word: letters and digits, with inner "/", "." or "-" ("10/2025/TT-BKHCN", "2.3"). */
export const WORD = /[\p{L}\p{N}]+(?:[\/.\-][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A text as the index holds it and as queries are sent: "đ" as "d".
 * Pagefind folds tone marks itself ("khoa hoc" finds "khoa học") but not
 * "đ", so both sides write it "d" — once, not beside a second folded copy,
 * so that the index grows like the text. Which diacritics were typed is
 * judged on the original text (terms, ranking), never by Pagefind.
 */
export function indexedForm(text: string): string {
  return text.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/**
 * A query's words as compared: its words and nothing else, "số" before a
 * number dropped ("Thông tư số 10" → "Thông tư 10").
 */
export function queryWords(query: string): string {
  return words(query.replace(/(^|\s)(số|so)\s+(?=\d)/gi, '$1')).join(' ');
}

/**
 * What a query sends to Pagefind: its words (queryWords), so that
 * characters Pagefind would read as syntax ("<script>") never empty the
 * search, with "đ" as the index holds it.
 */
export function searchedWords(query: string): string {
  return indexedForm(queryWords(query));
}

const UNIT_WORD = /^(diem|khoan|dieu|muc)$/;
const UNIT_NUMBER = /^([a-z]|dd|\d+(\.\d+)*|[ivxlcdm]+)$/;

/**
 * The units a label or a query cites, as one key, and the query's other
 * words: "điểm đ khoản 6 Điều 2 Thông tư số 10" and "diem dd khoan 6 dieu 2
 * thong tu so 10" → key "diem dd khoan 6 dieu 2", rest "Thông tư 10" ("số"
 * before a number dropped). Words are folded but "đ" as a point letter
 * becomes "dd" (điểm đ ≠ điểm d, as in anchors). The index files each unit
 * under the key of its label (the `cite` filter); the browser reads the key
 * of the query with this same function.
 */
export function readCitation(text: string): { key: string; rest: string } {
  const t = words(text);
  const key: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const unit = foldForMatch(t[i]!);
    const value = i + 1 < t.length ? foldForMatch(t[i + 1]!.replace(/[đĐ]/g, 'dd')) : '';
    if (UNIT_WORD.test(unit) && UNIT_NUMBER.test(value)) { key.push(`${unit} ${value}`); i++; }
    else if (!(unit === 'so' && /^\d/.test(value))) rest.push(t[i]!);
  }
  return { key: key.join(' '), rest: rest.join(' ') };
}

/** The citation key of a label ("điểm đ khoản 6 Điều 2" → "diem dd khoan 6 dieu 2"); "" when it cites nothing. */
export function citationKey(text: string): string {
  return readCitation(text).key;
}

/**
 * A query word: compared by its folded form when typed without diacritics,
 * by its exact lower-case form when typed with them, so "đo luong" matches
 * "đo lường" but not "do lường".
 */
export interface Term { w: string; exact: boolean }

/** The query's words as terms. */
export function terms(query: string): Term[] {
  return words(query).map((w) => {
    const l = w.toLowerCase(), f = foldForMatch(w);
    return { w: l === f ? f : l, exact: l !== f };
  });
}

/** A word of a text: where it starts, as written, lower-case and folded. */
export interface Token { i: number; w: string; l: string; f: string }

/** The words of a text with their offsets. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ i: m.index, w: m[0], l: m[0].toLowerCase(), f: foldForMatch(m[0]) });
  return out;
}

/** The term matches the word: equal, or a whole part of a document number ("10/2025" in "10/2025/TT-BKHCN"). */
export function sameWord(t: Term, tok: Token): boolean {
  const f = t.exact ? tok.l : tok.f;
  return f === t.w || (f.startsWith(t.w) && /[\/.\-]/.test(f.charAt(t.w.length)));
}

/** Where `phrase` (terms) occurs in `toks`, as start indexes. */
export function phraseAt(toks: Token[], phrase: Term[]): number[] {
  const out: number[] = [];
  if (!phrase.length) return out;
  for (let s = 0; s + phrase.length <= toks.length; s++) {
    if (phrase.every((x, k) => sameWord(x, toks[s + k]!))) out.push(s);
  }
  return out;
}

/** An excerpt of a text: [from, to) in characters, the marked word ranges inside it, and whether it is cut at either end. */
export interface Excerpt { from: number; to: number; marks: Array<[number, number]>; cutStart: boolean; cutEnd: boolean }

/**
 * Marks the runs of two words or more that follow the query's own order
 * ("kiểm tra nhà nước về" of "kiem tra nha nuoc ve do luong"); a query word
 * standing alone in the text is not marked, so that a name ("Văn phòng
 * Sở") is never marked word by word wherever its words fall.
 */
function markRuns(toks: Token[], qs: Term[], hit: boolean[]): void {
  for (let i = 0; i < toks.length; i++) {
    for (let j = 0; j < qs.length; j++) {
      let n = 0;
      while (i + n < toks.length && j + n < qs.length && sameWord(qs[j + n]!, toks[i + n]!)) n++;
      if (n >= 2) for (let k = 0; k < n; k++) hit[i + k] = true;
    }
  }
}

/**
 * About `size` words of `text` around the densest run of matches. A
 * one-word query marks that word wherever it is; a longer one marks only
 * the whole query where it occurs as a phrase, else the runs of its words
 * in its order (markRuns).
 */
export function excerptOf(text: string, qs: Term[], size = 30): Excerpt {
  const toks = tokens(text);
  const hit = new Array<boolean>(toks.length).fill(false);
  const phrases = qs.length > 1 ? phraseAt(toks, qs) : [];
  for (const s of phrases) for (let k = 0; k < qs.length; k++) hit[s + k] = true;
  if (qs.length === 1) toks.forEach((t, i) => { hit[i] = sameWord(qs[0]!, t); });
  else if (!phrases.length) markRuns(toks, qs, hit);
  let best = 0, bestN = -1, c = 0;
  for (let i = 0; i < toks.length; i++) {
    c += hit[i] ? 1 : 0;
    if (i >= size && hit[i - size]) c--;
    if (c > bestN) { bestN = c; best = Math.max(0, i - size + 1); }
  }
  const from = toks.length ? toks[best]!.i : 0;
  const last = toks[Math.min(toks.length, best + size) - 1];
  const to = last ? last.i + last.w.length : text.length;
  const marks: Array<[number, number]> = [];
  for (let i = best; i < Math.min(toks.length, best + size); i++) if (hit[i]) marks.push([toks[i]!.i, toks[i]!.i + toks[i]!.w.length]);
  return { from, to, marks, cutStart: from > 0, cutEnd: to < text.length };
}
