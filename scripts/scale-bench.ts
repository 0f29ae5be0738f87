/**
 * `npm run bench:scale -- --documents N [--dir DIR] [--no-query]`: how the
 * build grows with the number of province documents (issue #12).
 *
 * Builds a synthetic corpus in a scratch copy of the project (default
 * $TMPDIR/khcn-scale-<checkout>-N; never seeds/, content/ or dist/ of this worktree):
 * the model and the real province documents, then clones of them under the
 * other provinces' names (src/lib/site/provinces.ts) with their reviewed
 * alignments — per province a decision (Hải Phòng's) and a distribution
 * rule (Lai Châu's or Quảng Ngãi's), then work programmes (Quảng Ngãi's),
 * then a second round. Texts are cloned verbatim; only the metadata names
 * the other province. Runs the build's steps as `npm run build` does
 * (scripts/build.ts), and prints a table: documents, pages, wall time and
 * peak memory per step (VmHWM of
 * the largest process of the stage's tree, polled from /proc), dist and
 * index size, the five largest pages, the pages the issue tracks, and the
 * bytes of the first queries of the search benchmark (scripts/lib/first-query.ts) from a plain static server (Chromium), by kind of file.
 * The scratch directory is kept, so its dist/ can be served afterwards.
 * Prints only; nothing is asserted.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PROVINCES } from '../src/lib/site/provinces';
import { BUILD_STEPS, placeIndex, runStep } from './build';
import { slugify } from '../src/lib/slug';
import { FIRST_QUERIES, costLine, queryBench, type QueryCost } from './lib/first-query';

const ROOT = join(import.meta.dirname, '..');
const MODEL = 'tt-10-2025-bkhcn';
/** Province documents cloned, in the order a province gets them; `kind` decides the round they belong to. */
const TEMPLATES = {
  decision: ['hai-phong-qd-so-khcn-2025'],
  distribution: ['lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn'],
  programme: ['quang-ngai-chuong-trinh-6-thang-cuoi-2025'],
};
/** Project files the build needs, copied into the scratch directory (node_modules is linked). */
const PROJECT = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** The file that marks a scratch folder as this benchmark's. */
const MARKER = '.bench-scale';
/** Pages the issue follows at every N. */
const TRACKED = [`van-ban/${MODEL}/`, `van-ban/${MODEL}/dieu-2/`, 'so-sanh/', 'so-sanh/khoan-18/'];

interface Args { documents: number; dir: string; query: boolean }

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const documents = Number(value('--documents') ?? 80);
  if (!Number.isInteger(documents) || documents < 1) throw new Error('bench:scale: --documents phải là số nguyên ≥ 1');
  // The default folder is named after this checkout, so benchmarks of two worktrees never build into the same place.
  return { documents, dir: value('--dir') ?? join(tmpdir(), `khcn-scale-${basename(ROOT)}-${documents}`), query: !argv.includes('--no-query') };
}

interface Meta { id: string; province: string | null; title: string; shortTitle: string | null; issuer: string | null; notes: string[]; originalFile: string | null; [k: string]: unknown }

/** The province documents of the synthetic corpus: the real ones first, then clones, `count` in all. */
function plan(count: number): Array<{ template: string; province: string | null; id: string }> {
  const real = [...TEMPLATES.decision, ...TEMPLATES.distribution, ...TEMPLATES.programme];
  const out: ReturnType<typeof plan> = real.slice(0, count).map((id) => ({ template: id, province: null, id }));
  const realProvinces = new Set(real.map((id) => readMeta(id).province));
  const others = PROVINCES.map((p) => p.name).filter((p) => !realProvinces.has(p));
  for (let round = 1; out.length < count; round++) {
    // Each province a decision and a distribution rule, then the programmes; a later round repeats with a suffix.
    const wave = [
      ...others.flatMap((p, i) => [[p, TEMPLATES.decision[0]!], [p, TEMPLATES.distribution[i % 2]!]]),
      ...others.map((p) => [p, TEMPLATES.programme[0]!]),
    ];
    for (const [province, template] of wave) {
      if (out.length === count) break;
      out.push({ template: template!, province: province!, id: `${slugify(province!)}-${template!.replace(/^(hai-phong|lai-chau|quang-ngai)-/, '')}${round === 1 ? '' : `-${round}`}` });
    }
  }
  return out;
}

