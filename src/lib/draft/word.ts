/**
 * The Word draft (.docx, the `docx` library) laid out as Vietnamese
 * administrative documents are (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4,
 * margins 20/20/30/20 mm, Times New Roman 14 (the national heading 12–13);
 * the issuing body beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập -
 * Tự do - Hạnh phúc", blanks for the number and the date; the title; one
 * Điều per office, its khoản numbered 1, 2, 3 and its points a), b), c) in
 * Vietnamese order; each duty's text verbatim from the model with its
 * citation as a footnote. Numbers are typed text, not Word lists, so they
 * stay as written when the draft is edited. The drafter's notes (what is
 * still unassigned) close the document, marked to be removed. Pure: the
 * page packs it into a Blob, the tests into a Buffer.
 */
import {
  AlignmentType, BorderStyle, Document, FootnoteReferenceRun, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType,
  type IRunOptions,
} from 'docx';
import { formatDate } from '../citation';
import type { DraftOutline, OutlineDuty } from './outline';

const FONT = 'Times New Roman';
/** Half-points: body 14 pt, the national heading 12–13 pt, footnotes 12 pt. */
const SIZE = { body: 28, motto: 26, heading: 24, note: 24 };
/** Twips: A4 and its margins (top 20, bottom 20, left 30, right 20 mm). */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** First-line indent of body paragraphs (1 default tab, 1.27 cm) and the space after them (6 pt). */
const INDENT = 720;
const AFTER = 120;
/** Line spacing 1.2 (ND 30 allows single to 1.5). */
const LINE = 288;
const BLANK = '……';

export interface WordOptions {
  /** The model's name in the notes ("Thông tư 10/2025/TT-BKHCN"). */
  model: string;
  /** When the draft is made (the notes say it). */
  made: Date;
}

/** The draft Quy định as a docx Document. */
export function draftDocument(outline: DraftOutline, options: WordOptions): Document {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const cite = (duty: OutlineDuty): FootnoteReferenceRun => {
    const id = Object.keys(footnotes).length + 1;
    const also = duty.alsoTo.length ? ` Nhiệm vụ này cũng giao cho: ${duty.alsoTo.join(', ')}.` : '';
    footnotes[id] = { children: [new Paragraph({ children: [new TextRun(`${duty.citation}.${also}`)] })] };
    return new FootnoteReferenceRun(id);
  };
  const children = [
    nationalHeading(outline.province),
    ...title(outline.province),
    ...outline.articles.flatMap((a) => [
      body([run(`Điều ${a.number}. ${a.office}`, { bold: true })], { before: AFTER }),
      ...(a.clauses.length === 0 ? [body([run('(Chưa giao nhiệm vụ nào của mô hình cho phòng này.)', { italics: true })])] : []),
      ...a.clauses.flatMap((c) => c.duty
        ? [body([run(`${c.number}. ${c.duty.text}`), cite(c.duty)])]
        : [body([run(`${c.number}. ${c.lead ?? ''}`)]), ...c.points.map((p) => body([run(`${p.letter}) ${p.text}`), cite(p)]))]),
    ]),
    ...drafterNotes(outline, options),
  ];
  return new Document({
    creator: 'Dự thảo phân công — Nhiệm vụ Sở Khoa học và Công nghệ',
    title: 'Dự thảo Quy định chức năng, nhiệm vụ của các phòng thuộc Sở Khoa học và Công nghệ',
    description: `Dự thảo lập từ đề xuất tự động theo ${options.model}; cần rà soát.`,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } }, paragraph: { spacing: { after: AFTER, line: LINE } } },
        footnoteText: { run: { font: FONT, size: SIZE.note }, paragraph: { spacing: { after: 0 }, alignment: AlignmentType.JUSTIFIED } },
      },
    },
    footnotes,
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
      children,
    }],
  });
}

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...options });

/** A body paragraph: justified, first line indented. */
function body(children: Array<TextRun | FootnoteReferenceRun>, spacing: { before?: number } = {}): Paragraph {
  return new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { before: spacing.before ?? 0, after: AFTER } });
}

