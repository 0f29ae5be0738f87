/**
 * Data files with a gzipped copy beside them (`<file>.pfgz`: the search
 * engine, the duty files), fetched relative to the page: the copy first,
 * inflated here with DecompressionStream — mirrors are plain static
 * servers that may not compress — else the plain file.
 */

/**
 * The bytes of `url` + ".pfgz", inflated; rejected when the browser cannot
 * inflate or the copy cannot be had, so the caller falls back to the plain
 * file. The extension is not ".gz" so that no server adds a
 * Content-Encoding header of its own.
 */
export async function fetchInflated(url: URL): Promise<Blob> {
  if (typeof DecompressionStream === 'undefined') throw new Error('no DecompressionStream');
  const r = await fetch(`${url.href}.pfgz`);
  if (!r.ok) throw new Error(String(r.status));
  const b = new Uint8Array(await r.arrayBuffer());
  // A server that decoded it already sends the plain bytes.
  if (b[0] !== 0x1f || b[1] !== 0x8b) return new Blob([b]);
  return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).blob();
}

/** A JSON file with a gzipped copy: the copy, else the plain file. */
export async function fetchJson<T>(url: URL): Promise<T> {
  const text = await fetchInflated(url).then((b) => b.text(), async () => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(String(r.status));
    return r.text();
  });
  return JSON.parse(text) as T;
}
