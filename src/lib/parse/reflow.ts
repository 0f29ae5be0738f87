/**
 * Stage 2 of parsing: join source lines into paragraphs.
 *
 * Sources come in two layouts: one paragraph per line (the Circular), and
 * paragraphs hard-wrapped at a fixed width, often with a blank line after
 * every line (Lai Châu, the programme). Blank lines therefore say nothing;
 * a line continues the paragraph before it unless it starts a new one:
 * - a marker word left alone at the end of a line (`Điều` / `9. Công bố`,
 *   `Chương` / `III`) is completed by the next line (`completesSplitMarker`);
 * - an article marker followed by a single word (`Điều 3. Chánh` / `Văn
 *   phòng …`) is a sentence cut by the wrap, not a heading (`isCutArticleLine`);
 * - otherwise a structural marker (`Điều 3.`, `2.1.`, `a)`, `- `) always starts one;
 * - a line that starts with a lower-case letter or a digit continues;
 * - after a line ending in a word joined to a hyphen (`57-` / `NQ/TW`) it continues;
 * - otherwise a new paragraph starts when the previous line ends a sentence
 *   (`.`, `;`, `:`, `!`, `?`), when the line is a parenthetical of its own
 *   ("(Kèm theo Quyết định …)"), or when the previous line is clearly
 *   shorter than the wrap width.
 * The wrap width is estimated per document from its line lengths, so a
 * one-paragraph-per-line text never has lines joined.
 */
import { ENDS_SENTENCE, recognizeMarker } from './markers';
import type { SourceLine } from './normalize';

export interface Paragraph {
  text: string;
  /** First and last source line. */
  lines: [number, number];
  /** Source line numbers and their start offsets in `text`. */
  spans: Array<{ line: number; offset: number }>;
  /** Set when the paragraph is a footnote body (`1 Các Quyết định …`). */
  footnote?: string;
}

/** A footnote body: its number, one space, a capital — right after a finished sentence. */
const FOOTNOTE_START = /^(\d{1,2}) (?=\p{Lu})/u;


/** Share of lines that must reach 80 % of the width for a text to count as hard-wrapped. */
const WRAPPED_SHARE = 0.4;

/**
 * Estimated wrap width: the 90th percentile of non-blank line lengths — or
 * Infinity when the text is not hard-wrapped at all (one paragraph per
 * line, as pasted from a website: the seeds' hard-wrapped texts have 54–74 %
 * of their lines near the width, the others 18–21 %). A long title line
 * then never swallows the line after it.
 */
export function estimateWrapWidth(lines: SourceLine[]): number {
  const lengths = lines.filter((l) => l.text).map((l) => [...l.text].length).sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!;
  const near = lengths.filter((n) => n >= width * 0.8).length;
  return near >= lengths.length * WRAPPED_SHARE ? width : Infinity;
}

/** A structural keyword alone on its line, its number on the next: a segmentation matter, not a marker one. */
const LONE_MARKER_WORD = /^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phụ lục|PHỤ LỤC|Mẫu số|MẪU SỐ)$/u;

/** `Điều` / `9. Công bố …`, `Chương` / `III`: the next line holds the number of a marker split over two lines. */
export function completesSplitMarker(prev: string, next: string): boolean {
  return LONE_MARKER_WORD.test(prev) && /^(?:\d|[IVXLC]+(?![\p{L}]))/u.test(next);
}

/** `Điều 3. Chánh`: an article number followed by one word, the rest of the sentence on the next line. */
export function isCutArticleLine(line: string): boolean {
  return /^(?:Điều|ĐIỀU)\s+\d+[a-zđ]?\s*[.:]\s*\p{L}+$/u.test(line);
}

/** A line ending in a word joined to a hyphen (`57-` / `NQ/TW`). Only the tail is read: paragraphs can be megabytes long. */
function endsWithJoiningHyphen(text: string): boolean {
  return /[\p{L}\p{N}]-$/u.test(text.slice(-3));
}

/** Does `next` continue the paragraph whose last line is `prev`? */
export function continuesParagraph(prev: string, next: string, width: number): boolean {
  if (completesSplitMarker(prev, next)) return true;
  if (recognizeMarker(next)) return false;
  if (isCutArticleLine(prev)) return true;
  if (endsWithJoiningHyphen(prev)) return true;
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
  if (ENDS_SENTENCE.test(prev)) return false;
  // A parenthetical on a line of its own ("(Phụ lục II kèm theo Quyết định này)",
  // "(Ban hành kèm theo …") is a paragraph, however long the line before it.
  if (/^\((?:Ban hành\s+)?[Kk]èm theo|^\([^()]*\)[.;]?$/u.test(next)) return false;
  return [...prev].length >= width * 0.7;
}

/**
 * Join a wrapped line to the text before it: no space after a hyphen
 * attached to a word. `lastLine` is the line that ends `prev`: reading the
 * end of a long paragraph itself would flatten the string on every line.
 */
export function joinWrapped(prev: string, next: string, lastLine = prev): string {
  return endsWithJoiningHyphen(lastLine) ? prev + next : `${prev} ${next}`;
}

/** Reflow a run of source lines into paragraphs. Pure. */
export function reflow(lines: SourceLine[], width: number): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let lastLine = '';
  for (const line of lines) {
    if (!line.text) continue;
    const footnote = line.text.match(FOOTNOTE_START);
    if (footnote && current && ENDS_SENTENCE.test(lastLine)) {
      current = { text: line.text, lines: [line.n, line.n], spans: [{ line: line.n, offset: 0 }], footnote: footnote[1]! };
      out.push(current);
    } else if (current && continuesParagraph(lastLine, line.text, width)) {
      const joined = joinWrapped(current.text, line.text, lastLine);
      current.spans.push({ line: line.n, offset: joined.length - line.text.length });
      current.text = joined;
      current.lines[1] = line.n;
    } else {
      current = { text: line.text, lines: [line.n, line.n], spans: [{ line: line.n, offset: 0 }] };
      out.push(current);
    }
    lastLine = line.text;
  }
  return out;
}
