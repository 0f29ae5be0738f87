/**
 * The "Dữ liệu mở" page (du-lieu/): every file the site publishes under
 * data/, what it holds and for whom, in Vietnamese. The page adds each
 * file's size; a test checks that no file under dist/data/ goes
 * undescribed. Pure: the page reads the sizes.
 */
import { DUTY_CONTENT_DIR, DUTY_DATA_DIR } from './duty-files';

export const OPEN_DATA_PATH = 'du-lieu/';
export const OPEN_DATA_TITLE = 'Dữ liệu mở';
export const OPEN_DATA_LEAD = 'Toàn bộ văn bản và bảng đối chiếu của trang, dưới dạng tệp để tải về: JSON cho người lập trình và các hệ thống khác, '
  + 'CSV để mở bằng Excel. Các tệp nằm ngay trên trang, kể cả các bản sao trong mạng nội bộ, không cần kết nối Internet.';

/** One published file, or a family of files (`pattern` matches their paths under data/). */
export interface OpenDataEntry {
  /** Heading on the page. */
  title: string;
  /** Paths under data/ the entry describes: one file, or a family such as `so-sanh/<văn bản>.csv`. */
  pattern: RegExp;
  /**
   * A family too large to list file by file: the page gives the number of
   * its .json files, their total size and one as an example.
   */
  family?: boolean;
  format: 'JSON' | 'CSV';
  /** What it holds, for whom. */
  what: string;
  /** Its main fields: name as in the file → meaning. */
  fields?: Array<[string, string]>;
}

export const OPEN_DATA: OpenDataEntry[] = [
  {
    title: 'Toàn văn các văn bản',
    pattern: /^corpus\.json$/,
    format: 'JSON',
    what: 'Mọi văn bản trong kho, đúng lời văn nguồn: thông tin văn bản và từng đơn vị (chương, điều, khoản, điểm, mục, dòng của bảng…) theo thứ tự trong văn bản, '
      + 'mỗi đơn vị với đường dẫn cố định và trích dẫn. Dùng để tra cứu bằng chương trình, đối chiếu hay đưa vào hệ thống khác.',
    fields: [
      ['documents', 'danh sách văn bản'],
      ['number, documentType, date, issuer, signer', 'số hiệu, loại văn bản, ngày ban hành (năm-tháng-ngày), cơ quan ban hành, người ký; null khi văn bản không ghi'],
      ['citation', 'trích dẫn văn bản (và của từng đơn vị), như trên trang'],
      ['notes', 'ghi chú biên tập: nguồn của các thông tin, chỗ văn bản thiếu'],
      ['source', 'tên tệp văn bản nguồn (để đối chiếu với bản gốc)'],
      ['offices', 'các phòng, đơn vị văn bản giao nhiệm vụ'],
      ['nodes', 'các đơn vị của văn bản, theo thứ tự'],
      ['nodes[].id, parent', 'mã cố định của đơn vị (như trong đường dẫn) và của đơn vị chứa nó'],
      ['nodes[].kind, number, label', 'loại đơn vị (article: điều, clause: khoản hoặc mục, point: điểm, row: dòng của bảng…), số như văn bản viết, tên đơn vị'],
      ['nodes[].heading, text', 'tiêu đề và lời văn, đúng như văn bản nguồn'],
      ['nodes[].office, url, lines', 'phòng được giao, đường dẫn trên trang, các dòng trong tệp nguồn'],
      ['removed', 'phần đã loại khỏi văn bản nguồn (số trang, dấu trang…) và lý do'],
      ['diagnostics', 'điểm bất thường trong văn bản nguồn (số thứ tự lặp, chữ cái sai thứ tự…), giữ nguyên và ghi lại'],
    ],
  },
  {
    title: 'Dẫn chiếu',
    pattern: /^references\.json$/,
    format: 'JSON',
    what: 'Mọi chỗ một văn bản trong kho viện dẫn một văn bản khác, một điều, khoản hay một phòng: chỗ viện dẫn, lời văn được viện dẫn, '
      + 'đích (văn bản trong kho, đơn vị, hay văn bản ngoài kho với số hiệu, loại, ngày, cơ quan ban hành như nơi viện dẫn ghi) và lý do khi không xác định được.',
  },
  {
    title: 'Đối chiếu với Thông tư 10/2025/TT-BKHCN',
    pattern: /^comparison\.json$/,
    format: 'JSON',
    what: 'Với từng khoản, điểm của Điều 2 Thông tư 10/2025/TT-BKHCN: mục nào của từng văn bản tỉnh, thành phố đảm nhận, phòng nào, '
      + 'trạng thái (đã rà soát hay đề xuất tự động), phạm vi (toàn bộ hay một phần), ghi chú của người rà soát, người và ngày rà soát; '
      + 'và các nhiệm vụ riêng của tỉnh không có trong Thông tư.',
  },
  {
    title: 'Tiền lệ phân công',
    pattern: /^precedents\.json$/,
    format: 'JSON',
    what: 'Các khoản, điểm của Điều 2 Thông tư 10/2025/TT-BKHCN và, với mỗi văn bản tỉnh đã rà soát có phân công cho phòng, những nhiệm vụ từng phòng đảm nhận: '
      + 'dữ liệu để đề xuất dự thảo phân công nhiệm vụ cho các phòng của một Sở theo cách các tỉnh khác đã làm.',
  },
  {
    title: 'Ai làm từng nhiệm vụ của Thông tư, ở mỗi tỉnh',
    pattern: /^so-sanh\/nhiem-vu\/[a-z0-9-]+\.json(\.pfgz)?$/,
    family: true,
    format: 'JSON',
    what: 'Một tệp cho mỗi điểm (hoặc khoản không có điểm) của Điều 2 Thông tư 10/2025/TT-BKHCN, và một cho mỗi khoản có điểm '
      + '(tên tệp là phần sau dấu # trong đường dẫn của nhiệm vụ, như khoan-11-diem-g): với từng văn bản tỉnh, phòng nào đảm nhận, bằng mục nào, '
      + 'trạng thái (đã rà soát hay đề xuất tự động) và phạm vi (toàn bộ hay một phần), với đường dẫn tới chúng; với một khoản có điểm, mỗi phòng đảm nhận bao nhiêu điểm. '
      + 'Trang Thông tư, trang so sánh của từng nhiệm vụ và kết quả tìm kiếm đều đọc các tệp này; mỗi tệp có một bản nén (.json.pfgz, nén gzip) cho máy chủ không tự nén.',
    fields: [
      ['label, url', 'nhiệm vụ (“điểm g khoản 11 Điều 2”) và đường dẫn tới nó trong Thông tư'],
      ['page', 'trang so sánh của nhiệm vụ (với khoản có điểm: trang của khoản)'],
      ['points', 'số điểm của nhiệm vụ: 1, hoặc số điểm của khoản'],
      ['texts', 'tệp lời văn để so sánh từng chữ (mục dưới); không có với khoản có điểm'],
      ['documents (id, title, url)', 'mọi văn bản tỉnh, theo thứ tự của bảng so sánh: mã, tên, đường dẫn'],
      ['documents[].offices (name, url, points)', 'các phòng, đơn vị đảm nhận: tên, đường dẫn; với khoản có điểm, số điểm phòng đảm nhận'],
      ['documents[].items (label, url, offices, status, coverage)', 'các mục đảm nhận: tên, đường dẫn, phòng (số thứ tự trong danh sách phòng ở trên), '
        + 'trạng thái (đã rà soát hay đề xuất tự động), phạm vi (toàn bộ, một phần, hay trống khi chưa ai xét); danh sách rỗng: không thấy phân công'],
    ],
  },
  {
    title: 'Lời văn của các mục đảm nhận từng nhiệm vụ',
    pattern: /^so-sanh\/nhiem-vu\/[a-z0-9-]+\.loi-van\.json(\.pfgz)?$/,
    family: true,
    format: 'JSON',
    what: 'Với mỗi điểm (hoặc khoản không có điểm): lời văn của Thông tư và lời văn của từng mục văn bản tỉnh đảm nhận, '
      + 'để so sánh từng chữ trên trang so sánh của nhiệm vụ. Tách khỏi tệp trên để kết quả tìm kiếm không phải tải lời văn của mọi tỉnh.',
    fields: [
      ['model', 'lời văn của nhiệm vụ trong Thông tư'],
      ['items', 'lời văn của từng mục đảm nhận, theo đường dẫn của mục'],
    ],
  },
  {
    title: 'Bảng đối chiếu, mọi văn bản tỉnh',
    pattern: /^so-sanh\/tat-ca\.csv$/,
    format: 'CSV',
    what: 'Một dòng cho mỗi điểm của Thông tư; với mỗi văn bản tỉnh, các cột: phòng/đơn vị, mục đảm nhận, trạng thái, phạm vi. Mở bằng Excel hoặc LibreOffice.',
  },
  {
    title: 'Bảng đối chiếu của từng văn bản tỉnh',
    pattern: /^so-sanh\/(?!tat-ca\.csv$)[a-z0-9-]+\.csv$/,
    format: 'CSV',
    what: 'Cùng bảng, cho một văn bản (tên tệp là mã của văn bản, như trong đường dẫn trang của nó): để gửi cho cán bộ pháp chế của tỉnh.',
  },
];

