/**
 * The browser scripts, bundled from TypeScript (src/browser/*.ts, which
 * import the same src/lib modules the build uses) into public/js/ before
 * Astro copies public/ into dist/. One classic script per entry, no
 * chunks: pages link them relatively (Base.astro), so the site works from
 * any sub-path — Astro's own <script> bundling emits root-absolute /_astro/
 * URLs. The drafting page's exports are ES modules of their own
 * (draft-docx, draft-xlsx), which it imports by relative URL only when an
 * export is asked for: their libraries stay out of the page. exceljs is
 * taken in its own browser build without polyfills (exceljs.bare), as
 * the evergreen browsers the page needs do not need them.
 * public/js/ is generated (git-ignored) and never edited.
 *   tsx scripts/build-browser.ts      (part of npm run build)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runCli } from './lib/corpus';

const ROOT = join(import.meta.dirname, '..');
/**
 * The entries: every page (site), the search page and dialog (search), the
 * comparison pages (compare), the drafting page (draft), the lists behind
 * the model pages' province lines (duty-lists, loaded by site.js when a line
 * is first opened).
 */
const ENTRIES = ['site', 'search', 'compare', 'draft', 'duty-lists'];
/** ES modules imported on demand by the drafting page. */
const MODULES = ['draft-docx', 'draft-xlsx'];
const OUT_DIR = join(ROOT, 'public', 'js');

runCli(async () => {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const common = { outdir: OUT_DIR, bundle: true, target: 'es2022', minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'silent' } as const;
  const entry = (e: string) => join(ROOT, 'src', 'browser', `${e}.ts`);
  const results = await Promise.all([
    build({ ...common, entryPoints: ENTRIES.map(entry), format: 'iife' }),
    build({ ...common, entryPoints: MODULES.map(entry), format: 'esm', alias: { exceljs: 'exceljs/dist/exceljs.bare.min.js' } }),
  ]);
  for (const w of results.flatMap((r) => r.warnings)) process.stderr.write(`build-browser: ${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}\n`);
  return 0;
});
