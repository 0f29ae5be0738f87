/**
 * The text of a PDF that Chromium printed (`page.pdf()`), line by line and
 * page by page, for tests that look at where the pages break. Reads only
 * what Chromium's PDF writer (Skia) produces: classic objects, Flate
 * streams, Type0 fonts with ToUnicode maps (simple fonts: one byte a
 * glyph), text in page content and form XObjects; positions from the text
 * and transformation matrices. Not a general PDF reader: an object stream,
 * an encrypted file or a font without ToUnicode is refused with an error.
 */
import { inflateSync } from 'node:zlib';

/** One printed line: its page (from 1), its baseline's height from the page's foot (pt) and its text (NFC). */
export interface PrintedLine {
  page: number;
  y: number;
  text: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

type Token = number | string | Token[] | { name: string } | { op: string } | { bytes: Buffer };
type Matrix = [number, number, number, number, number, number];

/** Every line of text of the PDF, in page order and top to bottom; runs on one baseline joined left to right. */
export function pdfLines(pdf: Buffer): PrintedLine[] {
  const objects = readObjects(pdf);
  const lines: PrintedLine[] = [];
  pages(objects).forEach((page, i) => {
    const runs: Array<{ x: number; y: number; text: string }> = [];
    const resources = resolveDict(objects, page, 'Resources');
    for (const ref of refsOf(entry(page.dict, 'Contents'))) drawContent(objects, content(objects, ref), resources, IDENTITY, runs);
    lines.push(...joinLines(runs).map((l) => ({ page: i + 1, ...l })));
  });
  return lines;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(a: Matrix, b: Matrix): Matrix {
  return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  if (/\/Encrypt\b/.test(text)) throw new Error('encrypted PDF: not read');
  if (/\/Type\s*\/ObjStm\b/.test(text)) throw new Error('PDF with object streams: not read');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const end = text.indexOf('endobj', m.index);
    const body = text.slice(m.index + m[0].length, end);
    const s = body.indexOf('stream');
    if (s < 0 || !/^\s*<</.test(body)) {
      objects.set(Number(m[1]), { dict: body.trim() });
      continue;
    }
    const dict = body.slice(0, s).trim();
    let from = m.index + m[0].length + s + 'stream'.length;
    if (text[from] === '\r') from += 1;
    if (text[from] === '\n') from += 1;
    const length = Number(/\/Length (\d+)(?! 0 R)/.exec(dict)?.[1] ?? NaN);
    const raw = Number.isNaN(length) ? pdf.subarray(from, text.indexOf('endstream', from)) : pdf.subarray(from, from + length);
    objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    start.lastIndex = end;
  }
  return objects;
}

/** The value text of `/key` in a dictionary's text: a reference "N 0 R", a name, a number or a bracketed/nested value. */
function entry(dict: string, key: string): string | null {
  const m = new RegExp(`/${key}(?![A-Za-z0-9])\\s*`).exec(dict);
  if (!m) return null;
  const rest = dict.slice(m.index + m[0].length);
  const ref = /^(\d+) 0 R/.exec(rest);
  if (ref) return ref[0];
  const open = rest.startsWith('<<') ? '<<' : rest.startsWith('[') ? '[' : null;
  if (!open) return /^[^\s/>\]]+|^\/[^\s/>\]]+/.exec(rest)?.[0] ?? null;
  const close = open === '<<' ? '>>' : ']';
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest.startsWith(open, i)) { depth += 1; i += open.length - 1; } else if (rest.startsWith(close, i)) {
      depth -= 1;
      if (depth === 0) return rest.slice(0, i + close.length);
      i += close.length - 1;
    }
  }
  return null;
}

function refsOf(value: string | null): number[] {
  return value ? [...value.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) : [];
}

function deref(objects: Map<number, PdfObject>, value: string | null): string | null {
  const ref = value && /^(\d+) 0 R$/.exec(value);
  return ref ? objects.get(Number(ref[1]))?.dict ?? null : value;
}

function resolveDict(objects: Map<number, PdfObject>, obj: PdfObject, key: string): string {
  return deref(objects, entry(obj.dict, key)) ?? '';
}