function readMeta(id: string): Meta {
  return JSON.parse(readFileSync(join(ROOT, 'seeds', `${id}.meta.json`), 'utf8')) as Meta;
}

/** The scratch project: the build's files, node_modules linked, the synthetic seeds and alignments. */
function prepare(args: Args): Array<{ id: string }> {
  // Only a folder this benchmark made (it leaves a marker) is ever wiped.
  if (existsSync(args.dir) && readdirSync(args.dir).length > 0 && !existsSync(join(args.dir, MARKER))) {
    throw new Error(`bench:scale: ${args.dir} không trống và không do bench:scale tạo; chọn thư mục khác (--dir)`);
  }
  rmSync(args.dir, { recursive: true, force: true });
  mkdirSync(join(args.dir, 'seeds'), { recursive: true });
  writeFileSync(join(args.dir, MARKER), '');
  mkdirSync(join(args.dir, 'alignments'));
  mkdirSync(join(args.dir, 'content'));
  for (const f of PROJECT) cpSync(join(ROOT, f), join(args.dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(args.dir, 'node_modules'));
  for (const ext of ['.txt', '.meta.json']) copyFileSync(join(ROOT, 'seeds', `${MODEL}${ext}`), join(args.dir, 'seeds', `${MODEL}${ext}`));
  const docs = plan(args.documents);
  for (const d of docs) {
    const meta = readMeta(d.template);
    const from = meta.province!;
    const rename = (s: string | null) => (s && d.province ? s.split(from).join(d.province) : s);
    const out: Meta = d.province
      ? { ...meta, id: d.id, province: d.province, title: rename(meta.title)!, shortTitle: rename(meta.shortTitle), issuer: rename(meta.issuer),
        notes: [`Bản sao tổng hợp của ${d.template} cho npm run bench:scale (không phải văn bản thật).`] }
      : meta;
    writeFileSync(join(args.dir, 'seeds', `${d.id}.meta.json`), JSON.stringify(out, null, 1));
    copyFileSync(join(ROOT, 'seeds', `${d.template}.txt`), join(args.dir, 'seeds', `${d.id}.txt`));
    const review = join(ROOT, 'alignments', `${d.template}.json`);
    if (existsSync(review)) {
      const json = JSON.parse(readFileSync(review, 'utf8')) as { document: string };
      writeFileSync(join(args.dir, 'alignments', `${d.id}.json`), JSON.stringify({ ...json, document: d.id }, null, 1));
    }
  }
  return docs;
}

/** Parent pid of every live process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      out.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone meanwhile */ }
  }
  return out;
}

/** CPU seconds (user + system) one process has used so far, or 0 when it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (100 per second on Linux)
  } catch {
    return 0;
  }
}

/** Peak resident memory (VmHWM, bytes) of one process, or 0 when it is gone. */
function highWater(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Run one step of the build in `cwd`; wall time, and the peak memory of the largest process of its tree (polled every 100 ms). */
async function measureStep(cwd: string, step: (typeof BUILD_STEPS)[number][number]): Promise<{ seconds: number; cpu: number; peak: number }> {
  const log = join(cwd, `${step.name}.log`);
  const t0 = performance.now();
  const child = runStep(cwd, step, 'pipe');
  const output: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => output.push(b));
  child.stderr!.on('data', (b: Buffer) => output.push(b));
  const peaks = new Map<number, number>();
  const cpu = new Map<number, number>();
  const poll = () => {
    const ppid = parents();
    const tree = new Set([child.pid!]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, parent] of ppid) if (tree.has(parent) && !tree.has(pid)) { tree.add(pid); grew = true; }
    }
    for (const pid of tree) {
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, highWater(pid)));
      cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuSeconds(pid)));
    }
  };
  const timer = setInterval(poll, 100);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  writeFileSync(log, Buffer.concat(output));
  if (code !== 0) throw new Error(`bench:scale: bước ${step.name} thất bại (mã ${code}); xem ${log}`);
  // CPU time as last polled (up to 100 ms short per process): unlike wall time, it does not grow with other work on the machine.
  return { seconds: (performance.now() - t0) / 1000, cpu: [...cpu.values()].reduce((a, b) => a + b, 0), peak: Math.max(0, ...peaks.values()) };
}

