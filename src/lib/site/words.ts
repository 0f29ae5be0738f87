/** Vietnamese UI words shared by the pages. */
import type { DocumentKind } from '../model';

export const SITE_NAME = 'Nhiệm vụ Sở Khoa học và Công nghệ';
export const NOT_STATED = 'không ghi trong văn bản';

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
