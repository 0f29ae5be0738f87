/**
 * The drafting page's exports and saved drafts, without a browser: the
 * Word draft opened as the .docx it is (unzipped with jszip, word/document.xml and
 * footnotes.xml read) — one Điều per office, points in Vietnamese letter
 * order, every duty's citation in a footnote, Times New Roman; the .xlsx
 * read back with exceljs — one row per duty, formula-looking text kept as
 * text; the draft file refused with a Vietnamese message when it is not one.
 */
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { precedentsFor } from '../../src/lib/align/precedents';
import { DRAFT_FORMAT, draftFor, officeList, officeLoads, readDraft, renames, type Draft } from '../../src/lib/draft/assignment';
import { draftData, type DraftData } from '../../src/lib/draft/data';
import { evaluateDraft } from '../../src/lib/draft/evaluate';
import { citedDuties, draftOutline, sheetRows } from '../../src/lib/draft/outline';
import { proposeDraft } from '../../src/lib/draft/propose';
import { NOT_ASSIGNED, SHEET_NAMES, draftWorkbook } from '../../src/lib/draft/sheet';
import { draftDocument } from '../../src/lib/draft/word';
import { pointLetter, VIETNAMESE_LETTERS } from '../../src/lib/parse/markers';
import { citation } from '../../src/lib/citation';
import { loadReview } from '../../scripts/lib/alignments';
import { corpus, doc } from '../helpers/corpus';

const ROOT = join(import.meta.dirname, '..', '..');
const model = doc('tt-10-2025-bkhcn');
const provinces = corpus().documents.filter((d) => d.meta.implements === model.meta.id);
const reviews = new Map(provinces.map((d) => [d.meta.id, loadReview(join(ROOT, 'alignments'), d.meta.id)]));
const data = draftData(model, precedentsFor(model.meta.id, provinces, reviews));
const citations = new Map(data.duties.map((d) => [d.model, citation(d.label, model.meta)]));
const OFFICES = ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Quản lý khoa học và công nghệ', 'Phòng Tiêu chuẩn Đo lường Chất lượng', 'Phòng Chuyển đổi số', '=HYPERLINK("http://x")'];
const NOW = '2026-12-02T08:00:00.000Z';
const proposals = proposeDraft(data, OFFICES);
/** The proposal, then two changes: điểm a khoản 1 also to Thanh tra, khoản 2 to no office. */
const draft: Draft = (() => {
  const d = draftFor(data, OFFICES, proposals, null, { province: 'tỉnh Lai Châu', start: null, savedAt: NOW });
  d.assignments[0] = { model: d.assignments[0]!.model, offices: [...d.assignments[0]!.offices, 'Thanh tra Sở'], edited: true };
  const k2 = d.assignments.findIndex((a) => a.model === 'dieu-2/khoan-2');
  d.assignments[k2] = { model: 'dieu-2/khoan-2', offices: [], edited: true };
  return d;
})();
const duties = citedDuties(data, citations);

/** Paragraphs of a WordprocessingML part: their text and the footnotes they refer to. */
function paragraphs(xml: string): Array<{ text: string; notes: string[] }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map(([p]) => ({
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"'),
    notes: [...p.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/gu)].map((m) => m[1]!),
  }));
}

describe('Vietnamese point letters', () => {
  it('number points a, b, c, d, đ, e, g … y (no f, j, w, z), then doubled letters', () => {
    const first = Array.from({ length: 23 }, (_, i) => pointLetter(i));
    expect(first).toEqual(VIETNAMESE_LETTERS);
    expect(first.join('')).toBe('abcdđeghiklmnopqrstuvxy');
    expect([23, 24, 27, 45, 46].map(pointLetter)).toEqual(['aa', 'bb', 'đđ', 'yy', 'aaa']);
  });

  it('letter a khoản with more than 23 points past y with doubled letters', () => {
    const many: DraftData = {
      ...data,
      duties: Array.from({ length: 25 }, (_, i) => ({ model: `dieu-2/khoan-9/diem-${i}`, label: `điểm ${i} khoản 9 Điều 2`, clause: 'dieu-2/khoan-9', field: 'Về một lĩnh vực', text: `Nhiệm vụ ${i};` })),
    };
    const d = draftFor(many, ['Phòng A'], many.duties.map((x) => ({ model: x.model, label: x.label, offices: ['Phòng A'], reason: '', confidence: 1, basis: 'precedent' as const })), null, { province: '', start: null, savedAt: NOW });
    const outline = draftOutline(d, citedDuties(many, new Map(many.duties.map((x) => [x.model, x.label]))));
    expect(outline.articles[0]!.clauses).toHaveLength(1);
    expect(outline.articles[0]!.clauses[0]!.points.map((p) => p.letter).slice(-3)).toEqual(['y', 'aa', 'bb']);
  });
});

