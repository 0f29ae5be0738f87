/**
 * A province document's part in a model duty, read from the duty's file
 * (data/so-sanh/nhiem-vu/<anchor>.json, src/lib/site/duty-files.ts), as
 * both places that show it say it: the model pages' lines "Các tỉnh phân
 * công" (duty-lists.ts) and search, under a model duty's result
 * (search/duties.ts). One implementation, so the two never disagree on
 * who does a duty.
 */
import { itemsByOffices, type DutyDocument, type DutyFile, type DutyOffice } from '../lib/site/duty-files';
import { NOT_ASSIGNED, linkQualifier } from '../lib/site/words';
import { el } from './dom';

/** `text` linked to `url` (relative to the site root), or plain where there is no page to link. */
export function linkTo(text: string, url: string | null, root: string | URL): HTMLElement {
  if (!url) return el('span', text);
  const a = el('a', text);
  a.href = new URL(url, root).href;
  return a;
}

/**
 * Appends `doc`'s part in the duty to `line`: each group of offices, then
 * its items ("Văn phòng — điểm b mục 2.2 Điều 3 (một phần), …; Thanh tra —
 * …"); in a khoản's file, which lists no items, each office with how many
 * of the khoản's điểm it carries ("… (14/17 điểm)"); else "không thấy phân
 * công". `office` shows an office's name: search links it to the office's
 * page, the model pages' lines keep it short as plain text.
 */
export function appendShares(line: HTMLElement, file: DutyFile, doc: DutyDocument, root: string | URL, office: (o: DutyOffice) => Node | string): void {
  const shares = doc.items.length ? itemsByOffices(doc) : doc.offices.map((o) => ({ offices: [o], items: [] }));
  if (!shares.length) line.append(el('span', NOT_ASSIGNED, 'none'));
  shares.forEach((share, i) => {
    if (i) line.append('; ');
    share.offices.forEach((o, k) => line.append(...(k ? [', '] : []), office(o)));
    share.items.forEach((item, k) => line.append(k ? ', ' : ' — ', linkTo(item.label, item.url, root), linkQualifier(item)));
    const points = share.offices[0]?.points;
    if (!share.items.length && points !== undefined) line.append(` (${points}/${file.points} điểm)`);
  });
}
