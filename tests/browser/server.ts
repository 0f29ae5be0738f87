/**
 * A tiny static server for the browser tests: serves dist/ under a
 * sub-path (`/mirror/khcn/`) on 127.0.0.1, as an intranet mirror would, so
 * any root-absolute link breaks visibly. Everything else is 404. Also the
 * Chromium launch shared by the tests and the search scripts (no vitest here).
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';

/** The flags this machine needs: no sandbox as root, no background traffic to closed networks. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A phone as the browser tests hold one: 390×844, a touch screen (so `pointer: coarse`, no hover). */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

/**
 * Debian's Chromium (or CHROME_PATH), headless, with a fresh profile in
 * `userDir`; for the tests, the benchmark and the experiment. `device`:
 * PHONE, or a desktop viewport.
 */
export function launchChromium(userDir: string, device: { viewport: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean } | null = null): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ...(device ?? {}),
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

export interface StaticServer { baseUrl: string; close(): Promise<void> }

/**
 * `gzip`: compress text responses when the browser accepts it, as a
 * configured nginx or IIS would (the search benchmark measures both).
 * `port`: a fixed port (npm start), else any free one. A directory asked
 * without its trailing slash is redirected to it, as static servers do, so
 * that the page's relative links resolve.
 */
export async function serveDist(root: string, prefix = '/mirror/khcn/', options: { gzip?: boolean; port?: number } = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return notFound(res);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) { res.writeHead(301, { Location: `${path}/` }); res.end(); return; }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (options.gzip && !type.startsWith('application/octet') && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(options.port ?? 0, '127.0.0.1', resolve); });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('not found');
}
