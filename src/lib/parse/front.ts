/**
 * The front matter of a document and of each attached text: agency lines,
 * national motto, number, place and date, the document type and its title,
 * the legal bases, the enacting formula. Small classifiers used by
 * `build.ts`; pure.
 */
import { recognizeMarker } from './markers';

const DOC_TYPES = new Set([
  'THÔNG TƯ', 'QUYẾT ĐỊNH', 'QUY ĐỊNH', 'CHƯƠNG TRÌNH', 'NGHỊ ĐỊNH', 'NGHỊ QUYẾT', 'KẾ HOẠCH',
  'HƯỚNG DẪN', 'QUY CHẾ', 'CHỈ THỊ', 'THÔNG BÁO', 'LUẬT', 'PHỤ LỤC',
]);
/** Document types that, once the body has begun, start an attached text. */
export const DOC_TYPES_ANNEX = new Set(['QUY ĐỊNH', 'CHƯƠNG TRÌNH', 'QUY CHẾ', 'KẾ HOẠCH', 'HƯỚNG DẪN']);

/** Every letter in capitals (at least two letters): "QUY ĐỊNH CHUNG". */
export function isUpperText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** A line of a document's header block: agency in capitals, motto, "Số:", "Hà Nội, ngày …", a rule of dashes. */
export function isHeaderLike(text: string): boolean {
  if (recognizeMarker(text)) return false;
  return (isUpperText(text) && text.length < 120) || /^Độc lập\s*-/u.test(text) || /^Số\s*:/u.test(text) || /^[\p{Lu}][\p{L} ]+, ngày(?![\p{L}])/u.test(text) || /^-{3,}$/.test(text);
}

/** The document type a line consists of ("QUYẾT ĐỊNH"), or null. */
export function docType(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return DOC_TYPES.has(t) ? t : null;
}

export type FrontKind = 'header' | 'title' | 'basis' | 'formula' | 'paragraph';

/** What has been read of a preamble so far. */
export interface FrontState {
  titleOpen: boolean;
  titleSeen: boolean;
  basisSeen: boolean;
  /** Kind of the last line classified, and how many title lines there are. */
  last: FrontKind | null;
  titles: number;
}

export function frontState(): FrontState {
  return { titleOpen: false, titleSeen: false, basisSeen: false, last: null, titles: 0 };
}

/**
 * Classify one preamble paragraph, in the order a decision is written:
 * header lines until the document type; the type and the title lines after
 * it; "Căn cứ …" bases; the enacting formula ("QUYẾT ĐỊNH:", "… ban hành
 * …", or the issuer in capitals after the title). Updates `state`.
 */
export function classifyFront(text: string, state: FrontState): FrontKind {
  const kind = frontKind(text, state);
  state.last = kind;
  if (kind === 'title') state.titles++;
  return kind;
}

function frontKind(text: string, s: FrontState): FrontKind {
  const type = docType(text.replace(/:$/, ''));
  if (/^Căn cứ(?![\p{L}])/u.test(text)) { s.basisSeen = true; s.titleOpen = false; return 'basis'; }
  if (type && text.endsWith(':')) { s.titleOpen = false; return 'formula'; }
  if (type && !s.titleSeen) { s.titleOpen = true; s.titleSeen = true; return 'title'; }
  // The issuer in capitals after a title of two lines or more: "GIÁM ĐỐC SỞ …".
  if (s.titleOpen && isUpperText(text) && text.length < 200 && s.last === 'title' && s.titles > 1) { s.titleOpen = false; return 'formula'; }
  if (s.titleOpen) return 'title';
  if (!s.titleSeen && !s.basisSeen) return 'header';
  if (/^Theo đề nghị/u.test(text)) return 'paragraph';
  if (/(?<![\p{L}])ban hành(?![\p{L}])/u.test(text) || isUpperText(text)) return 'formula';
  return 'paragraph';
}
