/** Vietnamese UI words shared by the pages. */
import type { ComparisonCell } from '../align/comparison';
import type { DocumentKind } from '../model';

export const SITE_NAME = 'Nhiệm vụ Sở Khoa học và Công nghệ';
export const NOT_STATED = 'không ghi trong văn bản';
/** Where a province document gives a model duty to no office. */
export const NOT_ASSIGNED = 'không thấy phân công';

/** The home page's heading and lead, shared with its search record. */
export const HOME_TITLE = 'Nhiệm vụ của Sở Khoa học và Công nghệ';
export const HOME_LEAD = 'Kho văn bản đối chiếu: Thông tư 10/2025/TT-BKHCN hướng dẫn chức năng, nhiệm vụ của Sở Khoa học và Công nghệ, '
  + 'và các văn bản của tỉnh, thành phố phân công những nhiệm vụ đó cho Sở và các phòng, đơn vị thuộc Sở. '
  + 'Mỗi khoản, điểm có liên kết cố định và trích dẫn theo cách viết chính thức.';

/** How documents are grouped on the home and province pages. */
export const KIND_NAMES: Record<DocumentKind, string> = {
  model: 'Văn bản hướng dẫn của Bộ (mô hình)',
  decision: 'Quyết định về chức năng, nhiệm vụ của Sở',
  distribution: 'Phân công nhiệm vụ các phòng, đơn vị',
  programme: 'Chương trình công tác',
};

export const KIND_ORDER: DocumentKind[] = ['model', 'decision', 'distribution', 'programme'];

/** "24/11/2026 09:05 (UTC)": the build date shown on the home page. */
export function buildStamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())} (UTC)`;
}

/** What a line says after a linked label: "(một phần)", "(tự động)", both, or nothing. */
export function linkQualifier(cell: Pick<ComparisonCell, 'coverage' | 'status'>): string {
  const words = [cell.coverage === 'partial' ? 'một phần' : null, cell.status === 'auto' ? 'tự động' : null].filter(Boolean);
  return words.length ? ` (${words.join(', ')})` : '';
}
