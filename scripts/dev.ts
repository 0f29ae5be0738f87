/**
 * `npm run dev`: the site on http://127.0.0.1:4321/ that follows edits.
 * Generates content/ once, bundles the browser scripts, starts Astro's dev
 * server, then watches seeds/ and alignments/: a saved source text or
 * metadata file regenerates content/ (a second or two for the whole
 * corpus) and the open page reloads with the change. The search index is
 * not built here (`npm start` builds everything).
 */
import { spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './lib/corpus';

const ROOT = join(import.meta.dirname, '..');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const tsx = (script: string) => spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], { cwd: ROOT, stdio: 'inherit' }).status === 0;

runCli(async () => {
  if (!tsx('scripts/generate.ts') || !tsx('scripts/build-browser.ts')) return 1;
  const { dev } = await import('astro');
  await dev({ root: ROOT, logLevel: 'warn', server: { host: '127.0.0.1', port: 4321 } });
  process.stdout.write('dev: http://127.0.0.1:4321/ — sửa tệp trong seeds/ hoặc alignments/ để xem thay đổi; Ctrl+C để dừng\n');
  let timer: NodeJS.Timeout | undefined;
  const regenerate = () => {
    clearTimeout(timer);
    // Editors save in several writes: wait for the last one.
    timer = setTimeout(() => { tsx('scripts/generate.ts'); }, 200);
  };
  for (const dir of ['seeds', 'alignments']) watch(join(ROOT, dir), regenerate);
  return new Promise<number>(() => {});
});