function content(objects: Map<number, PdfObject>, ref: number): Buffer {
  const stream = objects.get(ref)?.stream;
  if (!stream) throw new Error(`PDF: object ${ref} has no stream`);
  return stream;
}

/** The page objects, in order: the page tree walked from the catalogue. */
function pages(objects: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  if (!catalog) throw new Error('PDF: no catalogue');
  const out: PdfObject[] = [];
  const walk = (ref: number): void => {
    const node = objects.get(ref)!;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) for (const kid of refsOf(entry(node.dict, 'Kids'))) walk(kid);
    else out.push(node);
  };
  walk(refsOf(entry(catalog.dict, 'Pages'))[0]!);
  return out;
}

interface Font { bytes: 1 | 2; map: Map<number, string> }
const fontCache = new WeakMap<Map<number, PdfObject>, Map<number, Font>>();

function font(objects: Map<number, PdfObject>, ref: number): Font {
  const cache = fontCache.get(objects) ?? new Map<number, Font>();
  fontCache.set(objects, cache);
  if (cache.has(ref)) return cache.get(ref)!;
  const dict = objects.get(ref)!.dict;
  const toUnicode = refsOf(entry(dict, 'ToUnicode'))[0];
  if (toUnicode === undefined) throw new Error(`PDF: font ${ref} has no ToUnicode map`);
  const cmap = content(objects, toUnicode).toString('latin1');
  const map = new Map<number, string>();
  const hex = (h: string) => parseInt(h, 16);
  const utf16 = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(hex(m[1]!), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const [lo, hi] = [hex(m[1]!), hex(m[2]!)];
      const targets = m[3]!.startsWith('[') ? [...m[3]!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => utf16(t[1]!)) : null;
      const first = targets ? 0 : hex(m[3]!.slice(1, -1));
      for (let c = lo; c <= hi; c++) map.set(c, targets ? targets[c - lo] ?? '' : String.fromCodePoint(first + c - lo));
    }
  }
  const result: Font = { bytes: /\/Subtype\s*\/Type0\b/.test(dict) ? 2 : 1, map };
  cache.set(ref, result);
  return result;
}

function decode(f: Font, bytes: Buffer): string {
  let out = '';
  for (let i = 0; i + f.bytes <= bytes.length; i += f.bytes) out += f.map.get(f.bytes === 2 ? bytes.readUInt16BE(i) : bytes[i]!) ?? '';
  return out;
}

/** Tokens of a content stream: numbers, names, strings (as bytes), arrays and operators. */
function tokens(src: Buffer): Token[] {
  const s = src.toString('latin1');
  const out: Token[] = [];
  const stack: Token[][] = [out];
  let i = 0;
  const push = (t: Token) => stack[stack.length - 1]!.push(t);
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) { i += 1; continue; }
    if (c === '%') { i = s.indexOf('\n', i) < 0 ? s.length : s.indexOf('\n', i); continue; }
    if (c === '[') { const a: Token[] = []; push(a); stack.push(a); i += 1; continue; }
    if (c === ']') { stack.pop(); i += 1; continue; }
    if (c === '<' && s[i + 1] === '<') { const end = s.indexOf('>>', i); i = end + 2; continue; }
    if (c === '<') {
      const end = s.indexOf('>', i);
      const h = s.slice(i + 1, end).replace(/\s/g, '');
      push({ bytes: Buffer.from(h.length % 2 ? `${h}0` : h, 'hex') });
      i = end + 1;
      continue;
    }
    if (c === '(') {
      const bytes: number[] = [];
      let depth = 1;
      i += 1;
      while (i < s.length && depth > 0) {
        const d = s[i]!;
        if (d === '\\') {
          const e = s[i + 1]!;
          const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
          if (/[0-7]/.test(e)) {
            const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1))![0];
            bytes.push(parseInt(oct, 8));
            i += 1 + oct.length;
          } else {
            if (e !== '\n') bytes.push(esc[e] ?? e.charCodeAt(0));
            i += 2;
          }
          continue;
        }
        if (d === '(') depth += 1;
        if (d === ')') depth -= 1;
        if (depth > 0) bytes.push(d.charCodeAt(0));
        i += 1;
      }
      push({ bytes: Buffer.from(bytes) });
      continue;
    }
    if (c === '/') {
      const m = /^\/[^\s/[\]()<>{}%]*/.exec(s.slice(i))![0];
      push({ name: m.slice(1) });
      i += m.length;
      continue;
    }
    const m = /^[^\s/[\]()<>{}%]+/.exec(s.slice(i))![0];
    push(/^[+-]?(\d+\.?\d*|\.\d+)$/.test(m) ? Number(m) : { op: m });
    i += m.length;
  }
  return out;
}

