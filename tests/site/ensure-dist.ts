/**
 * Tests of the built site read dist/. `npm test` builds first; when a test
 * file runs alone and dist/ is missing, build once here.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Build unless every file in `needs` (relative to dist/) is there. */
export function ensureDist(needs: string[] = ['index.html', 'data/corpus.json']): void {
  if (needs.some((f) => !existsSync(join(DIST, f)))) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

/** A built page's HTML, by its site path ('' for the home page). */
export function distPage(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

/** Text content, roughly: tags out, entities that matter here decoded. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}
