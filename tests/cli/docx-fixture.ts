/**
 * A Word document built in the tests with the `docx` library and real Word
 * list numbering (numbering definitions, list instances restarting per
 * article), beside the same text as a reader sees it, numbers written out.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

interface Article { heading: string; clauses: Array<{ text: string; points?: string[] }> }

const ARTICLES: Article[] = [
  { heading: 'Vị trí và chức năng', clauses: [
    { text: 'Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Đồng Nai.' },
    { text: 'Sở có tư cách pháp nhân, có con dấu và tài khoản riêng.' },
  ] },
  { heading: 'Nhiệm vụ và quyền hạn', clauses: [
    { text: 'Trình Ủy ban nhân dân tỉnh:', points: ['Dự thảo quyết định, chỉ thị thuộc lĩnh vực khoa học và công nghệ;', 'Dự thảo kế hoạch phát triển khoa học và công nghệ hằng năm;', 'Dự thảo quy định về quản lý nhiệm vụ khoa học và công nghệ.'] },
    { text: 'Tổ chức thực hiện các văn bản quy phạm pháp luật sau khi được ban hành.' },
    { text: 'Về tiêu chuẩn, đo lường, chất lượng:', points: ['Tổ chức xây dựng tiêu chuẩn địa phương;', 'Quản lý phương tiện đo trên địa bàn tỉnh.'] },
  ] },
  { heading: 'Hiệu lực thi hành', clauses: [{ text: 'Quyết định này có hiệu lực kể từ ngày ký.' }] },
];

const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG NAI', 'Số: 52/2025/QĐ-UBND', 'Đồng Nai, ngày 10 tháng 9 năm 2025', 'QUYẾT ĐỊNH', 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Đồng Nai', 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'Căn cứ Thông tư số 10/2025/TT-BKHCN ngày 27 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ;', 'QUYẾT ĐỊNH:'];

/** The text a reader of the Word file sees, one paragraph per line. */
export function docxFixtureText(): string {
  const lines = [...HEADER];
  ARTICLES.forEach((a, i) => {
    lines.push(`Điều ${i + 1}. ${a.heading}`);
    a.clauses.forEach((c, j) => {
      lines.push(`${j + 1}. ${c.text}`);
      (c.points ?? []).forEach((p, k) => lines.push(`${'abcdđeg'[k]}) ${p}`));
    });
  });
  return `${lines.join('\n')}\n`;
}

/** The same document as .docx: "Điều %1." one list through the document, khoản "%1." and điểm "%2)" a list restarted in every article. */
export async function docxFixture(): Promise<Buffer> {
  const children: Paragraph[] = HEADER.map((text) => new Paragraph({ children: [new TextRun(text)] }));
  ARTICLES.forEach((a, i) => {
    children.push(new Paragraph({ children: [new TextRun(a.heading)], numbering: { reference: 'dieu', level: 0 } }));
    for (const c of a.clauses) {
      children.push(new Paragraph({ children: [new TextRun(c.text)], numbering: { reference: 'khoan', level: 0, instance: i + 1 } }));
      for (const p of c.points ?? []) children.push(new Paragraph({ children: [new TextRun(p)], numbering: { reference: 'khoan', level: 1, instance: i + 1 } }));
    }
  });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'dieu', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: 'Điều %1.', alignment: AlignmentType.LEFT }] },
        { reference: 'khoan', levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
        ] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
