/**
 * `npm run add` end to end, as a legal officer runs it: each seed re-added
 * from its original file gives the curated metadata wherever its text states
 * the value; duplicates, taken ids, empty and non-text files are refused with
 * nothing written; --dry-run writes nothing; a Word file with real list
 * numbering gives the same tree as its text.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LevelFormat, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { metadataSchema } from '../../src/lib/metadata';
import type { LegalDocument, LegalNode } from '../../src/lib/model';
import { parseDocument, unknownMeta } from '../../src/lib/parse';
import { readDocx } from '../../scripts/lib/docx';
import { docxFixture, docxFixtureText } from './docx-fixture';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
// The originals sit beside the project in ../shared/seeds (as on CI); seeds/*.txt are their byte-for-byte copies.
const ORIGINALS = join(ROOT, '..', 'shared', 'seeds');
const SEEDS = join(ROOT, 'seeds');

function add(args: string[]) {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'add.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: `${r.stdout}${r.stderr}` };
}

/** A scratch corpus holding copies of the given seeds. */
function corpusOf(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'add-'));
  for (const id of ids) for (const ext of ['.txt', '.meta.json']) copyFileSync(join(SEEDS, id + ext), join(dir, id + ext));
  return dir;
}

const curated = (id: string) => JSON.parse(readFileSync(join(SEEDS, `${id}.meta.json`), 'utf8')) as Record<string, unknown>;
const MODEL = 'tt-10-2025-bkhcn';
/** Each test runs the command a few times, on two cores shared with other test files: a limit, not a speed assertion. */
const LIMIT = 60_000;
const FIELDS = ['kind', 'number', 'documentType', 'title', 'issuer', 'signer', 'dateIssued', 'dateInForce', 'inForceNote', 'province', 'implements'] as const;

/**
 * Fields whose curated value the text does not state, so `add` must not
 * produce it (it gives null, or the text's own wording): the curator's
 * decisions, each with the reason written in the seed's notes.
 */
const NOT_STATED: Record<string, Partial<Record<(typeof FIELDS)[number], string>>> = {
  'lai-chau-quy-dinh-cac-phong': {
    title: 'no title line: the curator named it from khoản 1 Điều 1',
    documentType: 'no type line',
    implements: 'cites only the province decision 13/2025/QĐ-UBND; compared with the Circular by decision',
  },
  'quang-ngai-33-qd-skhcn': {
    implements: 'issued before the Circular, cites it nowhere; compared with it by decision',
  },
  'quang-ngai-chuong-trinh-6-thang-cuoi-2025': {
    implements: 'cites no model; compared with the Circular by decision',
  },
};

describe('each seed re-added from its original file gives the curated metadata the text states', () => {
  const seeds = Object.fromEntries(readdirSync(SEEDS).filter((n) => n.endsWith('.meta.json')).map((n) => [n.replace('.meta.json', ''), curated(n.replace('.meta.json', ''))]));
  for (const [id, meta] of Object.entries(seeds)) {
    it(`${id} (${meta.originalFile})`, () => {
      // The corpus it joins: the model (to find what it implements), never itself.
      const dir = corpusOf(id === MODEL ? [] : [MODEL]);
      const r = add([join(ORIGINALS, String(meta.originalFile)), '--dry-run', '--json', '--seeds', dir]);
      expect(r.code, r.stderr).toBe(0);
      const proposed = JSON.parse(r.stdout) as Record<string, unknown>;
      for (const field of FIELDS) {
        const reason = NOT_STATED[id]?.[field];
        if (reason) expect(proposed[field], `${field}: ${reason}`).not.toEqual(meta[field]);
        else expect(proposed[field], field).toEqual(meta[field]);
      }
      expect(metadataSchema.safeParse(proposed).success).toBe(true);
      // Every value has its source, with the line for what the text states.
      for (const field of FIELDS) expect(proposed.sources, field).toHaveProperty(field);
      expect(readdirSync(dir).filter((n) => n.startsWith(String(proposed.id)))).toEqual([]);
    }, LIMIT);
  }

  it('starts from the originals, of which seeds/*.txt are byte-for-byte copies', () => {
    for (const [id, meta] of Object.entries(seeds)) {
      expect(readFileSync(join(SEEDS, `${id}.txt`)).equals(readFileSync(join(ORIGINALS, String(meta.originalFile)))), id).toBe(true);
    }
  });

  it('proposes the ids the curators chose where the text gives number, or province and type', () => {
    const r = add([join(ORIGINALS, String(seeds[MODEL]!.originalFile)), '--dry-run', '--json', '--seeds', corpusOf([])]);
    expect(JSON.parse(r.stdout).id).toBe(MODEL);
    const hp = add([join(ORIGINALS, String(seeds['hai-phong-qd-so-khcn-2025']!.originalFile)), '--dry-run', '--json', '--seeds', corpusOf([MODEL])]);
    expect(JSON.parse(hp.stdout).id).toBe('hai-phong-qd-so-khcn-2025');
  }, LIMIT);
});

