/**
 * What must stay together on paper, and where Chromium's PDF put it:
 * shared by tests/browser/print-breaks.test.ts and `npm run print-breaks`.
 * A block the print CSS keeps with what follows (computed `break-after:
 * avoid` under print media) must print whole on one page, with the line
 * after it on the same page.
 */
import type { Page } from 'playwright-core';
import { pdfLines, type PrintedLine } from './pdf-text';
import { TARGET_PAGES, type TargetPage } from './targets';

/** Pages printed in the tests: the drafting page as its users print it (offices chosen), and long texts with headings. */
export const PRINTED: TargetPage[] = [
  TARGET_PAGES.find((p) => p.name === 'drafting, offices chosen')!,
  { name: 'the model', path: 'van-ban/tt-10-2025-bkhcn/' },
  { name: 'a province’s rule with chapters and offices', path: 'van-ban/lai-chau-quy-dinh-cac-phong/' },
  { name: 'a province’s decision compared with the model', path: 'so-sanh/hai-phong-qd-so-khcn-2025/' },
  { name: 'a comparison by khoản', path: 'so-sanh/khoan-11/' },
];

/**
 * Prints the page (open, in the state to print) to an A4 PDF with `margin` on every side and reads it back: the
 * kept blocks that print, and the problems (strandedBlocks).
 */
export async function printedBreaks(page: Page, margin: string): Promise<{ blocks: number; pages: number; problems: string[] }> {
  await page.emulateMedia({ media: 'print' });
  try {
    const blocks = await keptBlocks(page);
    const lines = await pdfLines(await page.pdf({ format: 'A4', margin: { top: margin, bottom: margin, left: margin, right: margin } }));
    return { blocks: blocks.length, pages: new Set(lines.map((l) => l.page)).size, problems: strandedBlocks(blocks, lines) };
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

/**
 * Each kept block's printed lines, found in order among the PDF's lines: a problem, one line, for each block split
 * over two pages, ending a page or not found (the reading went wrong: reported, never skipped).
 */
export function strandedBlocks(blocks: string[], lines: PrintedLine[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const block of blocks) {
    const target = squash(block);
    let run: [number, number] | null = null;
    for (let i = from; i < lines.length && !run; i++) {
      let [text, j] = ['', i];
      while (j < lines.length && text.length < target.length && target.startsWith(text + squash(lines[j]!.text))) text += squash(lines[j++]!.text);
      if (text === target && j > i) run = [i, j - 1];
    }
    const name = `“${block.replace(/\s+/gu, ' ').slice(0, 50)}”`;
    if (!run) { problems.push(`${name}: not found in the PDF`); continue; }
    const [first, last] = [lines[run[0]]!, lines[run[1]]!];
    const next = lines[run[1] + 1];
    if (first.page !== last.page) problems.push(`${name}: split over pages ${first.page} and ${last.page}`);
    else if (next && next.page !== last.page) problems.push(`${name}: last line of page ${last.page}, what follows on page ${next.page}`);
    from = run[1] + 1;
  }
  return problems;
}

/** The texts of the blocks kept with what follows (computed break-after: avoid) that print, in document order. */
export function keptBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((e) => getComputedStyle(e).breakAfter === 'avoid' && e.checkVisibility() && (e as HTMLElement).innerText.trim())
    // A kept block inside another kept block prints within it.
    .filter((e, _, all) => !all.some((o) => o !== e && o.contains(e)))
    .map((e) => (e as HTMLElement).innerText));
}
