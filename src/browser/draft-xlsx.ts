/**
 * js/draft-xlsx.js, an ES module the page imports only when the spreadsheet
 * is asked for: exceljs (its browser build) and the sheet builder.
 */
import { officeLoads, type Draft } from '../lib/draft/assignment';
import type { DraftData } from '../lib/draft/data';
import { citedDuties, sheetRows } from '../lib/draft/outline';
import type { DraftProposal } from '../lib/draft/propose';
import { draftWorkbook } from '../lib/draft/sheet';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The draft's table as an .xlsx Blob. */
export async function xlsxBlob(data: DraftData, citations: ReadonlyMap<string, string>, draft: Draft, proposals: DraftProposal[]): Promise<Blob> {
  const rows = sheetRows(draft, citedDuties(data, citations), proposals);
  const buffer = await draftWorkbook(rows, officeLoads(draft, proposals), data.model.title).xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}
