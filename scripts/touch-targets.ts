/**
 * Touch targets under 24×24 CSS px outside sentences (WCAG 2.2 SC 2.5.8),
 * on a page of every type, on a phone (390×844, touch) or, with
 * `--desktop`, at 1366×900 with a mouse: a count per page, then each kind
 * of element with its number, an example and its size (what a tap
 * reaches, in CSS px); links in a sentence are counted apart. Reads dist/ as
 * built (building it only when there is none, as the browser tests do): run
 * `npm run build` after a change. The rule and the pages are those of
 * tests/browser/touch-targets.test.ts (tests/browser/targets.ts).
 */
import { startBrowser } from '../tests/browser/harness';
import { DESKTOP, PHONE, smallTargets, TARGET_PAGES } from '../tests/browser/targets';

const desktop = process.argv.includes('--desktop');
const session = await startBrowser(undefined, desktop ? DESKTOP : PHONE);
const { server, context } = session;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  let [total, inSentence] = [0, 0];
  for (const { name, path, prepare } of TARGET_PAGES) {
    await page.goto('about:blank');
    await page.goto(server.baseUrl + path);
    await prepare?.(page);
    const found = await smallTargets(page);
    const { small } = found;
    total += small.length;
    inSentence += found.inSentence;
    console.log(`${String(small.length).padStart(4)}  ${name} (${path || 'trang chủ'}; ${found.inSentence} links in a sentence, not counted)`);
    const kinds = new Map<string, typeof small>();
    for (const t of small) kinds.set(t.kind, [...(kinds.get(t.kind) ?? []), t]);
    for (const [kind, ts] of kinds) {
      const sizes = ts.map((t) => t.height);
      console.log(`        ${ts.length}× ${kind}: “${ts[0].text}” ${ts[0].width}×${ts[0].height} (height ${Math.min(...sizes)}–${Math.max(...sizes)})`);
    }
  }
  console.log(`${String(total).padStart(4)}  in all, ${TARGET_PAGES.length} page states, ${desktop ? '1366×900, mouse' : '390×844, touch'} (${inSentence} links in a sentence)`);
} finally {
  await session.close();
}
