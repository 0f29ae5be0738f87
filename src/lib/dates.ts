/** Dates as the corpus stores them: ISO `YYYY-MM-DD`, and only days that exist. */

/** A day on the calendar (month 01–12, a day the month has, year 1900–2200): "2025-13-45", "0000-00-00", "2025-02-30" are not. */
export function isRealDate(iso: string): boolean {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2200 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
