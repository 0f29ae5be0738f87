/**
 * Headings stay with what follows them on paper. Chromium prints the page
 * to an A4 PDF (`page.pdf()`, margins of 10 and 20 mm) and the printed lines are read
 * back page by page (pdf-text.ts): every element the print CSS keeps with
 * what follows (computed `break-after: avoid` under print media — headings,
 * the lead-in line of a unit with units under it, a duty's label, a
 * comparison card's head…) must print whole on one page, with the line
 * after it on the same page. The drafting page is printed with offices
 * chosen, as its users print it; the model, a province's rule with offices
 * and chapters, a province's decision compared with the model and a
 * comparison by khoản as printed from a desktop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserSession } from './harness';
import { printedBreaks, PRINTED } from './printed';
import { DESKTOP } from './targets';

/** Where the print CSS must keep a block with what follows: checked as computed styles before the PDF. */
const KEPT = ['main h1', 'main h2', 'main h3', 'main h4', '.n:has(>.n) > p:first-child', 'li.duty > p.dl', 'details:not(.duty, .cmpx) > summary', '.kh', '.sbs-head'];

describe('printing keeps headings with what follows (A4 PDF, read back)', { timeout: 120_000 }, () => {
  let session: BrowserSession;
  beforeAll(async () => { session = await startBrowser(['du-thao-phan-cong/index.html', 'js/draft.js'], DESKTOP); }, 180_000);
  afterAll(async () => { await session?.close(); });

  // Two margins, two ways the pages fall: Chromium's default (about 10 mm) and an administrative document's 20 mm.
  it.each(PRINTED.flatMap((target) => ['10mm', '20mm'].map((margin) => [target.name, margin, target] as const)))('%s, margins %s', async (_name, margin, { path, prepare }) => {
    const page = await session.open(path);
    await prepare?.(page);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate((selectors) => selectors.flatMap((s) => {
      const e = document.querySelector(s);
      return e ? [`${s}: ${getComputedStyle(e).breakAfter} ${getComputedStyle(e).breakInside}`] : [];
    }), KEPT);
    await page.emulateMedia({ media: 'screen' });
    for (const line of styles) expect(line).toMatch(/: avoid avoid$/);
    const printed = await printedBreaks(page, margin);
    expect(printed.blocks).toBeGreaterThan(10);
    expect(printed.pages).toBeGreaterThan(1);
    expect(printed.problems).toEqual([]);
  });
});
