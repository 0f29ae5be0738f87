/**
 * The browser scripts, bundled from TypeScript (src/browser/*.ts, which
 * import the same src/lib modules the build uses) into public/js/ before
 * Astro copies public/ into dist/. One classic script per entry, no
 * chunks: pages link them relatively (Base.astro), so the site works from
 * any sub-path — Astro's own <script> bundling emits root-absolute /_astro/
 * URLs. public/js/ is generated (git-ignored) and never edited.
 *   tsx scripts/build-browser.ts      (part of npm run build)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runCli } from './lib/corpus';

const ROOT = join(import.meta.dirname, '..');
/** The entries: every page (site), the search page and dialog (search), the comparison pages (compare). */
const ENTRIES = ['site', 'search', 'compare'];
const OUT_DIR = join(ROOT, 'public', 'js');

runCli(async () => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const result = await build({
    entryPoints: ENTRIES.map((e) => join(ROOT, 'src', 'browser', `${e}.ts`)),
    outdir: OUT_DIR,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  for (const w of result.warnings) process.stderr.write(`build-browser: ${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}\n`);
  return 0;
});
