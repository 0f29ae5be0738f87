/**
 * Drafting page benchmark: serves dist/ on 127.0.0.1 under a sub-path,
 * opens du-thao-phan-cong/ in Chromium with a fresh profile and prints the
 * time until the data is in (the propose button enabled), from pressing
 * "Đề xuất phân công" (Lai Châu's five offices) to every duty laid out,
 * and from each export button to its download — the first time (the export
 * module fetched and compiled) and again. The machine's load is printed
 * beside; nothing is asserted.   npm run bench:draft
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveDist } from '../tests/browser/server';
import { runCli } from './lib/corpus';

const DIST = join(import.meta.dirname, '..', 'dist');

runCli(async () => {
  const server = await serveDist(DIST);
  const userDir = mkdtempSync(join(tmpdir(), 'khcn-draft-bench-'));
  const context = await launchChromium(userDir);
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    const time = async (what: string, act: () => Promise<unknown>) => {
      const t0 = performance.now();
      await act();
      process.stdout.write(`${what.padEnd(42)} ${Math.round(performance.now() - t0).toString().padStart(6)} ms\n`);
    };
    process.stdout.write(`tải máy (1 phút): ${loadavg()[0]!.toFixed(1)}\n`);
    await time('trang và dữ liệu đề xuất', async () => {
      await page.goto(`${server.baseUrl}du-thao-phan-cong/`);
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#dt-form-phong button[type=submit]')!.disabled);
    });
    await page.selectOption('#dt-tu-van-ban', 'lai-chau-quy-dinh-cac-phong');
    await page.click('#dt-chep-ds');
    await time('đề xuất 123 nhiệm vụ, hiện đủ', async () => {
      await page.click('#dt-form-phong button[type=submit]');
      await page.waitForFunction(() => document.querySelectorAll('li.duty .assign').length === 123);
    });
    for (const [id, name] of [['#dt-tai-docx', 'Word'], ['#dt-tai-xlsx', 'Excel']] as const) {
      for (const when of ['lần đầu (tải thư viện)', 'lần sau']) {
        await time(`${name}, ${when}`, () => Promise.all([page.waitForEvent('download'), page.click(id)]));
      }
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(userDir, { recursive: true, force: true });
  }
  return 0;
});
