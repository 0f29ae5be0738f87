/**
 * The review round trip through a spreadsheet, as a legal officer meets it:
 * `npm run align -- --sheet` writes the workbook, the officer changes it in
 * Excel (here: with exceljs, the same library), `--import` merges it back —
 * or refuses it, naming the sheet and the row, and leaves the file untouched.
 * Formula-looking text stays text in every spreadsheet and CSV we write.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonCsv, type Comparison } from '../../src/lib/align/comparison';
import type { Duty } from '../../src/lib/align/duties';
import { reviewSchema, type Review } from '../../src/lib/align/review';
import { itemResolver, resolveModel, reviewSheet, SHEET_NAMES } from '../../src/lib/align/review-sheet';
import { csvField } from '../../src/lib/spreadsheet-text';
import { writeReviewWorkbook } from '../../scripts/lib/review-workbook';
import { doc } from '../helpers/corpus';
import { dutiesOf } from '../../src/lib/align/duties';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LC = 'lai-chau-quy-dinh-cac-phong';
const today = new Date().toLocaleDateString('sv-SE');

function align(args: string[]) {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'align.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stderr: r.stderr };
}

/** A fresh copy of alignments/ and a workbook for Lai Châu written into it by the CLI. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-sheet-'));
  cpSync(join(ROOT, 'alignments'), join(dir, 'alignments'), { recursive: true });
  const xlsx = join(dir, 'lai-chau.xlsx');
  const r = align(['--sheet', LC, '--out', xlsx, '--alignments', join(dir, 'alignments')]);
  expect(r.code, r.out).toBe(0);
  return { dir, xlsx, json: join(dir, 'alignments', `${LC}.json`) };
}

const open = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};
/** The row of a sheet whose hidden key starts with this prefix. */
function rowWithKey(ws: ExcelJS.Worksheet, prefix: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  ws.eachRow((row) => { if (!found && String(row.getCell(1).value ?? '').startsWith(prefix)) found = row; });
  expect(found, prefix).not.toBeNull();
  return found!;
}
const col = (ws: ExcelJS.Worksheet, header: string) => {
  let n = 0;
  ws.getRow(1).eachCell((c, i) => { if (c.value === header) n = i; });
  expect(n, header).toBeGreaterThan(0);
  return n;
};
const readReview = (path: string): Review => reviewSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
const linkOf = (r: Review, item: string, model: string) => r.links.find((l) => l.item === item && l.model === model);

describe('the review workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => { wb = await open(fixture().xlsx); }, 60_000);

  it('has the three sheets, a frozen header with filters, a hidden key, A4 landscape printing', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đối chiếu', 'Chưa phân công', 'Nhiệm vụ riêng']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getColumn(1).hidden).toBe(true);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it('offers drop-downs for the decision and the coverage, and wraps the long texts', () => {
    const ws = wb.getWorksheet('Đối chiếu')!;
    const row = ws.getRow(2);
    expect(row.getCell(col(ws, 'Quyết định')).dataValidation).toMatchObject({ type: 'list', formulae: ['"Đồng ý,Không đồng ý,Chưa xem"'] });
    expect(row.getCell(col(ws, 'Phạm vi')).dataValidation).toMatchObject({ type: 'list', formulae: ['"Toàn bộ,Một phần"'] });
    expect(row.getCell(col(ws, 'Nội dung mục')).alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(col(ws, 'Nội dung mục')).width).toBeGreaterThanOrEqual(40);
  });

  it('lists every reviewed link with its status, who and when, and why a proposal was made', () => {
    const ws = wb.getWorksheet('Đối chiếu')!;
    // Every reviewed link has its row; proposals the review has not decided yet have theirs, "tự động".
    const statuses = (ws.getColumn(col(ws, 'Trạng thái')).values as unknown[]).slice(2).map(String);
    expect(statuses.filter((v) => v.startsWith('đã rà soát')).length).toBe(readReview(join(ROOT, 'alignments', `${LC}.json`)).links.length);
    expect(statuses.every((v) => v.startsWith('đã rà soát') || v === 'tự động')).toBe(true);
    const catchAll = rowWithKey(ws, 'L|dieu-3/muc-2-8|dieu-2/khoan-29|');
    expect(catchAll.getCell(col(ws, 'Lý do đề xuất')).value).toMatch(/^Quy tắc chung/);
    expect(catchAll.getCell(col(ws, 'Trạng thái')).value).toBe('đã rà soát: đồng ý');
    expect(catchAll.getCell(col(ws, 'Người rà soát, ngày')).value).toMatch(/2\/12\/2026$/);
    expect(catchAll.getCell(col(ws, 'Phạm vi')).value).toBe('Một phần');
  });

  it('lists the unassigned duties and the own duties the site shows', () => {
    expect(wb.getWorksheet('Chưa phân công')!.rowCount - 1).toBe(26);
    // 9 items no reviewed link covers, less one that a precedent now proposes a duty for (shown with the proposals).
    expect(wb.getWorksheet('Nhiệm vụ riêng')!.rowCount - 1).toBe(8);
  });
});

