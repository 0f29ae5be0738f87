/**
 * Recognition of structural markers at the start of a paragraph. Pure
 * pattern matching; no knowledge of the surrounding tree.
 */

/** Vietnamese legal lettering: no f, j, w (and z). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export type Marker =
  | { type: 'chapter'; number: string; num: string; rest: string }
  | { type: 'article'; number: string; num: string; rest: string }
  | { type: 'annex'; number: string; num: string; rest: string }
  | { type: 'form'; number: string; num: string; rest: string }
  | { type: 'section'; number: string; num: string; rest: string }
  | { type: 'roman'; number: string; num: string; rest: string }
  | { type: 'letter-section'; number: string; num: string; rest: string }
  | { type: 'clause'; number: string; num: string; rest: string; depth: number; spaced: boolean; dotted: boolean }
  | { type: 'point'; number: string; num: string; rest: string; spaced: boolean }
  | { type: 'dash'; number: string; rest: string }
  | { type: 'recipients'; number: string; rest: string };

/** A line or paragraph that ends a sentence (closing quotes and brackets allowed). */
export const ENDS_SENTENCE = /[.;:!?]["”»)]*$/u;

const UPPER_START = /^[\p{Lu}\p{N}"“(«]/u;

/** Roman numerals I–XL, strictly formed. */
const ROMAN = /^(?:XL|X{0,3})(?:IX|IV|V?I{0,3})$/;

export function isRoman(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

/**
 * An amount written with thousands separators ("28.800.000 đồng", "2.500
 * người") at the start of a wrapped line: never a clause number, whatever
 * follows it.
 */
export const AMOUNT = /^\d{1,3}(?:\.\d{3})+(?![\d])(?!\.\d)/u;

/**
 * Recognise the marker a paragraph starts with. Returns null for plain text.
 * `**` emphasis and markdown heading marks have already been removed by
 * normalisation. Each recogniser below is one named rule with its fixture
 * in tests/parser/fixtures/.
 */
export function recognizeMarker(text: string): Marker | null {
  return recognizeChapter(text) ?? recognizeSection(text) ?? recognizeArticle(text) ?? recognizeAnnex(text) ?? recognizeForm(text)
    ?? recognizeOther(text);
}

/** "Chương II", "CHƯƠNG 3:", "Chương I. QUY ĐỊNH CHUNG". */
function recognizeChapter(text: string): Marker | null {
  const m = text.match(/^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\s*([.:]?)(?=\s|$)\s*(.*)$/u);
  return m ? { type: 'chapter', number: `${m[1]} ${m[2]}${m[3]}`, num: m[2]!, rest: m[4]! } : null;
}

/**
 * "Mục 2. QUẢN LÝ …", "MỤC 1" (a section inside a chapter, above its
 * articles). "Mục 2 Chương này" at the start of a wrapped line is a
 * sentence: see `standsAsTitle`.
 */
function recognizeSection(text: string): Marker | null {
  const m = text.match(/^(Mục|MỤC)\s+(\d+|[IVXLC]+)\s*([.:]?)(?=\s|$)\s*(.*)$/u);
  if (!m || (m[2]!.match(/^[IVXLC]+$/) && !isRoman(m[2]!)) || !standsAsTitle(m[3]!, m[4]!)) return null;
  return { type: 'section', number: `${m[1]} ${m[2]}${m[3]}`, num: m[2]!, rest: m[4]! };
}

/** "Điều 2.", "Điều 9a:", "ĐIỀU 3." */
function recognizeArticle(text: string): Marker | null {
  const m = text.match(/^(Điều|ĐIỀU)\s+(\d+[a-zđ]?)\s*([.:])\s*(.*)$/u);
  return m ? { type: 'article', number: `${m[1]} ${m[2]}${m[3]}`, num: m[2]!, rest: m[4]! } : null;
}

/**
 * "PHỤ LỤC", "PHỤ LỤC I.", "Phụ lục 01", and a title-case "Phụ lục" alone
 * on its line. After the number, text must start in capitals or a bracket:
 * "Phụ lục I kèm theo Quyết định này." is a wrapped sentence, not an annex.
 */
function recognizeAnnex(text: string): Marker | null {
  const m = text.match(/^(PHỤ LỤC|Phụ lục)(?:\s+([IVXLC]+|\d+[a-z]?))?\s*([.:]?)(?=\s|$)\s*(.*)$/u);
  if (!m) return null;
  const rest = m[4]!;
  const titled = rest === '' || /^[\p{Lu}"“(]/u.test(rest);
  if (!titled || (m[1] === 'Phụ lục' && !m[2] && rest !== '')) return null;
  const num = m[2] ?? '';
  return { type: 'annex', number: `${m[1]}${num ? ' ' + num : ''}${m[3]}`, num, rest };
}

/** "Mẫu số 01", "MẪU SỐ 02/TB": a form attached to the document, alone on its line or followed by its title in capitals. */
function recognizeForm(text: string): Marker | null {
  const m = text.match(/^(Mẫu số|MẪU SỐ|Mẫu|MẪU)\s+(\d+[A-Za-z]?(?:[/-][\p{L}\d-]+)?)\s*([.:]?)(?=\s|$)\s*(.*)$/u);
  if (!m || !standsAsTitle(m[3]!, m[4]!)) return null;
  return { type: 'form', number: `${m[1]} ${m[2]}${m[3]}`, num: m[2]!, rest: m[4]! };
}

/**
 * After "Mục 2" or "Mẫu số 01": nothing, or a title set off by "." / ":",
 * or a title in capitals. Anything else is a sentence that wrapped there.
 */
function standsAsTitle(punctuation: string, rest: string): boolean {
  if (rest === '') return true;
  if (punctuation !== '') return /^[\p{Lu}\p{N}"“(]/u.test(rest);
  const letters = rest.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** Roman and lettered sections, clauses, points, recipients and dash items. */
function recognizeOther(text: string): Marker | null {
  let m: RegExpMatchArray | null;
  if (AMOUNT.test(text)) return null;
  if ((m = text.match(/^([IVXLC]+)\s*\.\s*(.+)$/u)) && isRoman(m[1]!) && UPPER_START.test(m[2]!)) {
    return { type: 'roman', number: `${m[1]}.`, num: m[1]!, rest: m[2]! };
  }
  if ((m = text.match(/^([A-ZĐ])\.\s+(.+)$/u)) && !isRoman(m[1]!) && UPPER_START.test(m[2]!)) {
    return { type: 'letter-section', number: `${m[1]}.`, num: m[1]!, rest: m[2]! };
  }
  // Dotted clause numbers: "2.1.", "2.1.4.Tổng hợp" (no space), "2.4 Thực hiện" (no dot).
  if ((m = text.match(/^(\d{1,3}(?:\.\d{1,3})+)(\.?)(\s*)(.*)$/u)) && (m[4] === '' || UPPER_START.test(m[4]!)) && (m[2] || m[3])) {
    const num = m[1]!;
    return { type: 'clause', number: num + m[2], num, rest: m[4]!, depth: num.split('.').length, spaced: m[3] !== '' || m[4] === '', dotted: m[2] === '.' };
  }
  if ((m = text.match(/^(\d{1,3})\.(\s*)(.*)$/u)) && (m[3] === '' || UPPER_START.test(m[3]!))) {
    return { type: 'clause', number: `${m[1]}.`, num: m[1]!, rest: m[3]!, depth: 1, spaced: m[2] !== '' || m[3] === '', dotted: true };
  }
  // Points: "a)", "đ)", also "- a)" as Hải Phòng lists its offices.
  if ((m = text.match(/^((?:-\s*)?)([a-zđ])\)(\s*)(.*)$/u))) {
    return { type: 'point', number: `${m[1]}${m[2]})`, num: m[2]!, rest: m[4]!, spaced: m[3] !== '' || m[4] === '' };
  }
  if ((m = text.match(/^(Nơi nhận)\s*:\s*(.*)$/u))) {
    return { type: 'recipients', number: `${m[1]}:`, rest: m[2]! };
  }
  if ((m = text.match(/^([-–•+])\s+(.*)$/u))) {
    return { type: 'dash', number: m[1]!, rest: m[2]! };
  }
  return null;
}

/** Index of a point letter in the Vietnamese sequence, or -1 (e.g. `f`). */
export function letterIndex(letter: string): number {
  return VIETNAMESE_LETTERS.indexOf(letter);
}

/** The letter expected after `letter`, or null at the end or for a foreign letter. */
export function nextLetter(letter: string): string | null {
  const i = letterIndex(letter);
  return i >= 0 && i + 1 < VIETNAMESE_LETTERS.length ? VIETNAMESE_LETTERS[i + 1]! : null;
}

/**
 * The letter of the `index`-th point (0 → "a") when numbering points anew,
 * as a draft does. Past the 23 letters ("y"), the sequence starts again
 * doubled, then tripled: "aa", "bb", … "yy", "aaa" — the texts never go that
 * far, and a doubled letter can neither collide with a single one nor read as
 * f, j, w or z.
 */
export function pointLetter(index: number): string {
  const n = VIETNAMESE_LETTERS.length;
  return VIETNAMESE_LETTERS[index % n]!.repeat(Math.floor(index / n) + 1);
}
