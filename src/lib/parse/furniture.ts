/**
 * Page furniture of legal websites, pasted along with a document: the
 * breadcrumb, the buttons ("Tải về", "Chia sẻ"), the site's own table of
 * attributes ("Số hiệu: …", "Tình trạng hiệu lực: …") above the text, and
 * the tail after it ("Văn bản liên quan", "Văn bản gốc", "Lược đồ", the
 * footer). Every line taken out is listed in `removed` with its reason.
 *
 * Conservative by design: a line is furniture only when the whole line is
 * one of these phrases, or a site attribute line in the lead-in (before the
 * document's first line) — never a sentence of the text. The site's
 * attributes are not the document's text, so metadata is never inferred
 * from them.
 */
import type { RemovedArtifact } from '../model';
import type { SourceLine } from './normalize';

/** Buttons and links that stand alone on a line. */
const BUTTONS = /^(?:Tải về|Tải văn bản(?: gốc)?|Tải file|Chia sẻ|In văn bản|Báo lỗi|Theo dõi văn bản|Đăng nhập|Đăng ký|Copy link|Xem thêm|Thu gọn|Mục lục văn bản|Văn bản tiếng Anh|Nội dung toàn văn)$/u;
/** Breadcrumb: "Trang chủ > Văn bản pháp luật > Quyết định". */
const BREADCRUMB = /^Trang chủ\s*(?:[>»›/|]\s*[^>»›|]+)*$/u;
/**
 * A breadcrumb led by the site's name ("Thư viện Pháp Luật > Văn bản pháp
 * luật > Bộ máy hành chính > Quyết định 39/2025/QĐ-UBND"): three or more
 * segments joined by ">", "»" or "›" — only in the lead-in, where no line
 * of a legal text looks like that.
 */
const SITE_BREADCRUMB = /^[^>»›]+(?:\s[>»›]\s[^>»›]+){2,}$/u;
/** A site attribute line: "Số hiệu: 39/2025/QĐ-UBND", "Tình trạng: Còn hiệu lực". */
const ATTRIBUTE = /^(?:Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày có hiệu lực|Ngày hết hiệu lực|Ngày công báo|Số công báo|Tình trạng(?: hiệu lực)?|Lĩnh vực|Ngày cập nhật|Cập nhật|Lượt xem|Đã biết)\s*:.*$/u;
/** A heading after which the rest of the page is the site's, not the document's. */
const TAIL = /^(?:Văn bản liên quan|Văn bản gốc|Lược đồ|Văn bản cùng lĩnh vực|Văn bản được hướng dẫn|Văn bản hướng dẫn|Văn bản hợp nhất|Văn bản sửa đổi(?:,? bổ sung)?|Bài viết liên quan|Tin liên quan|Văn bản mới nhất|Thuộc tính văn bản|Bản quyền thuộc .*|©.*)\s*:?$/u;

const REASON_BUTTON = 'Nút hoặc liên kết của trang web nơi sao chép văn bản, không thuộc văn bản';
const REASON_ATTRIBUTE = 'Thuộc tính văn bản do trang web ghi (không phải nội dung văn bản); không dùng để suy ra metadata';
const REASON_TAIL = 'Phần cuối trang web (văn bản liên quan, lược đồ, chân trang), sau khi văn bản đã kết thúc';

/** Take furniture lines out; their text becomes '' so line numbers stay those of the file. Pure. */
export function stripFurniture(lines: SourceLine[]): { lines: SourceLine[]; removed: RemovedArtifact[] } {
  const removed: RemovedArtifact[] = [];
  const out = lines.slice();
  const take = (i: number, reason: string) => {
    removed.push({ line: out[i]!.n, text: out[i]!.text, reason });
    out[i] = { ...out[i]!, text: '' };
  };
  let leadIn = true;
  let bodySeen = false;
  for (let i = 0; i < out.length; i++) {
    const text = out[i]!.text;
    if (!text) continue;
    if (bodySeen && TAIL.test(text)) {
      for (let j = i; j < out.length; j++) if (out[j]!.text) take(j, REASON_TAIL);
      break;
    }
    if (BUTTONS.test(text) || BREADCRUMB.test(text) || (leadIn && SITE_BREADCRUMB.test(text))) take(i, REASON_BUTTON);
    else if (leadIn && ATTRIBUTE.test(text)) take(i, REASON_ATTRIBUTE);
    else {
      leadIn = false;
      if (/^(?:Điều|ĐIỀU|Chương|CHƯƠNG)\s+\S|^\d{1,3}\.\s/u.test(text)) bodySeen = true;
    }
  }
  return { lines: out, removed };
}
