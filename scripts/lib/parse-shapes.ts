/**
 * Generated texts of the shapes that once made the parser quadratic or
 * overflow its stack, for `npm run bench:parse` and the large-input tests.
 */

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

