/** Vietnamese UI words shared by the pages. */
import type { ComparisonCell } from '../align/comparison';
import type { DocumentKind } from '../model';

export const SITE_NAME = 'Nhiệm vụ Sở Khoa học và Công nghệ';
export const NOT_STATED = 'không ghi trong văn bản';
/** Where a province document gives a model duty to no office. */
export const NOT_ASSIGNED = 'không thấy phân công';
/** Said of a title the text does not have, composed by the editors. */
export const EDITORIAL_TITLE = 'tên do biên tập đặt, văn bản không ghi tên';

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

/**
 * When the site was built, in Vietnam's time (Asia/Ho_Chi_Minh: UTC+7 all
 * year), whatever the building machine's zone: "09:05 ngày 24/11/2026".
 */
export function buildStamp(date: Date): string {
  const part = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes) => part.find((p) => p.type === t)?.value ?? '';
  return `${get('hour')}:${get('minute')} ngày ${Number(get('day'))}/${Number(get('month'))}/${get('year')}`;
}

/** What a line says after a linked label: "(một phần)", "(tự động)", both, or nothing. */
export function linkQualifier(cell: Pick<ComparisonCell, 'coverage' | 'status'>): string {
  const words = [cell.coverage === 'partial' ? 'một phần' : null, cell.status === 'auto' ? 'tự động' : null].filter(Boolean);
  return words.length ? ` (${words.join(', ')})` : '';
}
