/**
 * The review spreadsheet as an .xlsx file (exceljs): writing the three sheets
 * of src/lib/align/review-sheet.ts for a legal officer, and reading their
 * answers back. Layout: a frozen header row with filters, long texts wrapped,
 * columns sized to read, the editable columns shaded and typed as text, drop-
 * downs for the decision and the coverage, A4 landscape printing with the
 * header on every page, and a hidden first column holding each row's key.
 * Every text cell is a string cell, so nothing the corpus says is ever run
 * as a formula; the editable columns are formatted as text, so what the
 * reviewer types there is not either.
 */
import ExcelJS from 'exceljs';
import {
  COVERAGES, DECISIONS, SHEET_NAMES, type ReviewSheet, type SheetAnswer, type SheetName, type SheetProblem,
} from '../../src/lib/align/review-sheet';
import { looksLikeFormula } from '../../src/lib/spreadsheet-text';

/** The header of the hidden key column names the document, so a workbook imports into the right file. */
const KEY_HEADER = 'khcn-doi-chieu';
const keyHeader = (s: ReviewSheet) => `${KEY_HEADER}|${s.document}|${s.model}`;

interface Column {
  header: string;
  width: number;
  /** The reviewer fills it in. */
  editable?: boolean;
  /** Allowed values (a drop-down). */
  list?: string[];
  /** Shown in the header cell's comment. */
  hint?: string;
}

const KEY: Column = { header: 'Khóa', width: 12 };
const EDITABLE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4C2' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E8EF' } } as const;

const DECISION: Column = { header: 'Quyết định', width: 14, editable: true, list: Object.values(DECISIONS), hint: `${DECISIONS.accept}: mục này đảm nhận điểm của mô hình; ${DECISIONS.reject}: không; ${DECISIONS.unseen}: giữ nguyên.` };
const COVERAGE: Column = { header: 'Phạm vi', width: 12, editable: true, list: Object.values(COVERAGES), hint: `${COVERAGES.full}: mục mang trọn nhiệm vụ của điểm; ${COVERAGES.partial}: chỉ một vế, hoặc chỉ trong lĩnh vực của phòng. Bắt buộc khi đồng ý hoặc thêm liên kết.` };
const NEW_NOTE: Column = { header: 'Ghi chú mới', width: 26, editable: true, hint: 'Lý do quyết định (thay ghi chú hiện có nếu điền).' };

const LINK_COLUMNS: Column[] = [
  KEY, { header: 'STT', width: 5 }, { header: 'Điểm của mô hình', width: 15 }, { header: 'Nội dung điểm của mô hình', width: 44 },
  { header: 'Mục của văn bản', width: 15 }, { header: 'Phòng, đơn vị', width: 16 }, { header: 'Nội dung mục', width: 44 },
  { header: 'Độ tương đồng', width: 9 }, { header: 'Lý do đề xuất', width: 22 }, { header: 'Trạng thái', width: 14 },
  { header: 'Người rà soát, ngày', width: 16 }, { header: 'Ghi chú rà soát hiện có', width: 26 }, DECISION, COVERAGE, NEW_NOTE,
];
const UNASSIGNED_COLUMNS: Column[] = [
  KEY, { header: 'STT', width: 5 }, { header: 'Điểm của mô hình', width: 15 }, { header: 'Nội dung điểm của mô hình', width: 60 },
  { header: 'Ghi chú rà soát hiện có', width: 34 },
  { header: 'Mục của văn bản đảm nhận', width: 30, editable: true, hint: 'Số hiệu mục như trong văn bản, kèm tên phòng nếu số hiệu lặp ở nhiều phòng (vd. mục 2.1.1 Phòng Quản lý chuyên ngành); nhiều mục cách nhau bằng dấu chấm phẩy. Để trống nếu đúng là không phòng nào đảm nhận.' },
  COVERAGE, NEW_NOTE,
];
const OWN_COLUMNS: Column[] = [
  KEY, { header: 'STT', width: 5 }, { header: 'Mục của văn bản', width: 15 }, { header: 'Phòng, đơn vị', width: 18 },
  { header: 'Nội dung mục', width: 60 },
  { header: 'Điểm của mô hình tương ứng', width: 26, editable: true, hint: 'Vd. điểm đ khoản 13, khoản 29, hoặc 13/đ; nhiều điểm cách nhau bằng dấu chấm phẩy. Để trống nếu đúng là nhiệm vụ riêng của tỉnh.' },
  COVERAGE, NEW_NOTE,
];

/** A cell's value: a string (never a formula), a number, or empty. */
type Value = string | number | null;

