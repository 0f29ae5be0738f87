/**
 * The Astro step of `npm run build`, through Astro's API so that its output
 * is what a person reads: warnings and errors only (no line per page
 * written), then one line with the count of pages and the time. Telemetry
 * is off for this project (no request leaves the machine).
 *   tsx scripts/astro-build.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './lib/corpus';

const ROOT = join(import.meta.dirname, '..');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

runCli(async () => {
  const { build } = await import('astro');
  const started = performance.now();
  await build({ root: ROOT, logLevel: 'warn' });
  const pages = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length;
  process.stdout.write(`astro: ${pages} trang trong dist/ (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return 0;
});
