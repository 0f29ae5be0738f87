import { writeFileSync } from 'node:fs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const P = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (lines: string[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => P(l, true)) });
const header = new Table({ rows: [
  new TableRow({ children: [cell(['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TỈNH HÀ TĨNH', '-------']), cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------'])] }),
  new TableRow({ children: [cell(['Số: 152/QĐ-SKHCN']), cell(['Hà Tĩnh, ngày 20 tháng 8 năm 2025'])] }),
] });

type Art = { heading: string; clauses: Array<{ text: string; points?: string[] }> };
const ART: Art[] = [
  { heading: 'Phạm vi điều chỉnh', clauses: [{ text: 'Quy định này quy định nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.' }] },
  { heading: 'Nhiệm vụ, quyền hạn của Văn phòng', clauses: [
    { text: 'Tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh dự thảo quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở.' },
    { text: 'Lập kế hoạch, dự toán và xây dựng đề xuất cơ cấu chi, tỷ lệ chi ngân sách nhà nước hằng năm dành cho khoa học và công nghệ; theo dõi, kiểm tra việc sử dụng ngân sách nhà nước của Sở.' },
    { text: 'Thực hiện các nhiệm vụ khác do Giám đốc Sở giao.' },
  ] },
  { heading: 'Nhiệm vụ, quyền hạn của Thanh tra', clauses: [
    { text: 'Thanh tra, kiểm tra việc chấp hành pháp luật về khoa học và công nghệ:', points: [
      'Thanh tra hành chính đối với các tổ chức, cá nhân thuộc phạm vi quản lý của Sở;',
      'Giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng, tiêu cực theo quy định của pháp luật.',
    ] },
    { text: 'Thực hiện các nhiệm vụ khác do Giám đốc Sở giao.' },
  ] },
  { heading: 'Nhiệm vụ, quyền hạn của Phòng Quản lý khoa học', clauses: [
    { text: 'Tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh:', points: [
      'Dự thảo kế hoạch phát triển ngành, lĩnh vực; chương trình, kế hoạch, đề án, dự án về khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh;',
      'Dự thảo nghị quyết của Hội đồng nhân dân tỉnh, dự thảo quyết định của Ủy ban nhân dân tỉnh về khoa học và công nghệ.',
    ] },
    { text: 'Tổ chức thực hiện các văn bản quy phạm pháp luật, chiến lược, quy hoạch, kế hoạch, chương trình, đề án về khoa học và công nghệ sau khi được ban hành, phê duyệt.' },
  ] },
  { heading: 'Nhiệm vụ, quyền hạn của Phòng Tiêu chuẩn Đo lường Chất lượng', clauses: [
    { text: 'Tổ chức thực hiện việc cấp, cấp lại, thu hồi giấy chứng nhận, giấy xác nhận về tiêu chuẩn, đo lường, chất lượng theo quy định của pháp luật.' },
    { text: 'Tổ chức xây dựng tiêu chuẩn địa phương; quản lý phương tiện đo, chuẩn đo lường trên địa bàn tỉnh.' },
  ] },
];

async function main() {
  const children: (Paragraph | Table)[] = [header, P('QUYẾT ĐỊNH', true),
    P('Ban hành Quy định nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', true),
    P('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH', true),
    P('Căn cứ Quyết định số 39/2025/QĐ-UBND ngày 15 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Hà Tĩnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;'),
    P('Theo đề nghị của Chánh Văn phòng Sở.'),
    P('QUYẾT ĐỊNH:', true),
    P('Điều 1. Ban hành kèm theo Quyết định này Quy định nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ thuộc Sở.'),
    P('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.'),
    P('Điều 3. Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng thuộc Sở chịu trách nhiệm thi hành Quyết định này./.'),
    P('Nơi nhận:'), P('- Như Điều 3;'), P('- Lưu: VT, VP.'),
    P('GIÁM ĐỐC', true), P('Lê Thị Mai'),
    P('QUY ĐỊNH', true),
    P('Nhiệm vụ, quyền hạn của các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh'),
    P('(Kèm theo Quyết định số 152/QĐ-SKHCN ngày 20 tháng 8 năm 2025 của Giám đốc Sở Khoa học và Công nghệ)'),
  ];
  for (const a of ART) {
    children.push(new Paragraph({ children: [new TextRun({ text: a.heading, bold: true })], numbering: { reference: 'quy-dinh', level: 0 } }));
    for (const c of a.clauses) {
      children.push(new Paragraph({ children: [new TextRun(c.text)], numbering: { reference: 'quy-dinh', level: 1 } }));
      for (const p of c.points ?? []) children.push(new Paragraph({ children: [new TextRun(p)], numbering: { reference: 'quy-dinh', level: 2 } }));
    }
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'quy-dinh', levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: 'Điều %1.', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
      { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
    ] }] },
    sections: [{ children }],
  });
  writeFileSync(process.argv[2]!, await Packer.toBuffer(doc));
}
void main();
