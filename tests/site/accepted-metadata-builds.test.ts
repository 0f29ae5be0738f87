/**
 * What check-corpus accepts always builds (issue 10, part 2), as a property:
 * generated metadata — odd province and office names, titles with markup
 * characters and emoji, notes, curated offices, every kind, dates, numbers —
 * for a tiny corpus (a model and a province's distribution of duties). Each
 * corpus check-corpus accepts is built in a scratch copy of the project
 * (`npm run build`: generate → browser bundle → astro build → search index)
 * and must pass check-links. A few
 * corpora per run keep it affordable; `BUILD_RUNS=20` searches longer.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/corpus';
import { checkSite } from '../../scripts/site/links';
import { ROOT } from './ensure-dist';


const MODEL_TEXT = `BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 99/2025/TT-BKHCN
Hà Nội, ngày 1 tháng 7 năm 2025
THÔNG TƯ
HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ
Chương I
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Điều 1. Vị trí, chức năng
Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh.
Điều 2. Nhiệm vụ và quyền hạn
1. Trình Ủy ban nhân dân cấp tỉnh:
a) Dự thảo quyết định về khoa học và công nghệ;
b) Dự thảo kế hoạch phát triển khoa học và công nghệ hằng năm.
2. Về tiêu chuẩn, đo lường, chất lượng:
a) Tổ chức xây dựng tiêu chuẩn địa phương;
b) Quản lý phương tiện đo trên địa bàn.
`;

const PROVINCE_TEXT = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định chức năng, nhiệm vụ của các phòng thuộc Sở.
Chương II
QUY ĐỊNH CỤ THỂ
Điều 2. Vị trí, chức năng, nhiệm vụ và quyền hạn của Văn phòng
1. Dự thảo quyết định về khoa học và công nghệ trình Ủy ban nhân dân tỉnh.
2. Dự thảo kế hoạch phát triển khoa học và công nghệ hằng năm.
Điều 3. Vị trí, chức năng, nhiệm vụ và quyền hạn của Phòng Quản lý chuyên ngành
1. Tổ chức xây dựng tiêu chuẩn địa phương.
2. Quản lý phương tiện đo trên địa bàn tỉnh.
`;

/** Text of any kind: Vietnamese, markup characters MDX and HTML care about, emoji, symbols. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('Quyết định {số} <b>1</b>', 'Tên "có" ngoặc \'đơn\' & dấu `huyền`', '🏯 Quy định ✔', 'a\\b $x$ #1 *nhấn* _gạch_', '---', 'Điều 2. Khoản 1'),
);
const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const province = fc.oneof(fc.constantFrom('Hà Tĩnh', 'Hà Nội', 'Đồng Nai', 'Bà Rịa - Vũng Tàu'), fc.tuple(fc.constantFrom('Lai Châu', 'X'), anyText).map(([a, b]) => `${a} ${b}`), anyText);

const metaOf = (id: string, originalFile: string) => fc.record({
  id: fc.constant(id),
  kind: fc.constantFrom('decision', 'distribution', 'programme'),
  number: fc.option(anyText, { nil: null }),
  documentType: fc.option(anyText, { nil: null }),
  title: anyText,
  shortTitle: anyText,
  issuer: fc.option(anyText, { nil: null }),
  signer: fc.option(anyText, { nil: null }),
  dateIssued: fc.option(isoDate, { nil: null }),
  dateInForce: fc.option(isoDate, { nil: null }),
  inForceNote: fc.option(anyText, { nil: null }),
  place: fc.option(anyText, { nil: null }),
  province: fc.option(province, { nil: null }),
  implements: fc.constantFrom('mo-hinh', null),
  originalFile: fc.constant(originalFile),
  notes: fc.array(anyText, { maxLength: 2 }),
  curation: fc.record({
    offices: fc.uniqueArray(fc.record({
      match: fc.constantFrom('Văn phòng', 'Phòng Quản lý chuyên ngành'),
      name: anyText,
      id: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/), { nil: undefined }),
    }), { selector: (o) => o.match, maxLength: 2 }).map((list) => list.map((o) => (o.id === undefined ? { match: o.match, name: o.name } : o))),
  }),
});

const MODEL_META = {
  id: 'mo-hinh', kind: 'model', number: '99/2025/TT-BKHCN', documentType: 'Thông tư', title: 'Thông tư hướng dẫn chức năng, nhiệm vụ của Sở Khoa học và Công nghệ',
  shortTitle: 'Thông tư 99/2025/TT-BKHCN', issuer: 'Bộ Khoa học và Công nghệ', signer: null, dateIssued: '2025-07-01', dateInForce: null, inForceNote: null,
  province: null, implements: null, originalFile: 'mo-hinh.txt', notes: [],
};

/** A scratch copy of the project that builds its own seeds (node_modules shared through a link). */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const name of ['seeds', 'content', 'alignments']) mkdirSync(join(dir, name));
  return dir;
}

describe('what check-corpus accepts builds', () => {
  it('generated metadata for a tiny corpus: accepted ⇒ the site builds and every link resolves', () => {
    const project = scratchProject();
    let built = 0;
    try {
      fc.assert(fc.property(metaOf('tinh-phan-cong', 'tinh.txt'), (meta) => {
        const seeds = join(project, 'seeds');
        writeFileSync(join(seeds, 'mo-hinh.txt'), MODEL_TEXT);
        writeFileSync(join(seeds, 'mo-hinh.meta.json'), JSON.stringify(MODEL_META, null, 2));
        writeFileSync(join(seeds, 'tinh-phan-cong.txt'), PROVINCE_TEXT);
        writeFileSync(join(seeds, 'tinh-phan-cong.meta.json'), JSON.stringify(meta, null, 2));
        const accepted = !loadCorpus(seeds).problems.some((p) => p.severity === 'error');
        fc.pre(accepted);
        rmSync(join(project, 'dist'), { recursive: true, force: true });
        // The project's own build command (package.json), whatever its steps are.
        const r = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8' });
        expect(r.status, `npm run build failed for ${JSON.stringify(meta)}:\n${`${r.stdout}\n${r.stderr}`.slice(-4000)}`).toBe(0);
        const links = checkSite(join(project, 'dist'));
        expect(links.problems, JSON.stringify(meta)).toEqual([]);
        built++;
      }), { numRuns: Number(process.env.BUILD_RUNS ?? 2), endOnFailure: true });
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
    expect(built).toBeGreaterThan(0);
  }, 600_000);
});
