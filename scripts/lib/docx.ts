/**
 * Reading a .docx for `npm run add`: the text of each paragraph through
 * mammoth (runs, tabs, breaks, tables, tracked deletions), and Word's
 * automatic list numbering recovered as the numbers a reader sees ("Điều
 * 3.", "2.", "a)"), computed from the document's numbering definitions —
 * which mammoth reads but does not expose. What cannot be recovered
 * faithfully is refused with the reason; nothing is guessed.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';

export type DocxResult = { text: string; numbered: number } | { refusal: string };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: 'tab' | 'space' | 'nothing';
  legal: boolean;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstract: string; starts: Map<number, number>; levels: Map<number, Level> }>;
}

/** The paragraphs of a .docx as text lines, numbering included, or the reason it cannot be read faithfully. */
export async function readDocx(bytes: Buffer): Promise<DocxResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { refusal: 'tệp .docx hỏng hoặc không phải tệp Word (.docx là tệp nén ZIP)' };
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) return { refusal: 'tệp .docx không có phần nội dung (word/document.xml)' };
  const xml = (s: string) => new DOMParser().parseFromString(s, 'text/xml');
  const numbering = readNumbering(xml((await zip.file('word/numbering.xml')?.async('string')) ?? '<w:numbering xmlns:w="' + W + '"/>'));
  const styleNumPr = readStyleNumbering(xml((await zip.file('word/styles.xml')?.async('string')) ?? '<w:styles xmlns:w="' + W + '"/>'));
  const wordParagraphs = Array.from(xml(documentXml).getElementsByTagNameNS(W, 'p'));

  const texts: string[] = [];
  await mammoth.convertToHtml({ buffer: bytes }, {
    transformDocument: (document: MammothElement) => {
      collectParagraphs(document, texts);
      return document;
    },
  } as Parameters<typeof mammoth.convertToHtml>[1]);
  if (texts.length !== wordParagraphs.length) {
    return { refusal: `không ghép được ${wordParagraphs.length} đoạn của Word với ${texts.length} đoạn đọc được (thường do thay đổi đang được theo dõi — Track Changes): hãy chấp nhận hoặc từ chối mọi thay đổi, lưu lại rồi thử lại` };
  }

  const counters = new Map<string, number[]>();
  const usedNums = new Set<string>();
  const lines: string[] = [];
  let numbered = 0;
  for (let i = 0; i < texts.length; i++) {
    const ref = paragraphNumbering(wordParagraphs[i]!, styleNumPr);
    if (!ref) {
      lines.push(texts[i]!);
      continue;
    }
    const label = numberLabel(ref, numbering, counters, usedNums);
    if ('refusal' in label) return { refusal: `đoạn ${i + 1} ("${texts[i]!.slice(0, 60)}"): ${label.refusal}` };
    numbered++;
    lines.push(label.text === '' ? texts[i]! : `${label.text}${label.suffix === 'nothing' ? '' : ' '}${texts[i]}`);
  }
  return { text: lines.join('\n'), numbered };
}

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

/** Paragraph texts in document order (table cells included), as mammoth reads them. */
function collectParagraphs(element: MammothElement, out: string[]): void {
  if (element.type === 'paragraph') {
    out.push(textOf(element));
    return;
  }
  for (const c of element.children ?? []) collectParagraphs(c, out);
}

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(textOf).join('');
}

const attr = (e: Element | undefined | null, name: string) => e?.getAttributeNS(W, name) || e?.getAttribute(`w:${name}`) || null;
const child = (e: Element | undefined | null, name: string) => (e ? (Array.from(e.childNodes).find((n) => (n as Element).localName === name && (n as Element).namespaceURI === W) as Element | undefined) : undefined);

function readLevel(lvl: Element): Level {
  const suffix = attr(child(lvl, 'suff'), 'val');
  return {
    start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: child(lvl, 'isLgl') !== undefined,
  };
}

function readNumbering(doc: Document): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of Array.from(doc.getElementsByTagNameNS(W, 'abstractNum'))) {
    const levels = new Map<number, Level>();
    for (const lvl of Array.from(a.getElementsByTagNameNS(W, 'lvl'))) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl));
    abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  const nums: Numbering['nums'] = new Map();
  for (const n of Array.from(doc.getElementsByTagNameNS(W, 'num'))) {
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const o of Array.from(n.getElementsByTagNameNS(W, 'lvlOverride'))) {
      const ilvl = Number(attr(o, 'ilvl') ?? 0);
      const start = attr(child(o, 'startOverride'), 'val');
      if (start !== null) starts.set(ilvl, Number(start));
      const lvl = child(o, 'lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    nums.set(attr(n, 'numId') ?? '', { abstract: attr(child(n, 'abstractNumId'), 'val') ?? '', starts, levels });
  }
  return { abstracts, nums };
}

