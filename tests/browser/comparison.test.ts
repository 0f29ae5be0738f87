/**
 * The comparison pages in Chromium, served from a sub-path: sort the
 * overview matrix, follow a cell to its khoản page, open a wording diff, and
 * axe finds no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations, startBrowser, type BrowserSession } from './harness';

let session: BrowserSession;

beforeAll(async () => { session = await startBrowser(['so-sanh/index.html']); }, 180_000);
afterAll(async () => { await session?.close(); });

const open = (path: string): Promise<Page> => session.open(path);

// Pages load while other test files build and parse on the same two cores: a generous limit, not a speed check.
describe('the comparison pages in a browser', { timeout: 30_000 }, () => {
  it('sorts the matrix by a document column, follows a cell to the khoản page and opens a diff', async () => {
    const page = await open('so-sanh/');
    const firstRow = () => page.locator('table.cmp tbody tr th').first().textContent();
    expect(await firstRow()).toContain('Khoản 1');
    // Sort by the programme's coverage, ascending: a khoản it does not cover comes first.
    const sort = page.locator('table.cmp thead th').nth(4).getByRole('button');
    await sort.click();
    expect(await page.locator('table.cmp thead th').nth(4).getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('table.cmp tbody tr').first().locator('td').nth(3).textContent()).toContain('không thấy phân công');
    await sort.click();
    expect(await page.locator('table.cmp thead th').nth(4).getAttribute('aria-sort')).toBe('descending');
    // Back to khoản order, then follow the Hải Phòng cell of khoản 1.
    await page.locator('table.cmp thead th').first().getByRole('button').click();
    expect(await firstRow()).toContain('Khoản 1');
    await page.locator('table.cmp tbody tr').first().locator('td').first().getByRole('link').click();
    await page.waitForURL(/so-sanh\/khoan-1\/$/);
    const row = page.locator('tr', { has: page.locator('th#khoan-1-diem-d') });
    const details = row.locator('td').first().locator('details.diff');
    expect(await details.locator('del').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('del').first().isVisible()).toBe(true);
    expect(await details.locator('del').first().textContent()).toBe('cấp tỉnh');
    expect(await details.locator('ins').first().textContent()).toBe('thành phố');
    // Printing opens every diff, so the paper shows them.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('details.diff:not([open])').count()).toBe(0);
  });

  it.each([[390, 844], [1366, 900]])('shows "một phần" and who reviewed a link, and when, at %i×%i', async (width, height) => {
    const page = await open('so-sanh/khoan-17/');
    await page.setViewportSize({ width, height });
    const cell = page.locator('tr', { has: page.locator('th#khoan-17-diem-e') }).locator('td').nth(1);
    const item = cell.locator('.as', { hasText: 'điểm n mục 2.1 Điều 5' });
    await item.scrollIntoViewIfNeeded();
    const part = item.locator('.cov-part');
    expect(await part.isVisible()).toBe(true);
    expect(await part.textContent()).toBe('một phần');
    expect(await part.getAttribute('title')).toMatch(/chỉ đảm nhận một phần/);
    const who = item.locator('.who');
    expect(await who.isVisible()).toBe(true);
    expect(await who.textContent()).toBe('Nhóm phát triển, 2/12/2026');
    // The badge sits inside the cell, not cut off by it.
    const [b, c] = [await part.boundingBox(), await cell.boundingBox()];
    expect(b!.x + b!.width).toBeLessThanOrEqual(c!.x + c!.width + 1);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it.each([
    ['the overview matrix', 'so-sanh/'],
    ['a khoản page', 'so-sanh/khoan-1/'],
    ['a document page', 'so-sanh/hai-phong-qd-so-khcn-2025/'],
    ['the offices-over-time page', 'so-sanh/tinh/quang-ngai/'],
  ])('has no serious or critical accessibility violations on %s (axe-core)', async (_name, path) => {
    const page = await open(path);
    if (path === 'so-sanh/khoan-1/') await page.locator('details.diff summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
