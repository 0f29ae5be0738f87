/**
 * The drafting aid's data: the model duties and, for every reviewed province
 * document that gives duties to offices, which model duties each of its
 * offices carries. Written once at generate time (`content/precedents.json`,
 * served as `data/precedents.json`) so that the page "Dự thảo phân công" can
 * propose a distribution in the browser; built from the same precedents as
 * the alignment proposals (align/precedents.ts). No Node API here.
 */
import { dutiesOf } from '../align/duties';
import type { PrecedentDocument } from '../align/precedents';
import type { LegalDocument } from '../model';

export interface DraftDuty {
  /** Model node id, e.g. `dieu-2/khoan-11/diem-a`. */
  model: string;
  /** Citation label, e.g. `điểm a khoản 11 Điều 2`. */
  label: string;
  /** The khoản it belongs to (itself for a khoản without điểm). */
  clause: string;
  /** The khoản's heading, which names the field ("Về tiêu chuẩn, đo lường, chất lượng"); empty when it has none. */
  field: string;
  text: string;
}

export interface DraftPrecedentOffice {
  name: string;
  /** Model duties its province's reviewed links give it. */
  duties: string[];
}

export interface DraftPrecedent {
  document: string;
  province: string | null;
  title: string;
  /** How much its offices count (1 for a distribution, 0.5 for a programme's lead offices). */
  weight: number;
  offices: DraftPrecedentOffice[];
  /**
   * Model duties its review gave to no office, with the reviewer's reason
   * ("có lẽ do đơn vị sự nghiệp của Sở đảm nhận"); empty when the review
   * makes no such claim (a programme names only some tasks).
   */
  unassigned: Array<{ model: string; note: string }>;
}

export interface DraftData {
  model: { document: string; title: string };
  duties: DraftDuty[];
  precedents: DraftPrecedent[];
}

const clauseOf = (node: string) => node.split('/').slice(0, 2).join('/');

/** The drafting data from the model and the precedents; documents without offices (a city decision) give none. */
export function draftData(model: LegalDocument, precedents: PrecedentDocument[]): DraftData {
  const duties = dutiesOf(model).map((d) => ({ model: d.node, label: d.label, clause: clauseOf(d.node), field: d.context, text: d.text }));
  return {
    model: { document: model.meta.id, title: model.meta.shortTitle ?? model.meta.title },
    duties,
    precedents: precedents.filter((p) => p.officeWeight > 0).map((p) => ({
      document: p.id, province: p.province, title: p.title, weight: p.officeWeight,
      offices: p.offices.map((o) => ({
        name: o.name,
        duties: [...new Set(p.items.filter((i) => i.office === o.id).flatMap((i) => i.models))].sort(),
      })).filter((o) => o.duties.length > 0),
      unassigned: p.unassigned ?? [],
    })),
  };
}
