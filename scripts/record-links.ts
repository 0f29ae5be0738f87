/**
 * `npm run record-links`: after `npm run build`, add the links the site now
 * hands out (scripts/site/published.ts) to the register
 * tests/site/fixtures/published-links.json, which the tests hold the site
 * to. Run it when a document is published; it never removes a link — a link
 * that has to go is a decision for a person, made by editing the register.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './lib/corpus';
import { PUBLISHED_REGISTER as REGISTER, mergePublished, publishedLinks, type PublishedLinks } from './site/published';

const count = (l: PublishedLinks) => Object.values(l).reduce((n, anchors) => n + 1 + anchors.length, 0);

runCli(() => {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'data', 'corpus.json'))) {
    process.stderr.write(`record-links: không có ${dist}/data/corpus.json; hãy chạy npm run build trước.\n`);
    return 1;
  }
  const recorded: PublishedLinks = existsSync(REGISTER) ? JSON.parse(readFileSync(REGISTER, 'utf8')) : {};
  const merged = mergePublished(recorded, publishedLinks(dist));
  writeFileSync(REGISTER, `${JSON.stringify(merged, null, 1)}\n`);
  process.stdout.write(`record-links: ${count(merged)} liên kết trong sổ (thêm ${count(merged) - count(recorded)}), ${Object.keys(merged).length} trang\n`);
  return 0;
});
