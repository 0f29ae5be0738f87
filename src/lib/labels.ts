/**
 * Vietnamese unit labels, in the official order: the smallest unit first,
 * then the larger ones — "điểm đ khoản 6 Điều 2". The citations built on
 * them (the document after the unit) are citation.ts.
 */
import type { LegalNode } from './model';

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

/**
 * A unit's own name from its label and its parent's: the words they end
 * with in common go ("điểm đ khoản 6 Điều 2" under "khoản 6 Điều 2" →
 * "điểm đ"; "mục 2.6 (Thanh tra Sở)" under "khoản 2 (Thanh tra Sở)" →
 * "mục 2.6"; "khoản 2 (Thanh tra Sở)" under "Thanh tra Sở" → "khoản 2"); a
 * label sharing no whole words with its parent stays whole.
 */
export function ownName(label: string, parentLabel: string): string {
  // Under an office part the labels end with the office's name in parentheses.
  if (label.endsWith(` (${parentLabel})`)) return label.slice(0, -parentLabel.length - 3);
  let shared = 0;
  while (shared < label.length && shared < parentLabel.length && label[label.length - 1 - shared] === parentLabel[parentLabel.length - 1 - shared]) shared++;
  for (let at = Math.max(1, label.length - shared - 1); at < label.length; at++) {
    if (label[at] !== ' ') continue;
    const rest = label.length - at - 1;
    const start = parentLabel.length - rest;
    if (rest > 0 && rest <= shared && (start === 0 || parentLabel[start - 1] === ' ')) return label.slice(0, at);
  }
  return label;
}
