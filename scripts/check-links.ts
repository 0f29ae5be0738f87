/**
 * `npm run check-links`: after `npm run build`, check that every internal
 * link and anchor in dist/ resolves, and every URL in dist/data/corpus.json.
 */
import { existsSync } from 'node:fs';
import { runCli } from './lib/corpus';
import { checkSite } from './site/links';

runCli(() => {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(dist)) {
    process.stderr.write(`check-links: không có thư mục ${dist}; hãy chạy npm run build trước.\n`);
    return 1;
  }
  const { pages, links, problems } = checkSite(dist);
  for (const p of problems) process.stderr.write(`${p.page}: ${p.link} — ${p.message}\n`);
  process.stdout.write(`check-links: ${pages} trang, ${links} liên kết, ${problems.length} lỗi\n`);
  return problems.length ? 1 : 0;
});
