/**
 * The page "Dự thảo phân công" at build time: the model duties the drafting
 * aid proposes an office for (data/precedents.json's list, the 123 rows of
 * the comparison), grouped by the model's khoản, each with its text, its
 * link and its citation from the exported model; and the office lists a
 * user can start from (every province document that names its offices).
 * Pure: the page reads content/ and passes the exports in.
 */
import type { DraftData } from '../draft/data';
import type { ExportDocument } from '../export';
import type { CitedFacts } from '../citation';
import { collator } from './paths';

/** The page's path, name and lead (also its search record). */
export const DRAFT_PAGE = {
  path: 'du-thao-phan-cong/',
  title: 'Dự thảo phân công',
  heading: 'Dự thảo phân công nhiệm vụ cho các phòng của Sở',
  lead: 'Nhập tên các phòng, đơn vị của Sở (hoặc bắt đầu từ danh sách phòng của một tỉnh trong kho rồi sửa): trang đề xuất phòng đảm nhận từng nhiệm vụ '
    + 'tại Điều 2 Thông tư 10/2025/TT-BKHCN, theo cách các tỉnh đã có trong kho phân công, kèm lý do; sửa từng phân công, xem khối lượng của mỗi phòng, '
    + 'rồi tải về bản dự thảo Quy định chức năng, nhiệm vụ của các phòng (Word) và bảng phân công (Excel).',
} as const;

export interface DraftPageDuty {
  model: string;
  label: string;
  text: string;
  /** Site-relative URL of the duty in the model. */
  url: string;
}

export interface DraftPageClause {
  id: string;
  /** "Khoản 6". */
  name: string;
  /** Its heading or lead ("Về hoạt động khoa học, …"; "Trình Ủy ban nhân dân cấp tỉnh:"), when its duties are its points. */
  lead: string | null;
  url: string;
  duties: DraftPageDuty[];
}

export interface OfficeListStart {
  document: string;
  /** "Lai Châu: Quy định các phòng thuộc Sở KH&CN Lai Châu (5 phòng, đơn vị)". */
  title: string;
  offices: string[];
}

export interface DraftPage {
  model: { title: string; url: string; facts: CitedFacts };
  clauses: DraftPageClause[];
  starts: OfficeListStart[];
}

export type { CitedFacts };

/** The page's rows and start lists; a duty missing from the exported model is an error (the two exports disagree). */
export function draftPage(data: DraftData, corpus: ExportDocument[]): DraftPage {
  const model = corpus.find((d) => d.id === data.model.document);
  if (!model) throw new Error(`du-thao-phan-cong: không có văn bản mô hình ${data.model.document} trong corpus.json`);
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const node = (id: string) => {
    const n = nodes.get(id);
    if (!n) throw new Error(`du-thao-phan-cong: ${id} có trong precedents.json mà không có trong ${model.id} của corpus.json`);
    return n;
  };
  const clauses: DraftPageClause[] = [];
  for (const d of data.duties) {
    if (clauses.at(-1)?.id !== d.clause) {
      const k = node(d.clause);
      clauses.push({ id: d.clause, name: `Khoản ${k.num}`, lead: d.model === d.clause ? null : d.field, url: k.url, duties: [] });
    }
    const n = node(d.model);
    clauses.at(-1)!.duties.push({ model: d.model, label: d.label, text: d.text, url: n.url });
  }
  const starts = corpus
    .filter((d) => d.offices.length > 0 && (d.kind === 'distribution' || d.kind === 'programme'))
    .sort((a, b) => collator.compare(a.province ?? '', b.province ?? '') || collator.compare(a.title, b.title))
    .map((d) => ({
      document: d.id,
      title: `${d.province ? `${d.province}: ` : ''}${d.shortTitle ?? d.title} (${d.offices.length} phòng, đơn vị)`,
      offices: d.offices.map((o) => o.name),
    }));
  const facts: CitedFacts = { documentType: model.documentType, number: model.number, title: model.title, dateIssued: model.date, issuer: model.issuer };
  return { model: { title: data.model.title, url: model.url, facts }, clauses, starts };
}
