/**
 * Vietnamese citation labels and citations, in the official order: the
 * smallest unit first, then the larger ones, then the document —
 * "điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN".
 */
import type { DocumentMeta, LegalNode } from './model';

/** "Mẫu số 01", "MẪU 02": the number of a form attached to a document. */
export function isFormNumber(number: string | null | undefined): boolean {
  return /^(Mẫu|MẪU)/u.test(number ?? '');
}

/** "Mục 2.", "MỤC II": the number of a section inside a chapter. */
export function isSectionNumber(number: string | null | undefined): boolean {
  return /^(Mục|MỤC)(?![\p{L}])/u.test(number ?? '');
}

/** The unit's own name: "điểm đ", "khoản 6", "mục 2.1", "Điều 2", "Chương I", "Mục 2", "Mẫu số 01". */
export function unitLabel(node: Pick<LegalNode, 'kind' | 'num' | 'heading'> & { partType?: string; depth?: number; number?: string | null }): string {
  const num = node.num ?? '';
  switch (node.kind) {
    case 'article': return `Điều ${num}`;
    case 'clause': return (node.depth ?? 1) > 1 ? `mục ${num}` : `khoản ${num}`;
    case 'point': return `điểm ${num}`;
    case 'item': return `gạch đầu dòng ${num}`;
    case 'row': return `nhiệm vụ ${num}`;
    case 'footnote': return `chú thích ${num}`;
    case 'office': return `Mục ${num}`;
    case 'part':
      if (node.partType === 'chapter') return `Chương ${num}`;
      if (node.partType === 'annex') {
        if (isFormNumber(node.number)) return `Mẫu số ${num}`;
        if (num || node.number) return num ? `Phụ lục ${num}` : 'Phụ lục';
        return node.heading ? sentenceCaseTitle(node.heading) : 'văn bản kèm theo';
      }
      return /^[IVXLC]+$/.test(num) || isSectionNumber(node.number) ? `Mục ${num}` : `Phần ${num}`;
    case 'preamble': return 'Phần mở đầu';
    case 'header': return 'Tiêu đề văn bản';
    case 'title': return 'Tên văn bản';
    case 'basis': return `căn cứ ${num}`;
    case 'formula': return 'Công thức ban hành';
    case 'paragraph': return `đoạn ${num}`;
    case 'table': return 'Bảng';
    case 'legend': return 'Chú thích';
    case 'closing': return 'Phần cuối';
    case 'recipients': return 'Nơi nhận';
    case 'signature': return 'Chữ ký';
  }
}

/** "QUY ĐỊNH" → "Quy định": only for document-type words, which have no proper names. */
function sentenceCaseTitle(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

interface LabelNode {
  kind: LegalNode['kind'];
  num: string | null;
  /** The number as written ("Mục 2.", "Mẫu số 01"), where it says which kind of part. */
  number?: string | null;
  heading: string | null;
  partType?: string;
  depth?: number;
}

/**
 * Label a node from its ancestor chain (outermost first, the node last).
 * Dotted clause numbers already contain their parents ("2.1.1"), so the
 * clauses above them are not repeated. The chain stops at the article, or at
 * the office, whose name is added.
 */
export function labelFromChain(chain: LabelNode[], officeName: string | null): string {
  const node = chain[chain.length - 1]!;
  const parts: string[] = [unitLabel(node)];
  let lastDotted = node.kind === 'clause' && (node.depth ?? 1) > 1;
  for (let i = chain.length - 2; i >= 0; i--) {
    const a = chain[i]!;
    if (a.kind === 'clause') {
      if (lastDotted) continue;
      lastDotted = (a.depth ?? 1) > 1;
      parts.push(unitLabel(a));
    } else if (a.kind === 'point' || a.kind === 'item') {
      parts.push(unitLabel(a));
    } else if (a.kind === 'article') {
      parts.push(unitLabel(a));
      const annex = chain.slice(0, i).find((x) => x.kind === 'part' && x.partType === 'annex');
      if (annex) parts.push(`của ${unitLabel(annex)}`);
      break;
    } else if (a.kind === 'office') {
      break;
    } else if (a.kind === 'part' || a.kind === 'table' || a.kind === 'legend' || a.kind === 'recipients') {
      if (a.kind === 'part' && a.partType === 'chapter' && chain.some((x) => x.kind === 'article')) continue;
      if (a.kind === 'table' || a.kind === 'recipients') continue;
      parts.push(unitLabel(a));
    }
  }
  const label = parts.join(' ');
  // The office in parentheses reads well both alone and inside a citation:
  // "khoản 1 Điều 3 (Văn phòng) Quy định …".
  return officeName && node.kind !== 'office' ? `${label} (${officeName})` : officeName && node.kind === 'office' ? officeName : label;
}

/** "Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ". */
export function documentCitation(meta: DocumentMeta): string {
  const type = meta.documentType ?? 'Văn bản';
  const parts = [meta.number ? `${type} số ${meta.number}` : meta.shortTitle ?? meta.title];
  if (meta.dateIssued) parts.push(`ngày ${formatDate(meta.dateIssued)}`);
  if (meta.issuer) parts.push(`của ${meta.issuer}`);
  return parts.join(' ');
}

/** Full citation of a node: its label, then the document. */
export function citationFor(node: Pick<LegalNode, 'label'>, meta: DocumentMeta): string {
  return `${node.label} ${documentCitation(meta)}`;
}

/** ISO date → "27/6/2025", as Vietnamese legal texts write dates. */
export function formatDate(iso: string): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}
