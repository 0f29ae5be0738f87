/**
 * Where Chromium's pages break on paper: each page of tests/browser/printed.ts
 * (the drafting page with offices chosen, long texts with headings) printed
 * to A4 with margins from 5 to 25 mm, read back, and every heading or other
 * block the print CSS keeps with what follows that is split over two pages
 * or ends a page. Prints, per page, how many of the 21 margins leave one,
 * and which. Reads dist/ as built (building it only when there is none, as
 * the browser tests do): run `npm run build` after a change.
 */
import { startBrowser } from '../tests/browser/harness';
import { printedBreaks, PRINTED } from '../tests/browser/printed';
import { DESKTOP } from '../tests/browser/targets';

const session = await startBrowser(undefined, DESKTOP);
const { server, context } = session;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const { name, path, prepare } of PRINTED) {
    await page.goto(server.baseUrl + path);
    await prepare?.(page);
    const found: string[] = [];
    let pages = 0;
    for (let mm = 5; mm <= 25; mm++) {
      const printed = await printedBreaks(page, `${mm}mm`);
      pages = printed.pages;
      if (printed.problems.length) found.push(`  ${mm} mm: ${printed.problems.join('; ')}`);
    }
    console.log(`${name} (${path}; ${pages} pages at 25 mm): ${found.length} of 21 margins leave a heading stranded`);
    for (const line of found) console.log(line);
  }
} finally {
  await session.close();
}