const centred = (children: TextRun[], after = 0) => new Paragraph({ children, alignment: AlignmentType.CENTER, spacing: { before: 0, after } });

/** A short rule under a centred line, as wide as `width` twips of a column `column` twips wide. */
function rule(column: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, indent: { left: side, right: side }, spacing: { before: 0, after: 120 } });
}

/** "tỉnh Lai Châu" → "Lai Châu": the place written before the date. */
const placeOf = (province: string) => province.replace(/^(?:tỉnh|thành phố)\s+/iu, '').trim();

/**
 * The issuing body beside the national heading, with blanks for the number
 * and the date: a borderless two-column table, a little wider than the text
 * (into the 30 mm left margin) so that "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and "CỘNG
 * HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" each stay on one line.
 */
function nationalHeading(province: string): Table {
  const left = 3800;
  const right = 5700;
  const outset = left + right - TEXT_WIDTH;
  const body = province ? `UBND ${province.toLocaleUpperCase('vi')}` : `UBND TỈNH ${BLANK}`;
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    indent: { size: -outset, type: WidthType.DXA },
    margins: { left: 0, right: 0 },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [
        cell(left, [centred([run(body, { size: SIZE.heading })]), centred([run('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { size: SIZE.heading, bold: true })]), rule(left, 1400)]),
        cell(right, [centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.heading, bold: true })]), centred([run('Độc lập - Tự do - Hạnh phúc', { size: SIZE.motto, bold: true, underline: {} })], 120)]),
      ] }),
      new TableRow({ children: [
        cell(left, [centred([run(`Số: ${BLANK}/QĐ-SKHCN`, { size: SIZE.motto })])]),
        cell(right, [centred([run(`${placeOf(province) || BLANK}, ngày ${BLANK} tháng ${BLANK} năm 20${BLANK}`, { size: SIZE.body, italics: true })])]),
      ] }),
    ],
  });
}

/** "QUY ĐỊNH", its subject and the decision it is attached to (blanks). */
function title(province: string): Paragraph[] {
  const so = `Sở Khoa học và Công nghệ${province ? ` ${province}` : ''}`;
  return [
    new Paragraph({ children: [run('QUY ĐỊNH', { bold: true })], alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 } }),
    centred([run(`Chức năng, nhiệm vụ của các phòng thuộc ${so}`, { bold: true })]),
    centred([run(`(Ban hành kèm theo Quyết định số ${BLANK}/QĐ-SKHCN ngày ${BLANK} tháng ${BLANK} năm 20${BLANK} của Giám đốc ${so})`, { italics: true })]),
    rule(TEXT_WIDTH, 2000),
  ];
}

/** What the drafter must know, to be removed before signing: where the draft comes from, and the duties no office holds. */
function drafterNotes(outline: DraftOutline, options: WordOptions): Paragraph[] {
  const note = (text: string, bold = false) => body([run(text, { italics: true, bold })]);
  return [
    body([run('Ghi chú của bản dự thảo (bỏ trước khi trình ký)', { italics: true, bold: true })], { before: 2 * AFTER }),
    note(`Bản dự thảo lập ngày ${formatDate(options.made.toLocaleDateString('sv-SE'))} bằng trang "Dự thảo phân công". Phòng được giao mỗi nhiệm vụ là đề xuất tự động theo cách các tỉnh đã có trong kho phân công, không phải ý kiến pháp lý; người soạn đã sửa ${outline.changed} nhiệm vụ so với đề xuất. Cần rà soát từng nhiệm vụ. Lời văn mỗi nhiệm vụ chép nguyên từ ${options.model}, nguồn ghi ở chú thích cuối trang.`),
    ...(outline.unassigned.length === 0
      ? [note(`Mọi nhiệm vụ của ${options.model} đã được giao cho ít nhất một phòng.`)]
      : [note(`${outline.unassigned.length} nhiệm vụ của ${options.model} chưa giao cho phòng nào:`), ...outline.unassigned.map((d) => note(`- ${d.label}: ${d.text}`))]),
  ];
}
