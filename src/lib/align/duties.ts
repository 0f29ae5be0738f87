/**
 * Which units are "duties": in the model, every điểm of Điều 2 and every
 * khoản of Điều 2 that has no điểm; in a province document, the smallest
 * units that state a task of an office (or of the Sở, for a city decision).
 */
import type { LegalDocument, LegalNode } from '../model';
import { walk } from '../parse/finalize';

export interface Duty {
  document: string;
  node: string;
  label: string;
  /** Heading of the enclosing khoản or item, which often names the field ("Về tiêu chuẩn, đo lường, chất lượng"). */
  context: string;
  text: string;
  office: string | null;
}

/** The article that lists the Sở's duties: the one headed "Nhiệm vụ(,| và) quyền hạn", else null. */
export function dutiesArticle(doc: LegalDocument): LegalNode | null {
  let found: LegalNode | null = null;
  walk(doc.children, (n) => {
    if (!found && n.kind === 'article' && /^Nhiệm vụ,? (?:và )?quyền hạn$/u.test(n.heading ?? '')) found = n;
  });
  return found;
}

function leaves(node: LegalNode, parentHeading: string): Array<{ n: LegalNode; context: string }> {
  const out: Array<{ n: LegalNode; context: string }> = [];
  const units = node.children.filter((c) => c.kind === 'clause' || c.kind === 'point');
  if (units.length === 0) return [{ n: node, context: parentHeading }];
  for (const c of units) out.push(...leaves(c, node.heading ?? (node.kind === 'clause' ? node.text : parentHeading)));
  return out;
}

const toDuty = (doc: LegalDocument, n: LegalNode, context: string): Duty => ({
  document: doc.meta.id, node: n.id, label: n.label, context, text: n.heading && !n.text ? n.heading : n.text, office: n.office,
});

/** Model duties (for the Circular) or a city decision's adopted duties: leaves of the duties article. */
function articleDuties(doc: LegalDocument): Duty[] {
  const article = dutiesArticle(doc);
  if (!article) return [];
  return article.children.filter((c) => c.kind === 'clause').flatMap((k) => leaves(k, '').map(({ n, context }) => toDuty(doc, n, context)));
}

/**
 * Office duties: leaves under each office's "Nhiệm vụ và quyền hạn" clause
 * (Lai Châu, Quảng Ngãi), or under an office unit whose heading names its
 * duties and that has no such clause ("Điều 2. Nhiệm vụ, quyền hạn của Văn
 * phòng" / "1. …"), or the rows of a task table (the programme).
 */
function officeDuties(doc: LegalDocument): Duty[] {
  const out: Duty[] = [];
  walk(doc.children, (n) => {
    if (n.kind === 'row') out.push(toDuty(doc, n, ''));
    const isOfficeUnit = (n.kind === 'office' || (n.kind === 'article' && doc.offices.some((o) => o.node === n.id)));
    if (!isOfficeUnit) return;
    // Without a "Nhiệm vụ và quyền hạn" clause, an office unit headed by its duties ("Nhiệm vụ, quyền hạn của Văn phòng") lists them itself.
    const tasks = n.children.find((c) => c.kind === 'clause' && /^Nhiệm vụ/u.test(c.heading ?? c.text))
      ?? (/(?:^|\s)nhiệm vụ(?![\p{L}])/iu.test(n.heading ?? '') ? n : undefined);
    if (!tasks) return;
    const items = tasks.children.filter((c) => c.kind === 'clause' || c.kind === 'point');
    for (const item of items) out.push(...leaves(item, '').map(({ n: leaf, context }) => toDuty(doc, leaf, context)));
  });
  return out;
}

/** The duties of a document, by its kind. */
export function dutiesOf(doc: LegalDocument): Duty[] {
  return doc.meta.kind === 'model' || doc.meta.kind === 'decision' ? articleDuties(doc) : officeDuties(doc);
}
