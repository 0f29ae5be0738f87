/**
 * Equivalent terms: one table for every comparison of wording (alignment
 * proposals, office names). Each entry maps the variants of one notion to a
 * single token, applied to NFC lower-cased text, longest variants first.
 * Locality words are folded because a city writes "thành phố" where the
 * model writes "cấp tỉnh"; the older wording of documents issued before
 * Thông tư 10/2025 ("chính quyền điện tử", "cấp huyện", "Bộ Thông tin và
 * Truyền thông") is folded into the 2025 model's; abbreviations used in
 * office names and texts ("CNTT", "KH&CN") into their full form's token.
 */

export interface EquivalentTerm {
  pattern: RegExp;
  token: string;
  /** How the token reads in an explanation. */
  display: string;
  /** Why the variants are treated as one (shown nowhere; for the reader of this table). */
  why: string;
}

export const EQUIVALENT_TERMS: readonly EquivalentTerm[] = [
  { pattern: /ủy ban nhân dân|ubnd/gu, token: 'ubnd', display: 'Ủy ban nhân dân', why: 'abbreviation' },
  { pattern: /hội đồng nhân dân|hđnd/gu, token: 'hđnd', display: 'Hội đồng nhân dân', why: 'abbreviation' },
  { pattern: /bộ thông tin và truyền thông|bộ tt&tt|bộ tttt/gu, token: 'bộkhcn', display: 'Bộ Khoa học và Công nghệ', why: 'the ministry merged into the Ministry of Science and Technology in 2025' },
  { pattern: /khoa học và công nghệ|khoa học - công nghệ|khoa học, công nghệ|kh&cn|kh-cn|khcn/gu, token: 'khcn', display: 'khoa học và công nghệ', why: 'abbreviation and its written variants' },
  { pattern: /đổi mới sáng tạo|đmst/gu, token: 'đmst', display: 'đổi mới sáng tạo', why: 'abbreviation' },
  { pattern: /công nghệ thông tin|cntt/gu, token: 'cntt', display: 'công nghệ thông tin', why: 'abbreviation' },
  { pattern: /sở hữu trí tuệ|shtt/gu, token: 'shtt', display: 'sở hữu trí tuệ', why: 'abbreviation' },
  { pattern: /tiêu chuẩn,? đo lường,? chất lượng|tcđlcl/gu, token: 'tcđlcl', display: 'tiêu chuẩn, đo lường, chất lượng', why: 'abbreviation' },
  { pattern: /chuyển đổi số|chính quyền điện tử|chính quyền số|cđs/gu, token: 'cđs', display: 'chuyển đổi số', why: 'older wording: e-government became digital transformation' },
  { pattern: /ngân sách nhà nước|nsnn/gu, token: 'nsnn', display: 'ngân sách nhà nước', why: 'abbreviation' },
  { pattern: /thủ tục hành chính|tthc/gu, token: 'tthc', display: 'thủ tục hành chính', why: 'abbreviation' },
  { pattern: /cấp tỉnh|thành phố trực thuộc trung ương|thành phố|tỉnh|địa phương/gu, token: 'tỉnh', display: 'tỉnh', why: 'a city writes "thành phố" where the model writes "cấp tỉnh"' },
  { pattern: /cấp huyện|cấp xã|huyện|xã(?! hội)/gu, token: 'cơsở', display: 'cấp xã', why: 'older wording: districts were abolished in 2025' },
];

/** Replace every equivalent term of a lower-cased NFC text by its token. */
export function foldTerms(text: string): string {
  let t = text;
  for (const { pattern, token } of EQUIVALENT_TERMS) t = t.replace(pattern, ` ${token} `);
  return t;
}

const DISPLAY = new Map(EQUIVALENT_TERMS.map((e) => [e.token, e.display]));

/** A token or bigram as a reader should see it: folded terms back in words ("khcn" → "khoa học và công nghệ"). */
export function displayTerm(feature: string): string {
  return feature.split(' ').map((w) => DISPLAY.get(w) ?? w).join(' ');
}