/** Said once under the CSV entries: how the files open safely. */
export const CSV_NOTE = 'Tệp CSV mã hoá UTF-8 (có BOM, Excel mở đúng chữ tiếng Việt), phân cách bằng dấu phẩy. '
  + 'Ô bắt đầu bằng =, +, - hoặc @ được thêm dấu \' ở đầu để Excel không coi là công thức.';

/** The review workbooks are not on the site: how a legal officer gets one. */
export const REVIEW_NOTE = 'Bảng rà soát đối chiếu (tệp Excel .xlsx) của từng văn bản tỉnh được nhóm biên tập tạo và gửi theo yêu cầu: '
  + 'cán bộ pháp chế ghi quyết định (đồng ý, không đồng ý), phạm vi và ghi chú vào bảng rồi gửi lại; nhóm biên tập nhập vào kho, ghi tên người và ngày rà soát.';

/**
 * Where a file of content/ would be published under data/ (src/pages/data/
 * copies them as they are): content/corpus.json → corpus.json,
 * content/csv/x.csv → so-sanh/x.csv, content/nhiem-vu/x.json →
 * so-sanh/nhiem-vu/x.json. The page keeps those an entry describes.
 */
export function publishedAs(contentPath: string): string {
  if (contentPath.startsWith('csv/')) return `so-sanh/${contentPath.slice(4)}`;
  if (contentPath.startsWith(`${DUTY_CONTENT_DIR}/`)) return `${DUTY_DATA_DIR.replace(/^data\//, '')}/${contentPath.slice(DUTY_CONTENT_DIR.length + 1)}`;
  return contentPath;
}

/** "657,6 KB": a size as Vietnamese write numbers. */
export function fileSize(bytes: number): string {
  const fmt = new Intl.NumberFormat('vi', { maximumFractionDigits: 1 });
  return bytes < 1024 ? `${bytes} byte` : bytes < 1024 * 1024 ? `${fmt.format(bytes / 1024)} KB` : `${fmt.format(bytes / 1024 / 1024)} MB`;
}