function addSheet(wb: ExcelJS.Workbook, name: SheetName, title: string, columns: Column[], keyHeaderText: string, rows: Value[][]): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  // "&" starts a header/footer code: a title with "KH&CN" is written "KH&&CN".
  ws.headerFooter.oddFooter = `&L${title.replace(/&/g, '&&')} — ${name}&RTrang &P/&N`;
  ws.columns = columns.map((c, i) => ({ header: i === 0 ? keyHeaderText : c.header, width: c.width }));
  ws.getColumn(1).hidden = true;
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    if (c.hint) cell.note = c.hint;
  });
  for (const values of rows) {
    const row = ws.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.editable) {
        cell.fill = EDITABLE_FILL;
        cell.numFmt = '@';
      } else if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) {
        cell.numFmt = '@';
      }
      if (c.list) {
        cell.dataValidation = {
          type: 'list', allowBlank: true, formulae: [`"${c.list.join(',')}"`],
          showErrorMessage: true, errorStyle: 'error', errorTitle: c.header, error: `Chọn một trong: ${c.list.join(', ')}`,
        };
      }
    });
  }
  ws.autoFilter = { from: { row: 1, column: 2 }, to: { row: 1, column: columns.length } };
}

/** Write the review workbook for one document. */
export async function writeReviewWorkbook(sheet: ReviewSheet, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'npm run align -- --sheet';
  wb.title = `Đối chiếu ${sheet.title} với mô hình`;
  wb.subject = sheet.document;
  const head = keyHeader(sheet);
  addSheet(wb, SHEET_NAMES.links, sheet.title, LINK_COLUMNS, head, sheet.links.map((r, i) => [
    r.key, i + 1, r.model.label, r.model.text, r.item.label.replace(r.office ? ` (${r.office})` : '', ''), r.office, r.item.text,
    r.score, r.reasons.join('\n'), r.status, r.reviewed, r.note, r.decision, r.coverage, '',
  ]));
  addSheet(wb, SHEET_NAMES.unassigned, sheet.title, UNASSIGNED_COLUMNS, head, sheet.unassigned.map((r, i) => [
    r.key, i + 1, r.model.label, r.model.text, r.note, '', '', '',
  ]));
  addSheet(wb, SHEET_NAMES.own, sheet.title, OWN_COLUMNS, head, sheet.own.map((r, i) => [
    r.key, i + 1, r.item.label.replace(r.office ? ` (${r.office})` : '', ''), r.office, r.item.text, '', '', '',
  ]));
  await wb.xlsx.writeFile(path);
}

/** A cell's text as the reviewer sees it; a formula they typed is kept as typed ("=…"). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('text' in value) return String(value.text);
  if ('result' in value && value.result !== undefined) return String(value.result);
  return '';
}

export interface ReadWorkbook {
  document: string | null;
  model: string | null;
  answers: SheetAnswer[];
  problems: SheetProblem[];
}

const SHEET_COLUMNS: Record<SheetName, Column[]> = {
  [SHEET_NAMES.links]: LINK_COLUMNS, [SHEET_NAMES.unassigned]: UNASSIGNED_COLUMNS, [SHEET_NAMES.own]: OWN_COLUMNS,
};
const CITATION_HEADER: Record<SheetName, string | null> = {
  [SHEET_NAMES.links]: null, [SHEET_NAMES.unassigned]: UNASSIGNED_COLUMNS[5]!.header, [SHEET_NAMES.own]: OWN_COLUMNS[5]!.header,
};

/** Read the answers of a review workbook; columns are found by their header, so a reviewer may move them. */
export async function readReviewWorkbook(path: string): Promise<ReadWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: ReadWorkbook = { document: null, model: null, answers: [], problems: [] };
  for (const name of Object.values(SHEET_NAMES)) {
    const ws = wb.getWorksheet(name);
    if (!ws) { out.problems.push({ sheet: name, row: null, message: 'không có sheet này trong tệp (đổi tên hoặc xóa?)' }); continue; }
    const headers = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => headers.set(cellText(cell.value).trim(), col));
    const keyCol = [...headers.entries()].find(([h]) => h.startsWith(`${KEY_HEADER}|`));
    if (!keyCol) { out.problems.push({ sheet: name, row: 1, message: 'không thấy cột khóa (cột A ẩn): tệp không do lệnh --sheet tạo, hoặc cột đã bị xóa' }); continue; }
    const [, document, model] = keyCol[0].split('|');
    if (out.document && (out.document !== document || out.model !== model)) out.problems.push({ sheet: name, row: 1, message: `sheet này thuộc văn bản ${document}, các sheet khác thuộc ${out.document}` });
    out.document ??= document ?? null;
    out.model ??= model ?? null;
    const col = (header: string) => headers.get(header) ?? null;
    const missing = SHEET_COLUMNS[name].filter((c) => c.editable && col(c.header) === null).map((c) => c.header);
    if (missing.length) { out.problems.push({ sheet: name, row: 1, message: `thiếu cột ${missing.map((m) => `«${m}»`).join(', ')}` }); continue; }
    const text = (row: ExcelJS.Row, header: string | null) => (header && col(header) ? cellText(row.getCell(col(header)!).value) : '');
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const key = cellText(row.getCell(keyCol[1]).value).trim();
      const answer = {
        sheet: name, row: n, key, decision: text(row, DECISION.header), coverage: text(row, COVERAGE.header),
        note: text(row, NEW_NOTE.header), citation: text(row, CITATION_HEADER[name]),
      };
      if (!key && !answer.decision.trim() && !answer.citation.trim() && !answer.note.trim()) return;
      out.answers.push(answer);
    });
  }
  return out;
}