/** Runs of text drawn by a content stream (and the forms it draws), in page space. */
function drawContent(objects: Map<number, PdfObject>, src: Buffer, resources: string, ctm0: Matrix, runs: Array<{ x: number; y: number; text: string }>): void {
  const fonts = deref(objects, entry(resources, 'Font')) ?? '';
  const forms = deref(objects, entry(resources, 'XObject')) ?? '';
  let ctm = ctm0;
  const saved: Matrix[] = [];
  let [tm, tlm]: [Matrix, Matrix] = [IDENTITY, IDENTITY];
  let current: Font | null = null;
  let size = 1;
  let leading = 0;
  const operands: Token[] = [];
  const num = (k: number) => operands[operands.length - k] as number;
  const show = (bytes: Buffer) => {
    if (!current) return;
    const m = multiply(multiply([size, 0, 0, size, 0, 0], tm), ctm);
    runs.push({ x: m[4], y: m[5], text: decode(current, bytes) });
  };
  for (const t of tokens(src)) {
    if (typeof t !== 'object' || Array.isArray(t) || !('op' in t)) { operands.push(t); continue; }
    switch (t.op) {
      case 'q': saved.push(ctm); break;
      case 'Q': ctm = saved.pop() ?? IDENTITY; break;
      case 'cm': ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm); break;
      case 'BT': tm = tlm = IDENTITY; break;
      case 'Tf': {
        const name = (operands[operands.length - 2] as { name: string }).name;
        current = font(objects, refsOf(entry(fonts, name))[0]!);
        size = num(1);
        break;
      }
      case 'TL': leading = num(1); break;
      case 'Tm': tm = tlm = [num(6), num(5), num(4), num(3), num(2), num(1)]; break;
      case 'Td': tm = tlm = multiply([1, 0, 0, 1, num(2), num(1)], tlm); break;
      case 'TD': leading = -num(1); tm = tlm = multiply([1, 0, 0, 1, num(2), num(1)], tlm); break;
      case 'T*': tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm); break;
      case 'Tj': show((operands[operands.length - 1] as { bytes: Buffer }).bytes); break;
      case 'TJ':
        for (const part of operands[operands.length - 1] as Token[]) if (typeof part === 'object' && 'bytes' in part) show(part.bytes);
        break;
      case 'Do': {
        const ref = refsOf(entry(forms, (operands[operands.length - 1] as { name: string }).name))[0];
        const form = ref === undefined ? undefined : objects.get(ref);
        if (form?.stream && /\/Subtype\s*\/Form\b/.test(form.dict)) {
          const matrix = entry(form.dict, 'Matrix');
          const m = matrix ? (matrix.slice(1, -1).trim().split(/\s+/).map(Number) as Matrix) : IDENTITY;
          drawContent(objects, form.stream, resolveDict(objects, form, 'Resources') || resources, multiply(m, ctm), runs);
        }
        break;
      }
      default: break;
    }
    operands.length = 0;
  }
}

/** Runs on one baseline (within half a point) joined left to right; lines from the top of the page down. */
function joinLines(runs: Array<{ x: number; y: number; text: string }>): Array<{ y: number; text: string }> {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; parts: Array<{ x: number; text: string }> }> = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < 0.5);
    if (line) line.parts.push(r);
    else lines.push({ y: r.y, parts: [r] });
  }
  return lines.map((l) => ({ y: l.y, text: l.parts.sort((a, b) => a.x - b.x).map((p) => p.text).join('').normalize('NFC') }));
}
