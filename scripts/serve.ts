/**
 * `npm start` (after the build): serve dist/ on http://127.0.0.1:4321/ as a
 * plain static server would — a page asked without its trailing slash is
 * redirected to it (`astro preview` answers 404 there, by design, with
 * trailingSlash: 'always'). `--port N` and `--base /sub/path/` (to try the
 * site under a mirror's sub-path) are optional. Ctrl+C stops it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from '../tests/browser/server';

const ROOT = join(import.meta.dirname, '..');
const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const port = Number(arg('port') ?? 4321);
const base = `/${(arg('base') ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
  process.stderr.write('serve: dist/ chưa có trang; hãy chạy npm run build trước.\n');
  process.exit(1);
}
serveDist(join(ROOT, 'dist'), base, { port }).then(
  (s) => process.stdout.write(`Trang đang chạy tại ${s.baseUrl} (Ctrl+C để dừng)\n`),
  (e: NodeJS.ErrnoException) => {
    process.stderr.write(`serve: không mở được cổng ${port}${e.code === 'EADDRINUSE' ? ' (đang có chương trình khác dùng; thử --port khác)' : `: ${e.message}`}\n`);
    process.exit(1);
  },
);
