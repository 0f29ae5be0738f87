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

const MB = 1024 * 1024;

/** Repeat `line(i)` until the text reaches `bytes` (UTF-8). */
function fill(head: string, bytes: number, line: (i: number) => string): string {
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 1; size < bytes; i++) {
    const l = line(i);
    parts.push(l);
    size += Buffer.byteLength(l) + 1;
  }
  return parts.join('\n');
}

/** Clause numbers nested `depth` deep: "1.", "1.1.", "1.1.1." … */
export function nestedChain(depth: number): string[] {
  const lines: string[] = [];
  let num = '';
  for (let d = 1; d <= depth; d++) {
    num = num ? `${num}.1` : '1';
    lines.push(`${num}. Nội dung cấp ${d}`);
  }
  return lines;
}

export const SHAPES: Record<string, (bytes: number) => string> = {
  'gạch đầu dòng': (bytes) => fill('Điều 1. Nhiệm vụ\n1. Các việc sau:', bytes, (i) => `- Thực hiện nhiệm vụ số ${i} về khoa học và công nghệ theo quy định;`),
  // Hard-wrapped lines with a blank line after each (a PDF conversion), a paragraph every five lines, no marker at all.
  'đoạn văn': (bytes) => fill('', bytes, (i) => (i % 5 === 0 ? 'hoạt động khoa học và công nghệ trên địa bàn tỉnh.\n' : `Đoạn văn ${i} nói về quản lý nhà nước đối với hoạt động khoa học và công nghệ, về\n`)),
  'số lặp lại': (bytes) => fill('Điều 1. Nhiệm vụ', bytes, () => '1.1.1. Tổng hợp, báo cáo tình hình thực hiện nhiệm vụ được giao.'),
  'lồng sâu': (bytes) => {
    // Chains as deep as the size allows (a chain of depth d takes about d² bytes), repeated.
    const depth = Math.max(2, Math.floor(Math.sqrt(bytes / 4)));
    const chain = nestedChain(depth).join('\n');
    const parts = ['Điều 1. Nhiệm vụ'];
    for (let size = 0; size < bytes; size += Buffer.byteLength(chain)) parts.push(chain);
    return parts.join('\n');
  },
};

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
