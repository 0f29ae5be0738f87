/**
 * The per-duty files as the generator wrote them into content/nhiem-vu/
 * (src/lib/site/duty-files.ts), served under data/so-sanh/nhiem-vu/ by the
 * two routes beside this file: `<name>.json` and its gzipped copy
 * `<name>.json.pfgz` (each route names its extension, so that Astro's dev
 * server serves them without a trailing slash).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUTY_CONTENT_DIR } from '../../../../lib/site/duty-files';

const DIR = join(process.cwd(), 'content', DUTY_CONTENT_DIR);

/** The routes' params: the names (without `ext`) of the files ending in `ext`. */
export function dutyFilePaths(ext: string) {
  return existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(ext)).map((f) => ({ params: { name: f.slice(0, -ext.length) } })) : [];
}

/** One file's bytes. */
export function dutyFile(file: string, type: string): Response {
  return new Response(readFileSync(join(DIR, file)), { headers: { 'Content-Type': type } });
}
