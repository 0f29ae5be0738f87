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

/** Segment lines into blocks. Pure. */
export function segment(input: SourceLine[]): Segmented {
  const removed: RemovedArtifact[] = [];
  const diagnostics: Diagnostic[] = [];
  const pageBreaks = new Set<number>();
  let pipeWarned = false;

  const lines = input.map((line): SourceLine => {
    if (PAGE_NUMBER.test(line.text)) {
      removed.push({ line: line.n, text: line.text, reason: 'Số trang lọt vào nội dung khi chuyển đổi từ bản in' });
      pageBreaks.add(line.n);
      return { ...line, text: '' };
    }
    if (PIPE_ROW.test(line.text)) {
      if (!pipeWarned) {
        diagnostics.push({ severity: 'warning', code: 'markdown-table', line: line.n, message: 'Bảng kẻ bằng dấu "|" (markdown): giữ nội dung các ô, bỏ dấu kẻ' });
        pipeWarned = true;
      }
      if (PIPE_SEPARATOR.test(line.text)) {
        removed.push({ line: line.n, text: line.text, reason: 'Dòng kẻ bảng markdown' });
        return { ...line, text: '' };
      }
      const pipes = line.text.match(/\|/g)!.join('');
      removed.push({ line: line.n, text: pipes, reason: 'Dấu kẻ cột bảng markdown' });
      return { ...line, text: line.text.split('|').map((c) => c.trim()).filter(Boolean).join(' ') };
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