function walk(dir: string, base = ''): Array<{ path: string; bytes: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    return e.isDirectory() ? walk(join(dir, e.name), rel) : [{ path: rel, bytes: statSync(join(dir, e.name)).size }];
  });
}

/** Bytes of each first query (FIRST_QUERIES) on the search page, from a plain static server. */
async function firstQueries(dist: string): Promise<Array<[string, QueryCost]>> {
  const bench = await queryBench(dist);
  try {
    const out: Array<[string, QueryCost]> = [];
    for (const q of FIRST_QUERIES) out.push([q, await bench.first(q)]);
    return out;
  } finally {
    await bench.close();
  }
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const docs = prepare(args);
  process.stdout.write(`bench:scale: ${docs.length} văn bản của tỉnh trong ${args.dir}\n`);
  // The steps as `npm run build` runs them: a group's steps side by side; the build's time is the groups' wall times added up.
  const results: Array<{ name: string; seconds: number; cpu: number; peak: number }> = [];
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const loadBefore = load();
  let wall = 0;
  for (const group of BUILD_STEPS) {
    const t0 = performance.now();
    const measured = await Promise.all(group.map(async (step) => ({ name: step.name, ...(await measureStep(args.dir, step)) })));
    wall += (performance.now() - t0) / 1000;
    for (const r of measured) process.stdout.write(`  ${r.name}: ${r.seconds.toFixed(1)} s (CPU ${r.cpu.toFixed(1)} s), ${mb(r.peak)}${group.length > 1 ? ' (side by side)' : ''}\n`);
    results.push(...measured);
  }
  placeIndex(args.dir);
  const dist = join(args.dir, 'dist');
  const files = walk(dist);
  const pages = files.filter((f) => f.path.endsWith('index.html')).map((f) => ({ ...f, path: f.path.replace(/index\.html$/, '') }));
  const size = (prefix: string) => files.filter((f) => f.path.startsWith(prefix)).reduce((s, f) => s + f.bytes, 0);
  const queries = args.query ? await firstQueries(dist) : [];
  const rows: Array<[string, string]> = [
    ['province documents', String(docs.length)],
    ['pages', pages.length.toLocaleString('en')],
    ...results.map((r): [string, string] => [`${r.name}: wall time, CPU time, peak memory`, `${r.seconds.toFixed(1)} s, ${r.cpu.toFixed(1)} s, ${mb(r.peak)}`]),
    ['build: wall time, CPU time, peak memory (largest process)', `${wall.toFixed(1)} s, ${results.reduce((t, r) => t + r.cpu, 0).toFixed(1)} s, ${mb(Math.max(...results.map((r) => r.peak)))}`],
    ['machine load (1-min average) before, after', `${loadBefore}, ${load()}`],
    ['dist, search index', `${kb(size(''))}, ${kb(size('pagefind/'))}`],
    ...TRACKED.map((p): [string, string] => [p || '(home)', kb(pages.find((x) => x.path === p)?.bytes ?? 0)]),
    ...[...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((p, i): [string, string] => [`largest page ${i + 1}`, `${kb(p.bytes)} ${p.path}`]),
    ...(args.query ? queries.map(([q, c]): [string, string] => [`first query ${JSON.stringify(q)} (plain server)`, costLine(c)]) : [['first queries', 'not measured (--no-query)'] as [string, string]]),
  ];
  process.stdout.write(`\n| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
  process.stdout.write(`\nSizes are uncompressed bytes. Logs of each stage: ${args.dir}/<stage>.log; the built site: ${dist}\n`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
