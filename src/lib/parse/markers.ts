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
 * Recognise the marker a paragraph starts with. Returns null for plain text.
 * `**` emphasis has already been removed by normalisation.
 */
export function recognizeMarker(text: string): Marker | null {
  let m: RegExpMatchArray | null;

  if ((m = text.match(/^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\s*([.:]?)(?=\s|$)\s*(.*)$/u))) {
    return { type: 'chapter', number: `${m[1]} ${m[2]}${m[3]}`, num: m[2]!, rest: m[4]! };
  }
  if ((m = text.match(/^(Điều|ĐIỀU)\s+(\d+[a-zđ]?)\s*([.:])\s*(.*)$/u))) {
    return { type: 'article', number: `${m[1]} ${m[2]}${m[3]}`, num: m[2]!, rest: m[4]! };
  }
  if ((m = text.match(/^(PHỤ LỤC|Phụ lục)(?:\s+([IVXLC]+|\d+))?\s*([.:]?)\s*(.*)$/u)) && (m[2] || m[4] === '' || /^[\p{Lu}]/u.test(m[4]!))) {
    if (m[1] === 'PHỤ LỤC' || m[2]) {
      const num = m[2] ?? '';
      return { type: 'annex', number: `${m[1]}${num ? ' ' + num : ''}${m[3]}`, num, rest: m[4]! };
    }
  }
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
