/**
 * `npm run bench:parse [-- <MB>…]`: time the parser on generated texts of
 * each shape that once made it quadratic — dash items under one article,
 * plain paragraphs, one number repeated, deep nesting — at 1, 2 and 5 MB
 * (or the sizes given), and a chain of 3,000 nested clause numbers. Prints
 * one line per run; asserts nothing (the target, ≤ 5 s for any 5 MB, is read
 * from the figures).
 */
import { parseDocument, unknownMeta } from '../src/lib/parse';
import { runCli } from './lib/corpus';
import { nestedChain, SHAPES } from './lib/parse-shapes';

const MB = 1024 * 1024;

function time(text: string): { seconds: number; nodes: number; bug: boolean } {
  const t0 = performance.now();
  const doc = parseDocument(text, unknownMeta('bench', null));
  const seconds = (performance.now() - t0) / 1000;
  let nodes = 0;
  const stack = [...doc.children];
  while (stack.length) { const n = stack.pop()!; nodes++; stack.push(...n.children); }
  return { seconds, nodes, bug: doc.diagnostics.some((d) => d.code === 'parser-bug') };
}

runCli(() => {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const [name, make] of Object.entries(SHAPES)) {
    for (const mb of sizes.length ? sizes : [1, 2, 5]) {
      const text = make(mb * MB);
      const r = time(text);
      console.log(`${name.padEnd(14)} ${String(mb).padStart(2)} MB: ${r.seconds.toFixed(2).padStart(6)} s, ${r.nodes} nút${r.bug ? ', LỖI BỘ PHÂN TÍCH' : ''}`);
    }
  }
  const deep = ['Điều 1. Nhiệm vụ', ...nestedChain(3000)].join('\n');
  const r = time(deep);
  console.log(`3.000 cấp lồng nhau (${(Buffer.byteLength(deep) / MB).toFixed(1)} MB): ${r.seconds.toFixed(2)} s, ${r.nodes} nút${r.bug ? ', LỖI BỘ PHÂN TÍCH (tràn ngăn xếp?)' : ''}`);
  return 0;
});
