/**
 * Pagefind's engine, loaded relative to the page (any mirror sub-path):
 * from the gzipped copy the indexer writes (pagefind.js.pfgz, 13 KB instead
 * of 47 KB on servers that do not compress), inflated here; the plain file
 * when the browser cannot inflate or the page's policy refuses blob: modules.
 */
import { fetchInflated } from '../fetch-data';
import { once } from '../once';

/** What a result's fragment holds (the indexer's data-pagefind-meta). */
export interface ResultData {
  url: string;
  /** title, loc (breadcrumb), text (the original wording); names, duty, sums when the record has them (records.ts). */
  meta: { title: string; loc: string; text?: string; names?: string; duty?: string; sums?: string };
  filters: Record<string, string[]>;
}
export interface Result { id: string; score: number; data(): Promise<ResultData> }
export interface Results { results: Result[] }
export type Filters = Record<string, string | string[]>;
/** The part of Pagefind's API the site uses. */
export interface Pagefind {
  options(o: { basePath: string; baseUrl: string; noWorker: boolean }): Promise<void>;
  search(query: string | null, o: { filters: Filters }): Promise<Results>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

async function importEngine(base: URL): Promise<Pagefind> {
  const plain = new URL('pagefind.js', base);
  try {
    const js = await fetchInflated(plain);
    const url = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
    try { return (await import(/* @vite-ignore */ url)) as Pagefind; } finally { URL.revokeObjectURL(url); }
  } catch {
    // No DecompressionStream, no copy, or a policy refusing blob: modules.
    return (await import(/* @vite-ignore */ plain.href)) as Pagefind;
  }
}

/** The engine for the site at `root`, loaded once; a failed load (the mirror briefly unreachable) is retried by the next call. */
export function engineLoader(root: URL): () => Promise<Pagefind> {
  const base = new URL('pagefind/', root);
  return once(async () => {
    const m = await importEngine(base);
    await m.options({ basePath: base.pathname, baseUrl: root.pathname, noWorker: true });
    return m;
  });
}
