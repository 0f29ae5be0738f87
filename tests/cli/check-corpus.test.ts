/**
 * The command-line tools as an editor meets them: clear file:line errors, no
 * stack traces, a non-zero exit on bad input; a report on good input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

const GOOD_META = {
  id: 'vb', kind: 'distribution', number: null, documentType: 'Quy định', title: 'Quy định thử', shortTitle: 'Thử',
  issuer: null, signer: null, dateIssued: null, dateInForce: null, inForceNote: null, province: 'Lai Châu',
  implements: null, originalFile: 'vb.txt', notes: [],
};

function corpusWith(text: string | Buffer, meta: unknown = GOOD_META): string {
  const dir = mkdtempSync(join(tmpdir(), 'khcn-'));
  writeFileSync(join(dir, 'vb.txt'), text);
  if (meta !== null) writeFileSync(join(dir, 'vb.meta.json'), typeof meta === 'string' ? meta : JSON.stringify(meta, null, 2));
  return dir;
}

const noStackTrace = (out: string) => expect(out).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

describe('check-corpus refuses bad input with file, line and a plain explanation', () => {
  it('an empty file', () => {
    const r = run('check-corpus.ts', [corpusWith('')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.txt:1: lỗi: tệp rỗng/);
    noStackTrace(r.out);
  });

  it('bytes that are not UTF-8, with the line they are on', () => {
    const bytes = Buffer.concat([Buffer.from('Điều 1. Phạm vi\n1. Nội dung;\n', 'utf8'), Buffer.from([0x43, 0xe0, 0x20, 0x0a])]);
    const r = run('check-corpus.ts', [corpusWith(bytes)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.txt:3: lỗi: tệp không phải văn bản UTF-8/);
    noStackTrace(r.out);
  });

  it('metadata that breaks the schema, naming the field', () => {
    const r = run('check-corpus.ts', [corpusWith('Điều 1. Phạm vi\n1. Nội dung;', { ...GOOD_META, dateIssued: '11/3/2025' })]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.meta\.json:10: lỗi: metadata không hợp lệ — dateIssued: ngày phải có dạng YYYY-MM-DD/);
    noStackTrace(r.out);
  });

  it('metadata that is not JSON, with its line', () => {
    const r = run('check-corpus.ts', [corpusWith('Điều 1. Phạm vi\n1. Nội dung;', '{\n  "id": "vb",\n  oops\n}')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.meta\.json:3: lỗi: metadata không phải JSON hợp lệ/);
    noStackTrace(r.out);
  });

  it('a text without its metadata file', () => {
    const r = run('check-corpus.ts', [corpusWith('Điều 1. Phạm vi\n1. Nội dung;', null)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.txt:1: lỗi: thiếu tệp metadata vb\.meta\.json/);
  });

  it('a text with no recognisable structure', () => {
    const r = run('check-corpus.ts', [corpusWith('Một đoạn văn không có điều khoản nào.\nThêm một dòng.')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.txt:1: lỗi: Không nhận ra cấu trúc văn bản/);
  });
});

describe('check-corpus refuses what would pass the parser but break the build (issue 10)', () => {
  const TEXT = 'Điều 1. Phạm vi\n1. Nội dung;\n2. Nội dung khác.';
  const lineOf = (meta: object, key: string) => JSON.stringify(meta, null, 2).split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;

  it('a province name of emoji only, which names no page, at the line of "province"', () => {
    const meta = { ...GOOD_META, province: '🏯🌾' };
    const r = run('check-corpus.ts', [corpusWith(TEXT, meta)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`vb.meta.json:${lineOf(meta, 'province')}: lỗi: metadata không hợp lệ — province: phải có ít nhất một chữ cái hoặc chữ số`);
    noStackTrace(r.out);
  }, 60_000);

  it('dates that are not on the calendar', () => {
    for (const date of ['2025-13-45', '0000-00-00', '2025-02-30']) {
      const meta = { ...GOOD_META, dateInForce: date };
      const r = run('check-corpus.ts', [corpusWith(TEXT, meta)]);
      expect(r.code, date).toBe(1);
      expect(r.out).toContain(`vb.meta.json:${lineOf(meta, 'dateInForce')}: lỗi: metadata không hợp lệ — dateInForce: ngày không có thật trên lịch`);
    }
  }, 60_000);

  it('a curated removal past the end of the file, at the line of its "line"', () => {
    const meta = { ...GOOD_META, curation: { removals: [{ line: 99, text: '8', reason: 'số trang' }] } };
    const r = run('check-corpus.ts', [corpusWith(TEXT, meta)]);
    expect(r.code).toBe(1);
    const line = JSON.stringify(meta, null, 2).split('\n').findIndex((l) => l.includes('"line": 99')) + 1;
    expect(r.out).toContain(`vb.meta.json:${line}: lỗi: curation.removals: dòng 99 nằm ngoài văn bản (văn bản có 3 dòng)`);
  }, 60_000);

  it('two curated offices with the same id, at the line of the second id', () => {
    const offices = [{ match: 'Văn phòng', id: 'van-phong', name: 'Văn phòng Sở' }, { match: 'Thanh tra', id: 'van-phong', name: 'Thanh tra Sở' }];
    const meta = { ...GOOD_META, curation: { offices } };
    const r = run('check-corpus.ts', [corpusWith(TEXT, meta)]);
    expect(r.code).toBe(1);
    const line = JSON.stringify(meta, null, 2).split('\n').findLastIndex((l) => l.includes('"id": "van-phong"')) + 1;
    expect(r.out).toContain(`vb.meta.json:${line}: lỗi: metadata không hợp lệ — curation.offices.1.id: hai phòng cùng id "van-phong"`);
  }, 60_000);

  it('an office named only with symbols, in the text or in the metadata', () => {
    const legend = 'Điều 1. Phạm vi\n1. Nội dung.\nChú thích:\n- ★★★: ★';
    const r = run('check-corpus.ts', [corpusWith(legend)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('vb.txt:4: lỗi: phòng/đơn vị "★★★" không tạo được đường dẫn');
    const meta = { ...GOOD_META, curation: { offices: [{ match: 'Văn phòng', name: '★★★' }] } };
    const curated = run('check-corpus.ts', [corpusWith(TEXT, meta)]);
    expect(curated.code).toBe(1);
    expect(curated.out).toContain('curation.offices.0.name: tên phòng "★★★" không tạo được đường dẫn');
  }, 60_000);

  it('a kind or a title left for a person to decide', () => {
    const meta = { ...GOOD_META, kind: null, title: null };
    const r = run('check-corpus.ts', [corpusWith(TEXT, meta)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`vb.meta.json:${lineOf(meta, 'kind')}: lỗi: chưa xác định loại văn bản`);
    expect(r.out).toContain(`vb.meta.json:${lineOf(meta, 'title')}: lỗi: văn bản không ghi tên`);
  }, 60_000);

  it('nesting deeper than a page can show (a numbering gone wrong)', () => {
    const chain = Array.from({ length: 20 }, (_, d) => `${Array.from({ length: d + 1 }, () => '1').join('.')}. Cấp ${d + 1}`);
    const r = run('check-corpus.ts', [corpusWith(['Điều 1. Phạm vi', ...chain].join('\n'))]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/vb\.txt:\d+: lỗi: cấu trúc lồng nhau quá 16 cấp/);
  }, 60_000);

  it('a message quoting source text with line breaks stays one file:line line', () => {
    const r = run('check-corpus.ts', [corpusWith('Điều 1. Phạm vi\n1. Nội dung.\nChú thích:\n- Văn phòng Sở.\nThanh tra Sở.')]);
    const line = r.out.split('\n').find((l) => l.includes('Dòng chú thích'))!;
    expect(line).toMatch(/^\S*vb\.txt:4: cảnh báo: Dòng chú thích không có dạng "Tên đầy đủ: Viết tắt": Văn phòng Sở\. ⏎ Thanh tra Sở\.$/);
  }, 60_000);
});

describe('check-corpus accepts what can be published', () => {
  it('a BOM, CRLF line ends and non-breaking spaces are normalised, not errors', () => {
    const r = run('check-corpus.ts', [corpusWith('\ufeffĐiều 1.\u00a0Phạm vi\r\n1. Nội dung;\r\n')]);
    expect(r.out).toContain('0 lỗi');
    expect(r.code).toBe(0);
  });

  it('warns, saying where duties are read from, when a distribution compared with the model gives none to compare', () => {
    const withModel = (text: string) => {
      const dir = corpusWith(text, { ...GOOD_META, province: 'Hà Tĩnh', implements: 'tt-10-2025-bkhcn' });
      for (const ext of ['.txt', '.meta.json']) writeFileSync(join(dir, `tt-10-2025-bkhcn${ext}`), readFileSync(join(ROOT, 'seeds', `tt-10-2025-bkhcn${ext}`)));
      return run('check-corpus.ts', [dir]);
    };
    const none = withModel('Điều 1. Văn phòng\n1. Tham mưu tổng hợp, hành chính.\nĐiều 2. Thanh tra\n1. Thanh tra hành chính.\n');
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/vb\.txt:1: cảnh báo: không tìm thấy nhiệm vụ nào của các phòng để đối chiếu với mô hình: trang so sánh sẽ trống\. Nhiệm vụ được đọc từ khoản "Nhiệm vụ \(và quyền hạn\)"/);
    const some = withModel('Điều 1. Nhiệm vụ, quyền hạn của Văn phòng\n1. Tham mưu tổng hợp, hành chính.\nĐiều 2. Nhiệm vụ, quyền hạn của Thanh tra\n1. Thanh tra hành chính.\n');
    expect(some.out).not.toContain('không tìm thấy nhiệm vụ nào');
  }, 60_000);

  it('reports counts, warnings with file:line, and removed artifacts for the real seeds', () => {
    const r = run('check-corpus.ts', ['seeds']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('4 chương, 12 điều');
    expect(r.out).toContain('seeds/quang-ngai-33-qd-skhcn.txt:120: cảnh báo: số 2.6.1 lặp lại');
    expect(r.out).toContain('loại bỏ dòng 43: "[bookmark: _GoBack]"');
  });
});

describe('parse prints one document as JSON', () => {
  it('without metadata, infers what the text states and leaves the rest unknown', () => {
    const r = run('parse.ts', ['seeds/tt-10-2025-bkhcn.txt']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ number: '10/2025/TT-BKHCN', date: '2025-06-27', documentType: 'Thông tư', issuer: null, province: null });
    const point = json.nodes.find((n: { id: string }) => n.id === 'dieu-2/khoan-6/diem-dd');
    expect(point).toMatchObject({ parent: 'dieu-2/khoan-6', kind: 'point', number: 'đ)', label: 'điểm đ khoản 6 Điều 2', url: 'van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-6-diem-dd' });
  });

  it('with metadata, uses it', () => {
    const r = run('parse.ts', ['seeds/lai-chau-quy-dinh-cac-phong.txt', 'seeds/lai-chau-quy-dinh-cac-phong.meta.json']);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ id: 'lai-chau-quy-dinh-cac-phong', number: null, date: null, province: 'Lai Châu' });
    expect(json.offices).toHaveLength(5);
    expect(JSON.parse(readFileSync(join(ROOT, 'seeds', 'lai-chau-quy-dinh-cac-phong.meta.json'), 'utf8')).originalFile).toBe(json.source.original);
  });
});