describe('import', () => {
  it('merges the decisions changed in the workbook — whatever order the rows were sorted in — with who and when', async () => {
    const { xlsx, json } = fixture();
    const before = readReview(json);
    const wb = await open(xlsx);
    const links = wb.getWorksheet('Đối chiếu')!;
    // The reviewer sorts: swap the first two data rows, cell by cell.
    const [r2, r3] = [links.getRow(2), links.getRow(3)];
    const v2 = (r2.values as ExcelJS.CellValue[]).slice();
    r2.values = (r3.values as ExcelJS.CellValue[]).slice();
    r3.values = v2;
    const reject = rowWithKey(links, 'L|dieu-5/muc-2-1/diem-f|dieu-2/khoan-1/diem-a|');
    reject.getCell(col(links, 'Quyết định')).value = 'Không đồng ý';
    reject.getCell(col(links, 'Ghi chú mới')).value = 'Soạn thảo VBQPPL do phòng chuyên môn khác chủ trì.';
    const whole = rowWithKey(links, 'L|dieu-7/muc-2-3/diem-g|dieu-2/khoan-11/diem-g|');
    whole.getCell(col(links, 'Phạm vi')).value = 'Toàn bộ';
    const unassigned = wb.getWorksheet('Chưa phân công')!;
    const d1 = rowWithKey(unassigned, 'U|dieu-2/khoan-1/diem-d|');
    d1.getCell(col(unassigned, 'Mục của văn bản đảm nhận')).value = 'điểm a mục 2.2 Điều 3 (Văn phòng)';
    d1.getCell(col(unassigned, 'Phạm vi')).value = 'Một phần';
    const own = wb.getWorksheet('Nhiệm vụ riêng')!;
    const b = rowWithKey(own, 'O|dieu-3/muc-2-3/diem-b|');
    b.getCell(col(own, 'Điểm của mô hình tương ứng')).value = '28';
    b.getCell(col(own, 'Phạm vi')).value = 'Một phần';
    await wb.xlsx.writeFile(xlsx);

    const dry = align(['--import', xlsx, '--reviewer', 'Nguyễn Thị Pháp Chế', '--alignments', join(json, '..'), '--dry-run']);
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain('không đồng ý 1, thêm 2, sửa phạm vi/ghi chú 1');
    // Every change is announced in Vietnamese, as the sheet words it.
    expect(dry.out).toMatch(/^thêm: điểm a mục 2\.2 Điều 3 \(Văn phòng\) ↔ điểm d khoản 1 Điều 2: chưa có → đã rà soát: thêm \(một phần\) \(sheet «Chưa phân công», dòng \d+\)$/m);
    expect(dry.out).not.toMatch(/\b(?:accepted|rejected|added|updated|unassigned|partial|full)\b/);
    expect(readReview(json)).toEqual(before);

    const r = align(['--import', xlsx, '--reviewer', 'Nguyễn Thị Pháp Chế', '--alignments', join(json, '..')]);
    expect(r.code, r.out).toBe(0);
    const after = readReview(json);
    const who = { reviewedBy: 'Nguyễn Thị Pháp Chế', reviewedAt: today, checked: true };
    expect(linkOf(after, 'dieu-5/muc-2-1/diem-f', 'dieu-2/khoan-1/diem-a')).toEqual({ item: 'dieu-5/muc-2-1/diem-f', model: 'dieu-2/khoan-1/diem-a', status: 'rejected', note: 'Soạn thảo VBQPPL do phòng chuyên môn khác chủ trì.', ...who });
    expect(linkOf(after, 'dieu-7/muc-2-3/diem-g', 'dieu-2/khoan-11/diem-g')).toMatchObject({ status: 'accepted', coverage: 'full', ...who });
    expect(linkOf(after, 'dieu-3/muc-2-2/diem-a', 'dieu-2/khoan-1/diem-d')).toMatchObject({ status: 'added', coverage: 'partial', ...who });
    expect(linkOf(after, 'dieu-3/muc-2-3/diem-b', 'dieu-2/khoan-28')).toMatchObject({ status: 'added', coverage: 'partial', ...who });
    // Nothing else changed; the duty now carried leaves the unassigned list.
    expect(after.links.length).toBe(before.links.length + 2);
    const untouched = (l: Review['links'][number]) => !['dieu-5/muc-2-1/diem-f', 'dieu-7/muc-2-3/diem-g'].includes(l.item);
    const kept = before.links.filter(untouched);
    expect(after.links.filter(untouched).slice(0, kept.length)).toEqual(kept);
    expect(after.unassigned!.map((u) => u.model)).not.toContain('dieu-2/khoan-1/diem-d');
    expect(after.unassigned!.length).toBe(before.unassigned!.length - 1);
  }, 60_000);

  it("starts a document's first review: with no review file, the sheet holds the proposals and the import writes the file, who and when", async () => {
    // A province's document as a legal officer first meets it: no alignments/<id>.json yet.
    const { dir, json } = fixture();
    rmSync(json);
    const xlsx = join(dir, 'first.xlsx');
    const sheet = align(['--sheet', LC, '--out', xlsx, '--alignments', join(dir, 'alignments')]);
    expect(sheet.code, sheet.out).toBe(0);
    const wb = await open(xlsx);
    const links = wb.getWorksheet('Đối chiếu')!;
    const statuses = (links.getColumn(col(links, 'Trạng thái')).values as unknown[]).slice(2).map(String);
    expect(statuses.length).toBeGreaterThan(50);
    expect(new Set(statuses)).toEqual(new Set(['tự động']));
    const [accept, reject] = [links.getRow(2), links.getRow(3)];
    accept.getCell(col(links, 'Quyết định')).value = 'Đồng ý';
    reject.getCell(col(links, 'Quyết định')).value = 'Không đồng ý';
    await wb.xlsx.writeFile(xlsx);

    // "Đồng ý" without a coverage is refused, and nothing is written.
    const refused = align(['--import', xlsx, '--reviewer', 'Nguyễn Thị Pháp Chế', '--alignments', join(dir, 'alignments')]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/sheet «Đối chiếu», dòng 2: "Đồng ý" cần phạm vi/);
    expect(existsSync(json)).toBe(false);

    accept.getCell(col(links, 'Phạm vi')).value = 'Toàn bộ';
    await wb.xlsx.writeFile(xlsx);
    const r = align(['--import', xlsx, '--reviewer', 'Nguyễn Thị Pháp Chế', '--alignments', join(dir, 'alignments')]);
    expect(r.code, r.out).toBe(0);
    const review = readReview(json);
    expect(review).toMatchObject({ document: LC, reviewer: 'Nguyễn Thị Pháp Chế', reviewedAt: today });
    expect(review.links.map((l) => [l.status, l.coverage])).toEqual([['accepted', 'full'], ['rejected', undefined]]);
  }, 60_000);

  it('refuses a sheet with an unknown citation or a changed text, naming the sheet and row, and writes nothing', async () => {
    const { xlsx, json } = fixture();
    const bytes = readFileSync(json);
    const wb = await open(xlsx);
    const links = wb.getWorksheet('Đối chiếu')!;
    const changed = links.getRow(5);
    const key = String(changed.getCell(1).value);
    changed.getCell(1).value = key.replace(/\|[0-9a-f]{8}$/, '|00000000');
    changed.getCell(col(links, 'Quyết định')).value = 'Không đồng ý';
    const unassigned = wb.getWorksheet('Chưa phân công')!;
    unassigned.getRow(3).getCell(col(unassigned, 'Mục của văn bản đảm nhận')).value = 'mục 9.9.9';
    unassigned.getRow(3).getCell(col(unassigned, 'Phạm vi')).value = 'Một phần';
    // A valid change beside them, which --partial keeps.
    const own = wb.getWorksheet('Nhiệm vụ riêng')!;
    own.getRow(2).getCell(col(own, 'Điểm của mô hình tương ứng')).value = 'khoản 28';
    own.getRow(2).getCell(col(own, 'Phạm vi')).value = 'Một phần';
    await wb.xlsx.writeFile(xlsx);

    const r = align(['--import', xlsx, '--reviewer', 'A', '--alignments', join(json, '..')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sheet «Đối chiếu», dòng 5: lời văn của điểm \S+ khoản \d+ Điều 2 đã thay đổi từ khi xuất bảng/);
    expect(r.stderr).toContain('sheet «Chưa phân công», dòng 3: không có mục "mục 9.9.9" trong văn bản');
    expect(r.stderr).toContain('không ghi gì vào');
    expect(r.out).not.toMatch(/\n\s+at /);
    expect(readFileSync(json)).toEqual(bytes);

    const partial = align(['--import', xlsx, '--reviewer', 'A', '--alignments', join(json, '..'), '--partial']);
    expect(partial.code, partial.out).toBe(0);
    expect(readReview(json).links.length).toBe(reviewSchema.parse(JSON.parse(bytes.toString())).links.length + 1);
  }, 60_000);

  it('refuses two rows that decide the same pair differently, naming both', async () => {
    const { xlsx, json } = fixture();
    const bytes = readFileSync(json);
    const wb = await open(xlsx);
    const own = wb.getWorksheet('Nhiệm vụ riêng')!;
    own.getRow(2).getCell(col(own, 'Điểm của mô hình tương ứng')).value = 'khoản 28';
    own.getRow(2).getCell(col(own, 'Phạm vi')).value = 'Một phần';
    own.getRow(3).getCell(col(own, 'Điểm của mô hình tương ứng')).value = 'khoản 28';
    own.getRow(3).getCell(col(own, 'Phạm vi')).value = 'Một phần';
    // Same item typed twice for one duty, with different coverage.
    const item = String(own.getRow(2).getCell(1).value).split('|')[1]!;
    const unassigned = wb.getWorksheet('Chưa phân công')!;
    const d1 = rowWithKey(unassigned, 'U|dieu-2/khoan-1/diem-d|');
    d1.getCell(col(unassigned, 'Mục của văn bản đảm nhận')).value = item;
    d1.getCell(col(unassigned, 'Phạm vi')).value = 'Một phần';
    const d2 = rowWithKey(unassigned, 'U|dieu-2/khoan-6/diem-c|');
    d2.getCell(col(unassigned, 'Mục của văn bản đảm nhận')).value = item;
    d2.getCell(col(unassigned, 'Phạm vi')).value = 'Toàn bộ';
    const links = wb.getWorksheet('Đối chiếu')!;
    const dup = links.addRow((links.getRow(2).values as ExcelJS.CellValue[]).slice());
    dup.getCell(col(links, 'Quyết định')).value = 'Không đồng ý';
    await wb.xlsx.writeFile(xlsx);
    const r = align(['--import', xlsx, '--reviewer', 'A', '--alignments', join(json, '..')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`sheet «Đối chiếu», dòng ${dup.number}: mâu thuẫn với sheet «Đối chiếu», dòng 2`));
    expect(readFileSync(json)).toEqual(bytes);
  }, 60_000);
});

describe('typed citations', () => {
  const model = dutiesOf(doc('tt-10-2025-bkhcn'));
  const qn = doc('quang-ngai-33-qd-skhcn');
  const items = dutiesOf(qn);
  const offices = new Map(qn.offices.map((o) => [o.id, o.name]));
  it('reads a model duty however a reviewer writes it', () => {
    for (const t of ['điểm đ khoản 13', 'Điểm đ khoản 13 Điều 2', '13/đ', '13.đ', 'dieu-2/khoan-13/diem-dd']) expect((resolveModel(t, model) as Duty).node, t).toBe('dieu-2/khoan-13/diem-dd');
    expect((resolveModel('khoản 29', model) as Duty).node).toBe('dieu-2/khoan-29');
    expect(resolveModel('khoản 13', model)).toMatch(/ghi rõ điểm/);
    expect(resolveModel('điểm z khoản 13', model)).toMatch(/không có điểm z khoản 13/);
  });
  it('asks for the office when a number repeats across offices', () => {
    const resolveItem = itemResolver(items, offices);
    expect(resolveItem('mục 2.1')).toMatch(/có ở nhiều phòng/);
    expect((resolveItem('mục 2.1 Văn phòng Sở') as Duty).node).toBe('quy-ddinh/muc-i/muc-2-1');
    expect((resolveItem('mục 2.1.1 (Phòng Quản lý chuyên ngành)') as Duty).node).toBe('quy-ddinh/muc-v/muc-2-1-1');
  });
  it('reads an item of a Quy định attached to a decision without "của Quy định", and says how to write one it cannot find', () => {
    const duty = (node: string, label: string, office: string): Duty => ({ document: 'ht', node, label, context: '', text: '', office });
    const ht = [duty('quy-ddinh/dieu-2/khoan-1', 'khoản 1 Điều 2 của Quy định (Văn phòng)', 'van-phong'), duty('quy-ddinh/dieu-5/khoan-2', 'khoản 2 Điều 5 của Quy định (Phòng Tiêu chuẩn)', 'tc')];
    const resolveItem = itemResolver(ht, new Map([['van-phong', 'Văn phòng'], ['tc', 'Phòng Tiêu chuẩn']]));
    for (const t of ['khoản 1 Điều 2', 'Khoản 1 Điều 2 Văn phòng', 'khoản 1 Điều 2 của Quy định']) expect((resolveItem(t) as Duty).node, t).toBe('quy-ddinh/dieu-2/khoan-1');
    expect((resolveItem('khoản 2 Điều 5 Phòng Tiêu chuẩn') as Duty).node).toBe('quy-ddinh/dieu-5/khoan-2');
    expect(resolveItem('khoản 9 Điều 2')).toBe('không có mục "khoản 9 Điều 2" trong văn bản (ghi như cột "Mục của văn bản" của sheet «Đối chiếu», vd. "khoản 1 Điều 2 của Quy định (Văn phòng)")');
  });
});

describe('formula-looking cells stay text', () => {
  const duty = (node: string, text: string): Duty => ({ document: 'p', node, label: `mục ${node}`, context: '', text, office: 'o' });
  const texts = ['=1+1', '+84 912', '-Tổ chức thực hiện', '@SUM(A1:A2)'];

  it('in the review workbook', async () => {
    const model = [duty('dieu-2/khoan-1', '=HYPERLINK("http://x","bấm")')];
    const items = texts.map((t, i) => duty(`i${i}`, t));
    const sheet = reviewSheet({
      document: 'p', title: 'P', modelId: 'm', modelDuties: model, items, officeNames: new Map([['o', '=Phòng']]),
      proposals: items.map((i) => ({ item: i.node, model: 'dieu-2/khoan-1', score: 0.5, basis: 'wording' as const, competitors: [], reasons: ['-lời văn'] })), review: null,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'khcn-f-')), 'f.xlsx');
    await writeReviewWorkbook(sheet, path);
    const wb = await open(path);
    const ws = wb.getWorksheet(SHEET_NAMES.links)!;
    const seen: string[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) {
          expect(cell.type, cell.value).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
          expect(cell.numFmt).toBe('@');
          seen.push(cell.value);
        }
      });
    });
    for (const t of [...texts, '=Phòng', '-lời văn', '=HYPERLINK("http://x","bấm")']) expect(seen).toContain(t);
  });

  it('in the comparison CSVs', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('@x')).toBe(`"'@x"`);
    expect(csvField('-a, b')).toBe(`"'-a, b"`);
    expect(csvField('điểm a')).toBe('điểm a');
    const c: Comparison = {
      model: { document: 'm', article: 'dieu-2' }, provinceOnly: {}, reviews: {},
      rows: [{ model: 'x', label: '=điểm', documents: { p: [{ node: '+n', office: 'o', officeName: '-Phòng', score: null, status: 'auto', coverage: null, checked: false, note: null, reviewedBy: null, reviewedAt: null }] } }],
    };
    const csv = comparisonCsv(c, [{ meta: { id: 'p', shortTitle: '@P' } } as never]);
    expect(csv.split('\r\n')[1]).toBe(`"'=điểm","'-Phòng","'+n",tự động,chưa xác định`);
    expect(csv.split('\r\n')[0]).toContain(`"'@P — phòng/đơn vị"`);
  });
});
