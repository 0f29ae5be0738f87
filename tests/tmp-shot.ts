import { serveDist, launchChromium, PHONE } from './browser/server';
import { mkdtempSync } from 'node:fs';
const [dev, ...paths] = process.argv.slice(2);
const server = await serveDist('/work/wt/reading/dist');
const ctx = await launchChromium(mkdtempSync('/tmp/rd/chr-'), dev === 'phone' ? PHONE : { viewport: { width: 1366, height: 900 } });
const page = ctx.pages()[0] ?? await ctx.newPage();
for (const p of paths) {
  const [path, action] = p.split('!');
  await page.goto(server.baseUrl + path);
  if (action) { await page.locator(action).first().click(); await page.waitForTimeout(300); }
  await page.screenshot({ path: `/tmp/rd/s-${dev}-${(path + (action ?? '')).replace(/[^a-z0-9]+/g, '_') || 'home'}.png`, fullPage: false });
}
await ctx.close(); await server.close();
