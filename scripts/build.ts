/**
 * `npm run build`: generate content/ → bundle the browser scripts → Astro
 * builds dist/ while Pagefind indexes the same content beside it (the
 * index reads only content/, and the two take about as long: on two cores
 * they finish in the time of the longer one) → what the indexer wrote aside
 * (pagefind/) moves into dist/. Each step prints its own line; the first
 * failure stops the build with its exit code.
 *
 * Astro runs with a 1 GB old-generation heap: its live data stays under that
 * (the build passes at 160 province documents), but V8 otherwise lets the
 * heap grow toward the machine's memory before collecting; and with its
 * bundler's allocator told to give freed memory back at once (below). Both
 * are measured in the README, "Building at scale".
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './lib/corpus';

const ROOT = join(import.meta.dirname, '..');
/** Where the indexer writes while Astro empties and fills dist/ (relative to the project; .astro/ is git-ignored). */
const INDEX_ASIDE = join('.astro', 'search-next');
/** Heap limit for the Astro step (MB). */
const ASTRO_HEAP_MB = 1024;
/**
 * The bundler (rolldown) allocates through its own mimalloc, which by default
 * keeps freed pages committed for a while and commits its arena eagerly: at
 * 80 documents it had 480 MB allocated at most but 810 MB committed, and the
 * Astro step peaked at 1.46–1.51 GB. Returning freed pages at once and
 * committing on use brings the peak to 1.03–1.05 GB at the same speed.
 * Options are read from the environment when the bundler is loaded.
 */
export const ASTRO_ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** One step: a tsx script, with the heap limit and environment its process needs. */
interface BuildStep { name: string; args: string[]; heapMb?: number; env?: Record<string, string> }

/** The build's steps; those in one group run side by side. Used by the benchmark too. */
export const BUILD_STEPS: Array<Array<BuildStep>> = [
  [{ name: 'generate', args: ['scripts/generate.ts'] }],
  [{ name: 'browser', args: ['scripts/build-browser.ts'] }],
  [{ name: 'astro', args: ['scripts/astro-build.ts'], heapMb: ASTRO_HEAP_MB, env: ASTRO_ALLOCATOR_ENV }, { name: 'index', args: ['scripts/search-index.ts', INDEX_ASIDE] }],
];

/** Spawn one step (a tsx script) in the project at `cwd`. */
export function runStep(cwd: string, step: Omit<BuildStep, 'name'>, stdio: 'inherit' | 'pipe' = 'inherit') {
  const env: NodeJS.ProcessEnv = { ...step.env, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (step.heapMb) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${step.heapMb}`.trim();
  return spawn(process.execPath, [join(cwd, 'node_modules', 'tsx', 'dist', 'cli.mjs'), ...step.args], { cwd, env, stdio: ['ignore', stdio, stdio] });
}

const exitCode = (child: ReturnType<typeof runStep>) => new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));

/** Move what the indexer wrote aside into dist/: each folder dist/ lacks whole, into those it has. */
export function placeIndex(cwd: string): void {
  const merge = (from: string, to: string) => {
    for (const name of readdirSync(from)) {
      const target = join(to, name);
      if (existsSync(target) && statSync(target).isDirectory()) merge(join(from, name), target);
      else { rmSync(target, { recursive: true, force: true }); renameSync(join(from, name), target); }
    }
  };
  merge(join(cwd, INDEX_ASIDE), join(cwd, 'dist'));
  rmSync(join(cwd, INDEX_ASIDE), { recursive: true, force: true });
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  runCli(async () => {
    rmSync(join(ROOT, INDEX_ASIDE), { recursive: true, force: true });
    for (const group of BUILD_STEPS) {
      const codes = await Promise.all(group.map((step) => exitCode(runStep(ROOT, step))));
      const failed = codes.find((c) => c !== 0);
      if (failed !== undefined) return failed;
    }
    placeIndex(ROOT);
    return 0;
  });
}