describe('the Word draft', async () => {
  const buffer = await Packer.toBuffer(draftDocument(draftOutline(draft, duties), { model: data.model.title, made: new Date(NOW) }));
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.fromEntries(await Promise.all(['word/document.xml', 'word/footnotes.xml', 'word/styles.xml'].map(async (name) => [name, await zip.file(name)!.async('string')])));
  const xml = (name: string): string => parts[name]!;
  const body = paragraphs(xml('word/document.xml'));
  const footnotes = new Map([...xml('word/footnotes.xml').matchAll(/<w:footnote w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/gu)].map((m) => [m[1]!, paragraphs(m[2]!).map((p) => p.text).join(' ')]));
  const articles = body.map((p, i) => ({ ...p, i })).filter((p) => /^Điều \d+\. /u.test(p.text));

  it('opens as a .docx with the national heading, blanks for number and date, and the title', () => {
    const texts = body.map((p) => p.text);
    expect(texts.slice(0, 8)).toEqual([
      'UBND TỈNH LAI CHÂU', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: ……/QĐ-SKHCN', 'Lai Châu, ngày …… tháng …… năm 20……', 'QUY ĐỊNH',
    ]);
    expect(texts).toContain('Chức năng, nhiệm vụ của các phòng thuộc Sở Khoa học và Công nghệ tỉnh Lai Châu');
    expect(xml('word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>[\s\S]*?<w:sz w:val="28"\/>/u);
    expect(xml('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
  });

  it('has one Điều per office, in the list order, numbered 1, 2, 3 …', () => {
    expect(articles.map((a) => a.text)).toEqual(OFFICES.map((o, i) => `Điều ${i + 1}. ${o}`));
  });

  it('numbers the khoản of each Điều 1, 2, 3 … and their points in Vietnamese letter order from a)', () => {
    const ends = [...articles.slice(1).map((a) => a.i), body.findIndex((p) => p.text.startsWith('Ghi chú của bản dự thảo'))];
    let points = 0;
    articles.forEach((a, k) => {
      let clause = 0;
      let letter = 0;
      for (const p of body.slice(a.i + 1, ends[k])) {
        const c = /^(\d+)\. /u.exec(p.text);
        const m = /^([a-zđ]+)\) /u.exec(p.text);
        if (c) { expect(Number(c[1]), p.text).toBe(++clause); letter = 0; }
        else if (m) { expect(m[1], p.text).toBe(VIETNAMESE_LETTERS[letter++]); points++; }
        else expect(p.text).toMatch(/^\(Chưa giao/u);
      }
    });
    expect(points).toBeGreaterThan(100);
  });

  it('puts every duty given to an office under that office, its model text verbatim with its citation as a footnote', () => {
    for (const [k, a] of articles.entries()) {
      const office = OFFICES[k]!;
      const end = articles[k + 1]?.i ?? body.length;
      const cited = body.slice(a.i + 1, end).flatMap((p) => p.notes.map((n) => ({ text: p.text, note: footnotes.get(n)! })));
      const given = duties.filter((d) => draft.assignments.find((x) => x.model === d.model)!.offices.includes(office));
      expect(cited.map((c) => c.note.split('.')[0])).toEqual(given.map((d) => d.citation.split('.')[0]));
      cited.forEach((c, i) => expect(c.text.endsWith(given[i]!.text), c.text).toBe(true));
    }
    expect([...footnotes.values()]).toContain('điểm đ khoản 6 Điều 2 Thông tư số 10/2025/TT-BKHCN ngày 27/6/2025 của Bộ Khoa học và Công nghệ.');
  });

  it('says in the footnote which other offices share a duty, and lists the duties given to no office at the end', () => {
    const [first, second] = draft.assignments[0]!.offices;
    const a1 = [...footnotes.values()].filter((n) => n.startsWith('điểm a khoản 1 Điều 2 ')).map((n) => n.split('. ')[1]);
    expect(a1.sort()).toEqual([`Nhiệm vụ này cũng giao cho: ${first}.`, `Nhiệm vụ này cũng giao cho: ${second}.`].sort());
    const notes = body.slice(body.findIndex((p) => p.text.startsWith('Ghi chú của bản dự thảo')));
    expect(notes.some((p) => p.text.startsWith('- khoản 2 Điều 2: Trình Chủ tịch'))).toBe(true);
    expect(notes.some((p) => p.text.includes('không phải ý kiến pháp lý; người soạn đã sửa 2 nhiệm vụ so với đề xuất'))).toBe(true);
  });
});

describe('the spreadsheet', async () => {
  const rows = sheetRows(draft, duties, proposals);
  const buffer = await draftWorkbook(rows, officeLoads(draft, proposals), data.model.title).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const sheet = wb.getWorksheet(SHEET_NAMES.duties)!;

  it('reads back with one row per model duty: citation, model text, offices of the draft, proposal and reason', () => {
    expect(sheet.rowCount).toBe(1 + data.duties.length);
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Nhiệm vụ (trích dẫn)', `Nội dung theo ${data.model.title}`, 'Phòng được giao (bản dự thảo)', 'Phòng đề xuất', 'Lý do đề xuất', 'Độ tin cậy', 'Đề xuất yếu', 'Đã sửa']);
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe(citations.get('dieu-2/khoan-1/diem-a'));
    expect(first.getCell(3).value).toBe(data.duties[0]!.text);
    expect(String(first.getCell(4).value).split('\n')).toContain('Thanh tra Sở');
    expect(first.getCell(6).value).toBe(proposals[0]!.reason);
    expect(first.getCell(9).value).toBe('có');
    const k2 = sheet.getRow(2 + data.duties.findIndex((d) => d.model === 'dieu-2/khoan-2'));
    expect(k2.getCell(4).value).toBe(NOT_ASSIGNED);
  });

  it('keeps formula-looking text as text cells formatted as text, and writes no formula', () => {
    const formulas: string[] = [];
    let asText = 0;
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) formulas.push(cell.address);
      if (typeof cell.value === 'string' && cell.value.startsWith('=')) { expect(cell.numFmt, cell.address).toBe('@'); asText++; }
    }));
    expect(formulas).toEqual([]);
    expect(asText).toBeGreaterThan(0);
    const loads = wb.getWorksheet(SHEET_NAMES.loads)!;
    expect(loads.getColumn(1).values).toContain('=HYPERLINK("http://x")');
  });

  it('gives each office its load, and the duties given to none', () => {
    const loads = wb.getWorksheet(SHEET_NAMES.loads)!;
    expect(loads.rowCount).toBe(1 + OFFICES.length + 1);
    const { loads: expected, unassigned } = officeLoads(draft, proposals);
    expected.forEach((l, i) => expect(loads.getRow(i + 2).getCell(2).value).toBe(l.duties));
    expect(loads.getRow(2 + OFFICES.length).getCell(2).value).toBe(unassigned);
    expect(unassigned).toBeGreaterThanOrEqual(1);
  });
});

