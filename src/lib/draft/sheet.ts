/**
 * The draft as a spreadsheet (.xlsx, exceljs — the library of the review
 * workbook; in the browser its own browser build): one row per model duty
 * (citation, the model's text, the offices of the draft, the proposal, its
 * reason and confidence, whether it is weaker and whether the user changed
 * it), then each office's load. Every text is a string cell, never a
 * formula; a text that starts like one ("=", "+", "-", "@") is also
 * formatted as text, so editing the cell in Excel keeps it text. Pure.
 */
import ExcelJS from 'exceljs';
import { looksLikeFormula } from '../spreadsheet-text';
import type { OfficeLoad } from './assignment';
import type { SheetRow } from './outline';

export const SHEET_NAMES = { duties: 'Phân công', loads: 'Khối lượng' } as const;
export const NOT_ASSIGNED = 'chưa giao';
const YES = 'có';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E8EF' } } as const;
const WEAK_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4C2' } } as const;

type Value = string | number;

/** The workbook of a draft: its rows and the offices' loads. */
export function draftWorkbook(rows: SheetRow[], loads: { loads: OfficeLoad[]; unassigned: number }, model: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dự thảo phân công — Nhiệm vụ Sở Khoa học và Công nghệ';
  wb.title = `Dự thảo phân công nhiệm vụ theo ${model}`;
  const duties = addSheet(wb, SHEET_NAMES.duties, [
    ['STT', 5], ['Nhiệm vụ (trích dẫn)', 24], [`Nội dung theo ${model}`, 60], ['Phòng được giao (bản dự thảo)', 24],
    ['Phòng đề xuất', 24], ['Lý do đề xuất', 40], ['Độ tin cậy', 9], ['Đề xuất yếu', 8], ['Đã sửa', 8],
  ], rows.map((r) => [
    r.n, r.citation, r.text, r.offices.join('\n') || NOT_ASSIGNED, r.proposed.join('\n') || NOT_ASSIGNED,
    r.reason, r.confidence, r.weak ? YES : '', r.edited ? YES : '',
  ]));
  rows.forEach((r, i) => { if (r.weak && !r.edited) duties.getRow(i + 2).getCell(5).fill = WEAK_FILL; });
  addSheet(wb, SHEET_NAMES.loads, [['Phòng', 40], ['Số nhiệm vụ được giao', 12], ['Trong đó theo đề xuất yếu, chưa sửa', 14]], [
    ...loads.loads.map((l): Value[] => [l.office, l.duties, l.weak]),
    [`(${NOT_ASSIGNED})`, loads.unassigned, ''],
  ]);
  return wb;
}

/** A sheet with a bold, frozen, filterable header row, wrapped text, A4 landscape printing with the header repeated. */
function addSheet(wb: ExcelJS.Workbook, name: string, columns: Array<[string, number]>, rows: Value[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = columns.map(([header, width]) => ({ header, width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  columns.forEach((_, i) => { header.getCell(i + 1).fill = HEADER_FILL; });
  for (const values of rows) {
    const row = ws.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    values.forEach((v, i) => { if (typeof v === 'string' && looksLikeFormula(v)) row.getCell(i + 1).numFmt = '@'; });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}
