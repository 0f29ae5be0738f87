/**
 * Rebuild a table that a PDF-to-text conversion flattened into lines.
 *
 * In such a table each row starts with its number (`1.  (1) Triển khai …`);
 * the task cell is wrapped at a column width, and the narrow office cells
 * (lead, co-operating) appear as a run of short lines somewhere inside the
 * row — where the page layout put them — after which the task text may go
 * on, often after a page break. The rules, in order:
 * - a short line (≤ 32 characters) that starts like an office reference
 *   (`Phòng`, `Văn phòng`, `Trung tâm`, `Các phòng`, `Các đơn vị`, `- `)
 *   opens the office block of the row;
 * - the block goes on while lines stay short and are not task items `(n)`;
 *   it ends at a page break, an indented line (page-break debris), a long
 *   line, or the next row;
 * - inside the block, a new cell starts at a line beginning with a capital or
 *   `- ` unless the previous line leaves a name unfinished (`Văn` / `Phòng Sở`,
 *   `Phòng` / `QLKH&ĐMST`); the first cell is the lead office, the rest
 *   co-operate.
 */
import type { Diagnostic } from '../model';
import type { SourceLine } from './normalize';
import { ENDS_SENTENCE } from './markers';
import { joinWrapped } from './reflow';

export interface ParsedRow {
  number: string;
  num: string;
  task: string[];
  lead: string;
  support: string;
  lines: [number, number];
  /** Source line numbers of task lines and their offsets in `task.join('\n')`. */
  spans: Array<{ line: number; offset: number }>;
}

export interface ParsedTable {
  header: string;
  columns: string[];
  rows: ParsedRow[];
  lines: [number, number];
  diagnostics: Diagnostic[];
}

const KNOWN_COLUMNS = [
  'Phòng/Đơn vị chủ trì', 'Phòng/Đơn vị phối hợp', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
  'Nội dung công việc', 'Thời gian hoàn thành', 'Thời gian thực hiện', 'Sản phẩm',
  'Nhiệm vụ', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Ghi chú', 'STT', 'TT',
];

/** A line that begins the table: its header row. */
export const TABLE_HEADER = /^(S?TT)\s+(Nhiệm vụ|Nội dung)/u;

const ROW_START = /^(\d{1,3})\.(?:\s+(.*))?$/u;
const OFFICE_START = /^(?:-\s|Phòng(?![\p{L}])|Văn [Pp]hòng(?![\p{L}])|Trung tâm(?![\p{L}])|Các phòng(?![\p{L}])|Các đơn vị(?![\p{L}])|Chi cục(?![\p{L}])|Thanh tra(?![\p{L}]))/u;
const SHORT = 32;

/** Split a header row into known column names (longest match first). */
export function splitColumns(header: string): string[] {
  const columns: string[] = [];
  let rest = header.replace(/\s+/g, ' ').trim();
  while (rest) {
    const hit = KNOWN_COLUMNS.find((c) => rest.startsWith(c));
    if (!hit) return [...columns, rest];
    columns.push(hit);
    rest = rest.slice(hit.length).trim();
  }
  return columns;
}

/** Does the line `next` start a new office cell after `prev`? */
function startsCell(prev: string, next: string): boolean {
  if (/^-\s/u.test(next)) return true;
  if (!/^\p{Lu}/u.test(next)) return false;
  // An unfinished name: "Văn" / "Phòng Sở", "Phòng" / "QLKH&ĐMST", "Trung tâm" / "CĐS&ĐMST".
  if (/(?:^|\s)(?:Văn|Phòng|Trung tâm|Chi cục|Các Phòng:?)$/u.test(prev)) return false;
  if (/^[\p{Lu}&\d]+[;,.]?$/u.test(next) && /(?:Phòng|tâm)$/u.test(prev)) return false;
  return true;
}

/** Parse table lines (header row first). Pure. */
export function parseFlattenedTable(lines: SourceLine[], pageBreaks: ReadonlySet<number>): ParsedTable {
  const diagnostics: Diagnostic[] = [];
  const nonBlank = lines.filter((l) => l.text);
  const first = nonBlank[0]?.n ?? 0;
  const last = nonBlank[nonBlank.length - 1]?.n ?? first;
  const headerLines: string[] = [];
  const rows: ParsedRow[] = [];
  let row: (ParsedRow & { cells: string[][]; inBlock: boolean; blockDone: boolean; lastTask: string; taskText: string }) | null = null;

  const finishRow = () => {
    if (!row) return;
    const cells = row.cells.map((c) => c.reduce((acc, l) => (acc ? joinWrapped(acc, l) : l), ''));
    row.lead = cells[0] ?? '';
    row.support = cells.slice(1).join(' ');
    row.task = row.taskText ? row.taskText.split('\n') : [];
    if (!row.lead) {
      diagnostics.push({ severity: 'warning', code: 'table-no-lead', line: row.lines[0], message: `Dòng ${row.num} của bảng: không tìm thấy ô phòng/đơn vị chủ trì` });
    }
    const { cells: _c, inBlock: _i, blockDone: _b, lastTask: _l, taskText: _t, ...plain } = row;
    rows.push(plain);
    row = null;
  };

  for (const line of lines) {
    const text = line.text;
    if (pageBreaks.has(line.n) && row) row.inBlock = false;
    if (!text) continue;
    const start = text.match(ROW_START);
    if (start && (!row || Number(start[1]) === Number(row.num) + 1 || rows.length === 0)) {
      finishRow();
      row = {
        number: `${start[1]}.`, num: start[1]!, task: [], lead: '', support: '',
        lines: [line.n, line.n], spans: [], cells: [], inBlock: false, blockDone: false, lastTask: '', taskText: '',
      };
      if (start[2]) addTask(row, start[2], line.n);
      continue;
    }
    if (!row) {
      headerLines.push(text);
      continue;
    }
    row.lines[1] = line.n;
    const short = [...text].length <= SHORT && !/^\(\d+\)/u.test(text);
    if (row.inBlock && short && !line.indented) {
      const cell = row.cells[row.cells.length - 1]!;
      if (startsCell(cell[cell.length - 1]!, text) && row.cells.length < 2) row.cells.push([text]);
      else cell.push(text);
      continue;
    }
    row.inBlock = false;
    if (!row.blockDone && short && OFFICE_START.test(text) && !line.indented) {
      row.inBlock = true;
      row.blockDone = true;
      row.cells.push([text]);
      continue;
    }
    addTask(row, text, line.n);
  }
  finishRow();

  function addTask(r: NonNullable<typeof row>, text: string, n: number) {
    const newParagraph = /^\(\d+\)/u.test(text) || (ENDS_SENTENCE.test(r.lastTask) && /^\p{Lu}/u.test(text));
    const joined = !r.taskText ? text : newParagraph ? `${r.taskText}\n${text}` : joinWrapped(r.taskText, text);
    r.spans.push({ line: n, offset: joined.length - text.length });
    r.taskText = joined;
    r.lastTask = text;
  }

  const header = headerLines.join(' ');
  return { header, columns: splitColumns(header), rows, lines: [first, last], diagnostics };
}