describe('the saved draft', () => {
  it('reads back what was saved', () => {
    const reading = readDraft(JSON.stringify(draft), data);
    expect(reading).toEqual({ draft, notes: [] });
  });

  it.each([
    ['text that is not JSON', '{ "format": ', /không phải JSON đọc được/u],
    ['a list', '[1, 2]', /không phải một bản dự thảo/u],
    ['another JSON file', JSON.stringify({ documents: [] }), new RegExp(`không phải bản dự thảo phân công \\(thiếu dấu hiệu "format": "${DRAFT_FORMAT}"\\)`, 'u')],
    ['a newer version', JSON.stringify({ ...draft, version: 2 }), /phiên bản 2, trang này đọc phiên bản 1/u],
    ['no offices', JSON.stringify({ ...draft, offices: [] }), /danh sách phòng \("offices"\) phải có ít nhất một tên/u],
    ['offices not a list', JSON.stringify({ ...draft, assignments: [{ model: 'dieu-2/khoan-1/diem-a', offices: 'Văn phòng Sở', edited: false }] }), /phân công thứ 1 phải có "model"/u],
    ['another model', JSON.stringify({ ...draft, model: 'tt-99-2030' }), /tệp soạn theo văn bản "tt-99-2030", trang này theo Thông tư 10\/2025\/TT-BKHCN/u],
    ['an unknown duty', JSON.stringify({ ...draft, assignments: [{ model: 'dieu-2/khoan-40', offices: [], edited: false }] }), /nhiệm vụ "dieu-2\/khoan-40" không có trong Điều 2/u],
    ['a duty twice', JSON.stringify({ ...draft, assignments: [draft.assignments[0], draft.assignments[0]] }), /điểm a khoản 1 Điều 2 được phân công hai lần/u],
    ['an office not listed', JSON.stringify({ ...draft, offices: ['Văn phòng Sở'] }), /giao cho "[^"]+", không có trong danh sách phòng của tệp/u],
  ])('refuses %s with a Vietnamese message', (_, json, message) => {
    const reading = readDraft(json, data);
    expect('error' in reading && reading.error).toMatch(message);
  });

  it('takes a file that lacks duties, and says which', () => {
    const reading = readDraft(JSON.stringify({ ...draft, assignments: draft.assignments.slice(2) }), data);
    expect('draft' in reading && reading.notes).toEqual(['tệp thiếu 2 nhiệm vụ (điểm a khoản 1 Điều 2, điểm b khoản 1 Điều 2): lấy theo đề xuất']);
  });
});

