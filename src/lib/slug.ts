/**
 * ASCII folding for ids and URLs. `đ` has no Unicode decomposition, so it
 * is mapped explicitly — and to `dd`, so that `điểm đ` (`diem-dd`) never
 * collides with `điểm d` (`diem-d`).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'dd')
    .replace(/Đ/g, 'DD');
}

/** Lower-case ASCII slug: letters, digits and single hyphens. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/&/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Fold for search and matching (đ → d here: what people type without diacritics). */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}
