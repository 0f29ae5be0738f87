/**
 * The two exports. Their libraries (docx, exceljs) are ES modules of their
 * own (js/draft-docx.js, js/draft-xlsx.js), imported from the page's
 * relative URLs the first time an export is asked for, so the page itself
 * stays light and works from any sub-path.
 */
import type { Draft } from '../../lib/draft/assignment';
import type { DraftData } from '../../lib/draft/data';
import type { DraftProposal } from '../../lib/draft/propose';
import { once } from '../once';
import { download } from './store';

const imports = new Map<string, () => Promise<unknown>>();

/** Import a module once by its URL; a failed import is tried again next time (`once`). */
function importOnce<T>(href: string): Promise<T> {
  const url = new URL(href, location.href).href;
  const load = imports.get(url) ?? once(() => import(url));
  imports.set(url, load);
  return load() as Promise<T>;
}

export const DOCX_NAME = 'du-thao-quy-dinh-phan-cong.docx';
export const XLSX_NAME = 'bang-phan-cong.xlsx';

/** Build and download the Word draft; returns what was downloaded. */
export async function exportDocx(root: HTMLElement, data: DraftData, citations: ReadonlyMap<string, string>, draft: Draft): Promise<string> {
  const { docxBlob } = await importOnce<typeof import('../draft-docx')>(root.dataset.docx!);
  download(await docxBlob(data, citations, draft, new Date()), DOCX_NAME);
  return `bản dự thảo Word (${DOCX_NAME})`;
}

/** Build and download the spreadsheet; returns what was downloaded. */
export async function exportXlsx(root: HTMLElement, data: DraftData, citations: ReadonlyMap<string, string>, draft: Draft, proposals: DraftProposal[]): Promise<string> {
  const { xlsxBlob } = await importOnce<typeof import('../draft-xlsx')>(root.dataset.xlsx!);
  download(await xlsxBlob(data, citations, draft, proposals), XLSX_NAME);
  return `bảng Excel (${XLSX_NAME})`;
}
