/**
 * The offline search index (issue #6), the last step of `npm run build`:
 * one Pagefind entry per record of src/lib/search/records.ts (units,
 * documents, offices, cited documents, and the pages without units: home,
 * provinces, comparison pages — every page but the search page), written to
 * dist/pagefind/. Each entry is a small HTML snippet given to addHTMLFile
 * with its deep link as URL, so that data-pagefind-weight can rank the
 * label above the text (custom records have no weights). Meta and filters
 * come from attributes, never from indexed text. Pagefind's own UI bundles
 * are removed: the site has its own (src/browser/search/).
 *
 * pagefind.js (47 KB) is also written gzipped as pagefind.js.pfgz (13 KB):
 * mirrors are plain static servers that may not compress, so the search script
 * fetches that copy and inflates it with DecompressionStream, as Pagefind
 * does for its own index files. The extension is not ".gz" so that no
 * server adds a Content-Encoding header of its own.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildRecords, type CitedEntry, type SearchRecord } from '../src/lib/search/records';
import { LIST, citeFilter } from '../src/lib/search/fields';
import { shortenFragmentNames } from './lib/pagefind-names';
import type { ExportDocument } from '../src/lib/export';
import { loadComparison } from '../src/lib/site/comparison-data';
import { readContent } from '../src/lib/site/content';

const ROOT = join(import.meta.dirname, '..');
/**
 * `tsx scripts/search-index.ts [site-dir]`: writes pagefind/ into dist/ by default;
 * scripts/build.ts passes a folder aside, moved into dist/ once Astro has built it.
 */
const SITE = process.argv[2] ?? join(ROOT, 'dist');
const OUT = join(SITE, 'pagefind');
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];
/** The gzipped copy of pagefind.js that the search script (src/browser/search/engine.ts) loads first. */
const ENGINE_GZ = 'pagefind.js.pfgz';
/** Longest original text kept in a result's metadata for the excerpt. */
const TEXT_MAX = 1500;
/**
 * Pagefind's word chunks, in its own unit (a word's postings and positions):
 * a query loads every chunk its words fall in, and the default (20,000)
 * made 15–18 KB chunks of today's corpus — a two-word query read 31 KB of
 * them, a six-word one 89 KB. Set through Pagefind's environment variable
 * (the Node API has no option for it); README, "Search".
 */
const INDEX_CHUNK_SIZE = 2500;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The snippet Pagefind indexes for one record. */
export function recordHtml(r: SearchRecord): string {
  const text = r.text.length > TEXT_MAX ? `${r.text.slice(0, TEXT_MAX)}…` : r.text;
  const meta = [['title', r.title], ['loc', r.location], ['text', text], ['names', r.names?.join(LIST)], ['duty', r.duty], ['sums', r.summarises?.join(LIST)]]
    .filter(([, v]) => v)
    .map(([k, v]) => `<span data-pagefind-meta="${k}[data-v]" data-v="${esc(v!)}"></span>`).join('');
  // The citation key goes to its shard (fields.ts citeFilter), which the browser computes the same way.
  const filters = Object.entries(r.filters).flatMap(([k, v]) => (Array.isArray(v) ? v : v ? [v] : []).map((x) =>
    `<span data-pagefind-filter="${k === 'cite' ? citeFilter(x) : k}[data-v]" data-v="${esc(x)}"></span>`)).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title></title></head><body>${meta}${filters}`
    + `<p data-pagefind-weight="6">${esc(r.label)}</p><p data-pagefind-weight="2">${esc(r.cite)}</p><p>${esc(r.body)}</p>`
    + `<p data-pagefind-weight="0.5">${esc(r.context)}</p></body></html>`;
}

async function main(): Promise<void> {
  // The comparison pages' view model, as the pages build it (generate writes comparison.json only when there is a model).
  const loaded = existsSync(join(ROOT, 'content', 'comparison.json')) ? loadComparison(ROOT) : null;
  const documents = loaded?.corpus ?? readContent<{ documents: ExportDocument[] }>(ROOT, 'corpus.json').documents;
  const cited = readContent<{ documents: CitedEntry[] }>(ROOT, 'cited.json').documents;
  const records = buildRecords(documents, cited, loaded?.site ?? null);
  const check = (what: string, errors: string[]) => { if (errors.length) throw new Error(`pagefind ${what}: ${errors.join('; ')}`); };
  try {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    check('createIndex', errors);
    for (const r of records) {
      const res = await index!.addHTMLFile({ url: `/${r.url}`, content: recordHtml(r) });
      check(`addHTMLFile ${r.url}`, res.errors);
    }
    rmSync(OUT, { recursive: true, force: true });
    check('writeFiles', (await index!.writeFiles({ outputPath: OUT })).errors);
    for (const f of UNUSED) rmSync(join(OUT, f), { force: true });
    const meta = shortenFragmentNames(OUT);
    writeFileSync(join(OUT, ENGINE_GZ), gzipSync(readFileSync(join(OUT, 'pagefind.js')), { level: 9 }));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`search index: ${records.length} records (pf_meta ${kb(meta.after)}, ${kb(meta.before)} with Pagefind's names)`);
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
}