describe('add writes a document that check-corpus accepts', () => {
  it('a Hà Tĩnh decision pasted from a legal website: files written, NFC, metadata with sources, nothing left to decide', () => {
    const dir = corpusOf([MODEL]);
    const source = join(ROOT, 'tests', 'parser', 'fixtures', 'shapes', 'website-furniture', 'input.txt');
    const r = add([source, '--seeds', dir]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Kiểm tra như check-corpus: 0 lỗi');
    expect(r.out).toContain('Không còn gì phải quyết định.');
    const id = 'ha-tinh-qd-39-2025-ubnd';
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    const meta = metadataSchema.parse(JSON.parse(readFileSync(join(dir, `${id}.meta.json`), 'utf8')));
    expect(meta).toMatchObject({
      kind: 'decision', number: '39/2025/QĐ-UBND', documentType: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', province: 'Hà Tĩnh',
      title: 'Quyết định ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
      signer: 'Trần Văn Bình', dateIssued: '2025-08-15', dateInForce: '2025-09-01', place: 'Hà Tĩnh', implements: MODEL, originalFile: 'input.txt',
    });
    expect(meta.sources!.number).toEqual({ line: 13, text: 'Số: 39/2025/QĐ-UBND', note: 'số hiệu: đọc từ dòng 13' });
    // The website's own attribute lines are never a source.
    expect(Object.values(meta.sources!).every((s) => s.line === null || s.line > 9)).toBe(true);
    const check = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', 'check-corpus.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
  }, LIMIT);

  it('a decision whose header and signature sit in "|" cells running over several lines, under a site-named breadcrumb: the signer read from the cell, never from the site', () => {
    const source = join(ROOT, 'tests', 'parser', 'fixtures', 'shapes', 'multi-line-table-cells', 'input.txt');
    const r = add([source, '--dry-run', '--json', '--seeds', corpusOf([MODEL])]);
    expect(r.code, r.out).toBe(0);
    expect(r.stderr).toContain('Không còn gì phải quyết định.');
    const meta = metadataSchema.parse(JSON.parse(r.stdout));
    expect(meta).toMatchObject({
      number: '39/2025/QĐ-UBND', dateIssued: '2025-07-15', issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', province: 'Hà Tĩnh',
      signer: 'Nguyễn Hồng Lĩnh', dateInForce: '2025-07-25', kind: 'decision', implements: MODEL,
    });
    // Lines 1–11 are the site's breadcrumb, buttons and attributes ("Người ký: Nguyễn Hồng Lĩnh" among them).
    expect(meta.sources!.signer!.line).toBe(49);
    expect(Object.values(meta.sources!).every((s) => s.line === null || s.line > 11)).toBe(true);
  }, LIMIT);

  it('lists what a person must decide when the text does not say (Lai Châu: no title, no number)', () => {
    const r = add([join(ORIGINALS, '001_eb60101ef4c78690.txt'), '--dry-run', '--seeds', corpusOf([MODEL])]);
    expect(r.out).toContain('Cần người quyết định:');
    expect(r.out).toContain('tên văn bản (title): văn bản không có dòng tên');
    expect(r.out).toMatch(/lỗi: văn bản không ghi tên: cần người đặt tên/);
  }, LIMIT);
});

describe("add takes a person's decisions on the command line, not in the JSON", () => {
  const LC_TITLE = 'Quy định chức năng, nhiệm vụ của các phòng chuyên môn, nghiệp vụ thuộc Sở Khoa học và Công nghệ tỉnh Lai Châu';

  it('Lai Châu with its title, type, model and short title given: the curated values, each marked as decided, the title as the editors\'', () => {
    const dir = corpusOf([MODEL]);
    const r = add([join(ORIGINALS, '001_eb60101ef4c78690.txt'), '--seeds', dir, '--id', 'lai-chau-quy-dinh-cac-phong',
      '--title', LC_TITLE, '--type', 'Quy định', '--implements', MODEL, '--short-title', 'Quy định các phòng thuộc Sở KH&CN Lai Châu']);
    expect(r.code, r.out).toBe(0);
    const meta = metadataSchema.parse(JSON.parse(readFileSync(join(dir, 'lai-chau-quy-dinh-cac-phong.meta.json'), 'utf8')));
    const lc = curated('lai-chau-quy-dinh-cac-phong');
    for (const field of ['title', 'titleEditorial', 'documentType', 'implements', 'shortTitle', 'kind'] as const) expect(meta[field], field).toEqual(lc[field]);
    expect(meta.sources!.title!.note).toMatch(/người thêm văn bản quyết định \(--title\)/);
    expect(meta.sources!.implements!.note).toMatch(/\(--implements\)/);
    expect(meta.notes.join('\n')).toContain('Tên văn bản do người thêm văn bản đặt (--title)');
    // Nothing of what was decided is asked again, and check-corpus finds no error.
    const asked = r.out.slice(r.out.indexOf('Cần người quyết định'));
    expect(asked).not.toMatch(/\(title\)|\(implements\)/);
    expect(r.out).toContain('Kiểm tra như check-corpus: 0 lỗi');
  }, LIMIT);

  it('a kind chosen over the inference keeps what the tool proposed in the note', () => {
    const r = add([join(ORIGINALS, '001_eb60101ef4c78690.txt'), '--dry-run', '--json', '--seeds', corpusOf([MODEL]), '--kind', 'decision']);
    expect(r.code, r.out).toBe(0);
    const meta = JSON.parse(r.stdout) as { kind: string; sources: Record<string, { note: string }> };
    expect(meta.kind).toBe('decision');
    expect(meta.sources.kind!.note).toMatch(/^loại văn bản trong kho: người thêm văn bản quyết định \(--kind\); công cụ đề xuất: "distribution"/);
  }, LIMIT);

  it('refuses a title or a type the text already states, an unknown kind or model, writing nothing', () => {
    const dir = corpusOf([MODEL]);
    const before = readdirSync(dir).sort();
    const hp = join(ORIGINALS, '003_506e4fc377eaf574.txt');
    const title = add([hp, '--seeds', dir, '--title', 'Tên khác']);
    expect(title.code).toBe(1);
    expect(title.stderr).toMatch(/văn bản đã có tên ở dòng \d+ \("Quyết định .*"\): tên giữ như văn bản, bỏ --title/);
    expect(add([hp, '--seeds', dir, '--type', 'Quy định']).stderr).toMatch(/văn bản đã ghi loại ở dòng \d+ \("Quyết định"\)/);
    expect(add([hp, '--seeds', dir, '--kind', 'quyet-dinh']).stderr).toContain('--kind "quyet-dinh": chọn một trong model, decision, distribution, programme');
    expect(add([hp, '--seeds', dir, '--implements', 'tt-99-2025-bkhcn']).stderr).toContain(`--implements "tt-99-2025-bkhcn": không có văn bản mô hình này trong kho (có: ${MODEL})`);
    expect(add([hp, '--seeds', dir, '--title']).stderr).toContain('--title cần một giá trị');
    expect(readdirSync(dir).sort()).toEqual(before);
  }, LIMIT);
});

describe('add refuses, writing nothing', () => {
  const unchanged = (dir: string, run: () => void) => {
    const before = readdirSync(dir).sort();
    run();
    expect(readdirSync(dir).sort()).toEqual(before);
  };

  it('a document already in the corpus: the same text', () => {
    const dir = corpusOf([MODEL, 'hai-phong-qd-so-khcn-2025']);
    unchanged(dir, () => {
      const r = add([join(ORIGINALS, '003_506e4fc377eaf574.txt'), '--seeds', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('từ chối — văn bản đã có trong kho: hai-phong-qd-so-khcn-2025 (cùng nội dung)');
    });
  }, LIMIT);

  it('a document already in the corpus: the same number and issuer, in another copy', () => {
    const dir = corpusOf([MODEL]);
    const other = join(mkdtempSync(join(tmpdir(), 'src-')), 'thong-tu-ban-khac.txt');
    writeFileSync(other, 'BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 10/2025/TT-BKHCN\nHà Nội, ngày 27 tháng 6 năm 2025\nTHÔNG TƯ\nHƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ\nĐiều 1. Phạm vi\nBản rút gọn.\n');
    unchanged(dir, () => {
      const r = add([other, '--seeds', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`văn bản đã có trong kho: ${MODEL} (cùng số hiệu 10/2025/TT-BKHCN và cơ quan ban hành)`);
    });
  }, LIMIT);

  it('an id already taken', () => {
    const dir = corpusOf([MODEL]);
    unchanged(dir, () => {
      const r = add([join(ORIGINALS, '001_eb60101ef4c78690.txt'), '--id', MODEL, '--seeds', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`id "${MODEL}" đã dùng`);
    });
  }, LIMIT);

  it('an empty file, a binary file, a file that is not UTF-8', () => {
    const dir = corpusOf([]);
    const src = mkdtempSync(join(tmpdir(), 'src-'));
    const files: Array<[string, Buffer, string]> = [
      ['rong.txt', Buffer.from('  \n\n'), 'tệp rỗng'],
      ['anh.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'tệp không phải văn bản'],
      ['latin1.txt', Buffer.from('Điều 1. Phạm vi\nC\xe0 ph\xea\n', 'latin1'), 'tệp không phải văn bản UTF-8'],
      ['cu.doc', Buffer.from('binary'), 'chưa đọc được'],
      ['hong.docx', Buffer.from('not a zip'), 'tệp .docx hỏng'],
    ];
    unchanged(dir, () => {
      for (const [name, bytes, message] of files) {
        writeFileSync(join(src, name), bytes);
        const r = add([join(src, name), '--seeds', dir]);
        expect(r.code, name).toBe(1);
        expect(r.stderr, name).toContain(message);
        expect(r.stderr).toContain('Không ghi tệp nào.');
      }
    });
  }, LIMIT);

  it('--dry-run writes nothing, and prints with --json the metadata it would write', () => {
    const dir = corpusOf([MODEL]);
    unchanged(dir, () => {
      const r = add([join(ORIGINALS, '002_97afd01deba3af6c.txt'), '--dry-run', '--json', '--seeds', dir]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ number: '33/QĐ-SKHCN', province: 'Quảng Ngãi' });
      expect(r.stderr).toContain('Sẽ thêm (chạy thử, không ghi gì)');
    });
  }, LIMIT);
});

/** The tree without source positions: what a reader sees. */
function shape(doc: LegalDocument): unknown {
  const strip = (n: LegalNode): unknown => ({ id: n.id, kind: n.kind, number: n.number, heading: n.heading, text: n.text, children: n.children.map(strip) });
  return doc.children.map(strip);
}

describe('a .docx with Word list numbering', () => {
  it('gives the same tree as its .txt, numbers recovered as a reader sees them', async () => {
    const dir = corpusOf([MODEL]);
    const src = mkdtempSync(join(tmpdir(), 'src-'));
    writeFileSync(join(src, 'dong-nai.docx'), await docxFixture());
    const r = add([join(src, 'dong-nai.docx'), '--seeds', dir]);
    expect(r.code, r.out).toBe(0);
    const written = readFileSync(join(dir, 'ddong-nai-qd-52-2025-ubnd.txt'), 'utf8');
    const parse = (t: string) => parseDocument(t, unknownMeta('dong-nai', null));
    expect(shape(parse(written))).toEqual(shape(parse(docxFixtureText())));
    expect(written).toContain('Điều 2. Nhiệm vụ và quyền hạn\n1. Trình Ủy ban nhân dân tỉnh:\na) Dự thảo quyết định');
    const meta = JSON.parse(readFileSync(join(dir, 'ddong-nai-qd-52-2025-ubnd.meta.json'), 'utf8'));
    expect(meta.notes.join(' ')).toContain('đánh số tự động của Word');
  }, LIMIT);

  it("a Sở's rule in one multi-level Word list (\"Điều %1.\", \"%2.\", \"%3)\") citing the province's decision in the corpus: khoản restart in each article, compared with the model that decision follows", async () => {
    const dir = corpusOf([MODEL]);
    expect(add([join(ROOT, 'tests', 'parser', 'fixtures', 'shapes', 'multi-line-table-cells', 'input.txt'), '--seeds', dir]).code).toBe(0);
    const P = (text: string, level?: number) => new Paragraph({ children: [new TextRun(text)], ...(level === undefined ? {} : { numbering: { reference: 'qd', level } }) });
    const rule = (cites: string) => new Document({
      numbering: { config: [{ reference: 'qd', levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: 'Điều %1.' },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
        { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
      ] }] },
      sections: [{ children: [
        P('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH'), P('Số: 152/QĐ-SKHCN'), P('Hà Tĩnh, ngày 20 tháng 8 năm 2025'), P('QUYẾT ĐỊNH'),
        P('Ban hành Quy định nhiệm vụ của các phòng thuộc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh'),
        P(`Căn cứ Quyết định số ${cites} ngày 15 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Hà Tĩnh;`),
        P('Nhiệm vụ, quyền hạn của Văn phòng', 0), P('Tham mưu dự thảo quyết định quy định chức năng, nhiệm vụ của Sở.', 1), P('Thực hiện các nhiệm vụ khác do Giám đốc Sở giao.', 1),
        P('Nhiệm vụ, quyền hạn của Thanh tra', 0), P('Thanh tra, kiểm tra:', 1), P('Thanh tra hành chính;', 2), P('Giải quyết khiếu nại, tố cáo.', 2),
      ] }],
    });
    const src = mkdtempSync(join(tmpdir(), 'src-'));
    writeFileSync(join(src, 'ha-tinh.docx'), await Packer.toBuffer(rule('39/2025/QĐ-UBND')));
    const r = add([join(src, 'ha-tinh.docx'), '--dry-run', '--json', '--seeds', dir]);
    expect(r.code, r.out).toBe(0);
    const meta = metadataSchema.parse(JSON.parse(r.stdout));
    expect(meta).toMatchObject({ kind: 'distribution', number: '152/QĐ-SKHCN', implements: MODEL });
    expect(meta.sources!.implements).toMatchObject({ line: 6, note: expect.stringContaining('Quyết định 39/2025/QĐ-UBND (dòng 6; trong kho: ha-tinh-qd-39-2025-ubnd), văn bản này đối chiếu với Thông tư 10/2025/TT-BKHCN') });
    const read = await readDocx(await Packer.toBuffer(rule('39/2025/QĐ-UBND')));
    expect('text' in read && read.text).toContain('Điều 2. Nhiệm vụ, quyền hạn của Thanh tra\n1. Thanh tra, kiểm tra:\na) Thanh tra hành chính;\nb) Giải quyết khiếu nại, tố cáo.');
    // Another number that merely contains it is no citation.
    writeFileSync(join(src, 'ha-tinh-2.docx'), await Packer.toBuffer(rule('139/2025/QĐ-UBND')));
    const other = add([join(src, 'ha-tinh-2.docx'), '--dry-run', '--json', '--seeds', dir]);
    expect(JSON.parse(other.stdout).implements).toBeNull();
  }, LIMIT);

  it('is refused with the reason when its numbering format cannot be read', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'x', levels: [{ level: 0, format: LevelFormat.ORDINAL_TEXT, text: '%1' }] }] },
      sections: [{ children: [new Paragraph({ children: [new TextRun('Điều thứ nhất')], numbering: { reference: 'x', level: 0 } })] }],
    });
    const src = mkdtempSync(join(tmpdir(), 'src-'));
    writeFileSync(join(src, 'la.docx'), await Packer.toBuffer(doc));
    const r = add([join(src, 'la.docx'), '--seeds', corpusOf([])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kiểu đánh số tự động "ordinalText" chưa đọc được');
  }, LIMIT);
});