/** Numbering given by paragraph styles (a "Điều" heading style numbered by Word), following `basedOn`. */
function readStyleNumbering(doc: Document): Map<string, { numId: string; ilvl: number }> {
  const raw = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  for (const s of Array.from(doc.getElementsByTagNameNS(W, 'style'))) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    raw.set(attr(s, 'styleId') ?? '', { numId: attr(child(numPr, 'numId'), 'val'), ilvl: numPr ? Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) : null, basedOn: attr(child(s, 'basedOn'), 'val') });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of raw.keys()) {
    let s = raw.get(id);
    for (let hops = 0; s && !s.numId && s.basedOn && hops < 20; hops++) s = raw.get(s.basedOn);
    if (s?.numId) out.set(id, { numId: s.numId, ilvl: s.ilvl ?? 0 });
  }
  return out;
}

function paragraphNumbering(p: Element, styles: Map<string, { numId: string; ilvl: number }>): { numId: string; ilvl: number } | null {
  const pPr = child(p, 'pPr');
  const numPr = child(pPr, 'numPr');
  const style = styles.get(attr(child(pPr, 'pStyle'), 'val') ?? '');
  const numId = attr(child(numPr, 'numId'), 'val') ?? style?.numId ?? null;
  if (!numId || numId === '0') return null;
  const ilvl = numPr && child(numPr, 'ilvl') ? Number(attr(child(numPr, 'ilvl'), 'val')) : style?.ilvl ?? 0;
  return { numId, ilvl };
}

/**
 * The label Word shows for the next paragraph of list `numId` at `ilvl`.
 * Counters belong to the abstract list (lists that share one continue each
 * other), restart where a list instance overrides its start, and reset the
 * deeper levels.
 */
function numberLabel(ref: { numId: string; ilvl: number }, numbering: Numbering, counters: Map<string, number[]>, usedNums: Set<string>): { text: string; suffix: Level['suffix'] } | { refusal: string } {
  const num = numbering.nums.get(ref.numId);
  const abstract = num ? numbering.abstracts.get(num.abstract) : undefined;
  if (!num || !abstract) return { refusal: `đánh số tự động trỏ tới danh sách ${ref.numId} không có trong tệp` };
  const levelOf = (l: number) => num.levels.get(l) ?? abstract.get(l);
  const level = levelOf(ref.ilvl);
  if (!level) return { refusal: `danh sách ${ref.numId} không định nghĩa cấp ${ref.ilvl + 1}` };
  const counts = counters.get(num.abstract) ?? [];
  counters.set(num.abstract, counts);
  if (!usedNums.has(ref.numId)) {
    usedNums.add(ref.numId);
    for (const [l, start] of num.starts) counts[l] = start - 1;
  }
  counts[ref.ilvl] = (counts[ref.ilvl] ?? level.start - 1) + 1;
  counts.length = ref.ilvl + 1;
  if (level.format === 'bullet') return { text: bulletOf(level.text), suffix: level.suffix };
  let failed: string | null = null;
  const text = level.text.replace(/%(\d)/g, (_, k: string) => {
    const l = Number(k) - 1;
    const def = levelOf(l);
    const value = counts[l] ?? def?.start ?? 1;
    const formatted = formatNumber(value, level.legal && l < ref.ilvl ? 'decimal' : def?.format ?? 'decimal');
    if (formatted === null) failed = def?.format ?? '?';
    return formatted ?? '';
  });
  if (failed) return { refusal: `kiểu đánh số tự động "${failed}" chưa đọc được; hãy lưu văn bản thành .txt (Word: Lưu thành › Văn bản thuần, số tự động thành chữ) rồi thêm tệp .txt` };
  return { text, suffix: level.suffix };
}

/** A bullet as a reader sees it: symbol-font bullets (private-use characters) are shown as "•". */
function bulletOf(text: string): string {
  if (text === '') return '';
  return /^[\ue000-\uf8ff]$/u.test(text) ? '•' : text;
}

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** Word's number formats that legal texts use; null for one this reader does not know. */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'decimal': return String(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': case 'upperLetter': {
      // Word: a … z, then aa … zz, bbb …
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman': case 'upperRoman': {
      let rest = n;
      let out = '';
      for (const [v, s] of ROMAN) while (rest >= v) { out += s; rest -= v; }
      return format === 'lowerRoman' ? out.toLowerCase() : out;
    }
    case 'none': return '';
    default: return null;
  }
}
