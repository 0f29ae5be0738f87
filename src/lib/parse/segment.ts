/**
 * Stage 2b: cut the normalised lines into a stream of blocks — paragraphs
 * and rebuilt tables — and take out page numbers and markdown table pipes.
 */
import type { Diagnostic, RemovedArtifact } from '../model';
import type { SourceLine } from './normalize';
import { estimateWrapWidth, reflow, type Paragraph } from './reflow';
import { parseFlattenedTable, TABLE_HEADER, type ParsedTable } from './table';

export type Block =
  | ({ type: 'paragraph' } & Paragraph)
  | { type: 'table'; table: ParsedTable };

export interface Segmented {
  blocks: Block[];
  removed: RemovedArtifact[];
  diagnostics: Diagnostic[];
  width: number;
}

const PAGE_NUMBER = /^\d{1,3}$/;
const PIPE_ROW = /^\|.*\|$/;
const PIPE_SEPARATOR = /^\|[\s:|-]*-[\s:|-]*\|$/;
const LEGEND = /^Chú thích\s*:?$/u;
/** A cell of a document's header table: the motto, "Số: …", "Hà Tĩnh, ngày …", an agency in capitals. */
const HEADER_CELL = /^(?:CỘNG HÒA|CỘNG HOÀ|Số\s*:)|, ngày(?![\p{L}])|^[\p{Lu}\s,&.–-]{6,}$/u;

/** Blank lines on each side that make a page break, as a PDF conversion leaves them. */
const PAGE_BREAK_BLANKS = 2;
/** A number within this many lines of the next or previous one in sequence is a table's step column. */
const STEP_DISTANCE = 12;

/**
 * Indices of page numbers: digits alone on a line between page-like breaks
 * (at least two blank lines, or the file's edge, on each side). Never inside
 * a table: a number with its predecessor or successor a few lines away is a
 * step column ("1" / "Tiếp nhận hồ sơ" / "2" / …), and is text.
 */
export function findPageNumbers(lines: SourceLine[]): Set<number> {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) if (PAGE_NUMBER.test(lines[i]!.text)) candidates.push(i);
  const blanks = (i: number, step: 1 | -1) => {
    let k = 0;
    for (let j = i + step; j >= 0 && j < lines.length && lines[j]!.text === ''; j += step) k++;
    const edge = i + step * (k + 1) < 0 || i + step * (k + 1) >= lines.length;
    return edge ? Infinity : k;
  };
  const inSequence = (at: number, other: number | undefined) =>
    other !== undefined && Math.abs(other - at) <= STEP_DISTANCE && Math.abs(Number(lines[other]!.text) - Number(lines[at]!.text)) === 1;
  const pages = new Set<number>();
  candidates.forEach((i, k) => {
    if (blanks(i, -1) < PAGE_BREAK_BLANKS || blanks(i, 1) < PAGE_BREAK_BLANKS) return;
    if (inSequence(i, candidates[k - 1]) || inSequence(i, candidates[k + 1])) return;
    pages.add(i);
  });
  return pages;
}

/** The longest a markdown table row with line breaks in its cells may run, in lines. */
const MULTI_LINE_ROW_SPAN = 40;

/**
 * Indices of the lines of markdown table rows whose cells hold line breaks,
 * as a legal website's header table pastes: "| ỦY BAN NHÂN DÂN" /
 * "TỈNH HÀ TĨNH" / "------- | CỘNG HÒA …" / "--------------- |". A row opens
 * on a line starting with "|" that does not close it, and closes on the next
 * line ending with "|" within a few dozen lines; without a closing line it
 * is no row, and its pipes stay text.
 */
function findMultiLineRows(lines: SourceLine[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text.startsWith('|') || PIPE_ROW.test(text)) continue;
    let end = -1;
    for (let j = i + 1; j < lines.length && j - i < MULTI_LINE_ROW_SPAN; j++) {
      if (lines[j]!.text.endsWith('|')) { end = j; break; }
    }
    if (end < 0) continue;
    for (let k = i; k <= end; k++) rows.add(k);
    i = end;
  }
  return rows;
}

/** Segment lines into blocks. Pure. */
export function segment(input: SourceLine[]): Segmented {
  const removed: RemovedArtifact[] = [];
  const diagnostics: Diagnostic[] = [];
  const pageBreaks = new Set<number>();
  const pageNumbers = findPageNumbers(input);
  let pipeWarned = false;

  const multiLineRows = findMultiLineRows(input);
  const warnPipes = (n: number) => {
    if (pipeWarned) return;
    diagnostics.push({ severity: 'warning', code: 'markdown-table', line: n, message: 'Bảng kẻ bằng dấu "|" (markdown): giữ nội dung các ô, bỏ dấu kẻ' });
    pipeWarned = true;
  };
  const takePipes = (line: SourceLine) => {
    removed.push({ line: line.n, text: line.text.match(/\|/g)!.join(''), reason: 'Dấu kẻ cột bảng markdown' });
    return line.text.split('|').map((c) => c.trim()).filter(Boolean);
  };

  const lines = input.flatMap((line, index): SourceLine | SourceLine[] => {
    if (pageNumbers.has(index)) {
      removed.push({ line: line.n, text: line.text, reason: 'Số trang lọt vào nội dung khi chuyển đổi từ bản in' });
      pageBreaks.add(line.n);
      return { ...line, text: '' };
    }
    if (multiLineRows.has(index)) {
      warnPipes(line.n);
      if (!line.text.includes('|')) return line;
      // A pipe inside a row whose cells run over several lines ends one cell and begins the next: each piece is its own line.
      return takePipes(line).map((text) => ({ ...line, text }));
    }
    if (PIPE_ROW.test(line.text)) {
      warnPipes(line.n);
      if (PIPE_SEPARATOR.test(line.text)) {
        removed.push({ line: line.n, text: line.text, reason: 'Dòng kẻ bảng markdown' });
        return { ...line, text: '' };
      }
      const cells = takePipes(line);
      // The two-column header of a decision (agency | motto, number | place and date) reads one cell per line.
      return cells.some((c) => HEADER_CELL.test(c)) ? cells.map((text) => ({ ...line, text })) : { ...line, text: cells.join(' ') };
    }
    return line;
  });

  const width = estimateWrapWidth(lines);
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_HEADER.test(lines[i]!.text)) continue;
    let end = i + 1;
    while (end < lines.length && !LEGEND.test(lines[end]!.text) && !/^(PHỤ LỤC|Điều \d)/u.test(lines[end]!.text)) end++;
    for (const p of reflow(lines.slice(start, i), width)) blocks.push({ type: 'paragraph', ...p });
    const table = parseFlattenedTable(lines.slice(i, end), pageBreaks);
    diagnostics.push(...table.diagnostics);
    blocks.push({ type: 'table', table });
    start = end;
    i = end - 1;
  }
  for (const p of reflow(lines.slice(start), width)) blocks.push({ type: 'paragraph', ...p });
  return { blocks, removed, diagnostics, width };
}
