/**
 * One browser session for a test file: dist/ served from a sub-path on
 * 127.0.0.1, Debian's Chromium driven by playwright-core with a fresh
 * profile, every request recorded. Builds once if dist/ lacks what the file needs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveDist, type StaticServer } from './server';
import { DIST, ensureDist, ROOT } from '../site/ensure-dist';

export { DIST, ROOT };
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export interface BrowserSession {
  server: StaticServer;
  context: BrowserContext;
  /** Every URL the browser requested. */
  requests: string[];
  /** Go to a site path in the session's page; the response must be 200. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Start a session; `needs` are dist/ files that must exist (else the site is
 * built first); `device`: PHONE (server.ts) or a desktop viewport, else Chromium's default.
 */
export async function startBrowser(needs?: string[], device: Parameters<typeof launchChromium>[1] = null): Promise<BrowserSession> {
  ensureDist(needs);
  const server = await serveDist(DIST);
  const userDir = mkdtempSync(join(tmpdir(), 'khcn-chromium-'));
  const context = await launchChromium(userDir, device);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    server,
    context,
    requests,
    async open(path) {
      const page = context.pages()[0] ?? (await context.newPage());
      const response = await page.goto(server.baseUrl + path);
      expect(response?.status(), path).toBe(200);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/**
 * Requests that left the mirror. blob: URLs of the mirror's own origin are
 * not network requests (search.js inflates Pagefind's engine into one).
 */
export function foreignRequests(session: Pick<BrowserSession, 'requests' | 'server'>): string[] {
  const { origin } = new URL(session.server.baseUrl);
  return session.requests.filter((u) => !u.startsWith(session.server.baseUrl) && !u.startsWith(`blob:${origin}/`));
}

/** axe-core's serious and critical violations on a page, as "rule: targets" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}