describe('the weaker mark', () => {
  it.each(['lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn'])('marks proposals that agree less often with %s, its document hidden', (document) => {
    const { weak, others } = evaluateDraft(data, document);
    expect(weak[1]).toBeGreaterThan(0);
    // At the level reached (npm run draft -- --evaluate, 2026-12-02): Lai Châu 3/4 against 71/93, Quảng Ngãi 33 6/11 against 69/95.
    // Since a precedent's own "chưa giao" counts as precedent, few proposals are weaker, so the margin is small.
    expect(weak[0] / weak[1]).toBeLessThan(others[0] / others[1]);
  });
});

describe('the draft when the offices change', () => {
  it('reads office names one per line, tidied, without blanks or repeats', () => {
    expect(officeList(' Văn phòng  Sở \r\n\nThanh tra\nVăn phòng Sở\n')).toEqual(['Văn phòng Sở', 'Thanh tra']);
    expect(officeList('Pho\u0300ng A')).toEqual(['Phòng A']);
  });

  it('keeps the changed duties (a renamed office followed), and gives the others the new proposal', () => {
    const renamed = OFFICES.map((o) => (o === 'Thanh tra Sở' ? 'Thanh tra' : o));
    expect(renames(OFFICES, renamed)).toEqual(new Map([['Thanh tra Sở', 'Thanh tra']]));
    const next = draftFor(data, renamed, proposeDraft(data, renamed), draft, { province: draft.province, start: null, savedAt: NOW });
    expect(next.assignments[0]).toEqual({ model: 'dieu-2/khoan-1/diem-a', offices: [...draft.assignments[0]!.offices.filter((o) => o !== 'Thanh tra Sở'), 'Thanh tra'], edited: true });
    expect(next.assignments.find((a) => a.model === 'dieu-2/khoan-2')).toEqual({ model: 'dieu-2/khoan-2', offices: [], edited: true });
    expect(next.assignments.filter((a) => !a.edited).every((a) => a.offices.every((o) => renamed.includes(o)))).toBe(true);
  });

  it('drops a removed office from a changed duty, and gives the duty back to the proposal when none is left', () => {
    const fewer = OFFICES.filter((o) => o !== 'Thanh tra Sở' && o !== 'Văn phòng Sở');
    const before = { ...draft, assignments: draft.assignments.map((a, i) => (i === 0 ? { ...a, offices: ['Văn phòng Sở', 'Thanh tra Sở'] } : a)) };
    const next = draftFor(data, fewer, proposeDraft(data, fewer), before, { province: '', start: null, savedAt: NOW });
    expect(next.assignments[0]!.edited).toBe(false);
    expect(next.assignments[0]!.offices.every((o) => fewer.includes(o))).toBe(true);
  });
});
