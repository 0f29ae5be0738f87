/**
 * Tests of the built site read dist/. `npm test` builds first; when a test
 * file runs alone and dist/ is missing, build once here.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function ensureDist(): void {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'data', 'corpus.json'))) {
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
}
