/** scripts/generate.ts as a command: what it writes, what it refuses. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './ensure-dist';

function generate(seeds: string, out: string) {
  return spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'generate.ts'), seeds, out], { cwd: ROOT, encoding: 'utf8' });
}

// Each test runs the whole generator in a child process (about 2 s of CPU, with the
// alignment proposals from precedent): 5 s is too tight when other test files share the cores.
describe('npm run generate', { timeout: 30_000 }, () => {
  it('writes an overview, an article page and an office page per office, each marked as generated, and the export', () => {
    const out = mkdtempSync(join(tmpdir(), 'content-'));
    const run = generate(join(ROOT, 'seeds'), out);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, 'documents', 'tt-10-2025-bkhcn.json'))).toBe(true);
    expect(existsSync(join(out, 'pages', 'tt-10-2025-bkhcn', 'dieu-2.mdx'))).toBe(true);
    // Lai Châu: the office is an article; both pages exist.
    expect(existsSync(join(out, 'pages', 'lai-chau-quy-dinh-cac-phong', 'dieu-3.mdx'))).toBe(true);
    expect(existsSync(join(out, 'offices', 'lai-chau-quy-dinh-cac-phong', 'van-phong.mdx'))).toBe(true);
    expect(existsSync(join(out, 'pages', 'quang-ngai-33-qd-skhcn', 'quy-ddinh', 'muc-i.mdx'))).toBe(true);
    expect(readFileSync(join(out, 'pages', 'tt-10-2025-bkhcn', 'dieu-2.mdx'), 'utf8')).toContain('Tệp sinh tự động');
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as { documents: Array<{ id: string }> };
    expect(corpus.documents.map((d) => d.id)).toContain('tt-10-2025-bkhcn');
  });

  it('wipes what a previous run left, except .gitkeep', () => {
    const out = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(join(out, '.gitkeep'), '');
    mkdirSync(join(out, 'pages', 'old'), { recursive: true });
    writeFileSync(join(out, 'pages', 'old', 'stale.mdx'), 'stale');
    expect(generate(join(ROOT, 'seeds'), out).status).toBe(0);
    expect(existsSync(join(out, 'pages', 'old'))).toBe(false);
    expect(existsSync(join(out, '.gitkeep'))).toBe(true);
  });

  it('exits non-zero with file:line messages and no stack trace when the corpus has errors, writing nothing', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'seeds-'));
    const out = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(ROOT, 'seeds', 'tt-10-2025-bkhcn.txt'), join(seeds, 'tt-10-2025-bkhcn.txt'));
    writeFileSync(join(seeds, 'tt-10-2025-bkhcn.meta.json'), '{ "id": "tt-10-2025-bkhcn", ');
    const run = generate(seeds, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/tt-10-2025-bkhcn\.meta\.json:\d+: lỗi:/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });
});
