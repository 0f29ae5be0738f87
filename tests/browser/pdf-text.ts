/**
 * The text of a PDF that Chromium printed (`page.pdf()`), line by line and
 * page by page, for tests that look at where the pages break. The PDF is
 * read by PDF.js (through unpdf, which bundles it for Node with no canvas):
 * a PDF reader is a large, well-kept program, not something to write again
 * for a test.
 */
import { extractTextItems } from 'unpdf';

/** One printed line: its page (from 1), its baseline's height from the page's foot (pt) and its text (NFC). */
export interface PrintedLine {
  page: number;
  y: number;
  text: string;
}

/** Every line of text of the PDF, in page order and top to bottom; runs on one baseline joined left to right. */
export async function pdfLines(pdf: Uint8Array): Promise<PrintedLine[]> {
  // PDF.js takes the bytes over: it is given a copy, so that the caller's buffer stays readable.
  const { items } = await extractTextItems(new Uint8Array(pdf));
  return items.flatMap((runs, i) => joinLines(runs.map((r) => ({ x: r.x, y: r.y, text: r.str }))).map((l) => ({ page: i + 1, ...l })));
}

/** Runs whose baselines are within half a point are one line. */
function joinLines(runs: Array<{ x: number; y: number; text: string }>): Array<{ y: number; text: string }> {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; parts: Array<{ x: number; text: string }> }> = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < 0.5);
    if (line) line.parts.push(r);
    else lines.push({ y: r.y, parts: [r] });
  }
  return lines.map((l) => ({ y: l.y, text: l.parts.sort((a, b) => a.x - b.x).map((p) => p.text).join('').normalize('NFC') }));
}
