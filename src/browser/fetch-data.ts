/**
 * Data files with a gzipped copy beside them (`<file>.pfgz`: the search
 * engine, the per-duty files), fetched relative to the page: the copy first,
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
  const b = await r.blob();
  // A server that decoded it already sends the plain bytes.
  const [a, z] = new Uint8Array(await b.slice(0, 2).arrayBuffer());
  return a === 0x1f && z === 0x8b ? new Response(b.stream().pipeThrough(new DecompressionStream('gzip'))).blob() : b;
}

/** A JSON file with a gzipped copy: the copy, else the plain file. */
export async function fetchJson<T>(url: URL): Promise<T> {
  const blob = await fetchInflated(url).catch(async () => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(String(r.status));
    return r.blob();
  });
  return JSON.parse(await blob.text()) as T;
}
