/**
 * Results as the reader sees them: links named by their title and
 * described by their location, an excerpt cut from the original text where
 * only matching whole words are marked, who does a model duty under it,
 * one document's many results folded, and the count line.
 */
import { excerptOf, type Term } from '../../lib/search/match';
import { el } from '../dom';
import { dutyBlock } from './duties';
import type { ResultData } from './engine';
import type { Found } from './find';

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
