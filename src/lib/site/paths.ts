/**
 * Relative links between site pages. The built site must work unchanged
 * from any sub-path (an intranet mirror at /mirror/khcn/), so no link may
 * start with `/`: every href is computed from the current page's path.
 * Paths are site-relative: `''` is the home page, directories end in `/`.
 */
import { slugify } from '../slug';

/** Href from page `from` (a directory path) to `to` (a directory or file path, optional `#anchor`). */
export function relativeHref(from: string, to: string): string {
  const [target = '', hash] = splitHash(to);
  const fromParts = from.split('/').filter(Boolean);
  const toParts = target.split('/').filter(Boolean);
  const isDir = target === '' || target.endsWith('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - (isDir ? 0 : 1) && fromParts[common] === toParts[common]) common++;
  const up = '../'.repeat(fromParts.length - common);
  const down = toParts.slice(common).join('/') + (isDir && toParts.length > common ? '/' : '');
  const path = up + down;
  if (hash !== undefined) return `${path === '' ? '' : path}#${hash}`;
  return path === '' ? './' : path;
}

function splitHash(url: string): [string, string | undefined] {
  const i = url.indexOf('#');
  return i < 0 ? [url, undefined] : [url.slice(0, i), url.slice(i + 1)];
}

/** The list of provinces, parent of every province page (its breadcrumb). */
export const PROVINCE_INDEX = { path: 'tinh/', title: 'Tỉnh, thành phố' };

/** Province page: `tinh/quang-ngai/`. */
export function provincePath(province: string): string {
  return `${PROVINCE_INDEX.path}${slugify(province)}/`;
}

/** Vietnamese collation for every list shown to readers. */
export const collator = new Intl.Collator('vi');
