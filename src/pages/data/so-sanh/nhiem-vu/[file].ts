/**
 * dist/data/so-sanh/nhiem-vu/<anchor>.json, <anchor>.loi-van.json and their
 * gzipped copies (.pfgz): who does each model duty, as the generator wrote
 * it into content/nhiem-vu/ (src/lib/site/duty-files.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUTY_CONTENT_DIR } from '../../../../lib/site/duty-files';

export const prerender = true;

const DIR = join(process.cwd(), 'content', DUTY_CONTENT_DIR);

export function getStaticPaths() {
  return existsSync(DIR) ? readdirSync(DIR).map((file) => ({ params: { file } })) : [];
}

export function GET({ params }: { params: { file: string } }): Response {
  const type = params.file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream';
  return new Response(readFileSync(join(DIR, params.file)), { headers: { 'Content-Type': type } });
}
