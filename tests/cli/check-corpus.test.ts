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
    expect(r.out).toMatch(/vb\.meta\.json:1: lỗi: metadata không hợp lệ — dateIssued: ngày phải có dạng YYYY-MM-DD/);
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

describe('check-corpus accepts what can be published', () => {
  it('a BOM, CRLF line ends and non-breaking spaces are normalised, not errors', () => {
    const r = run('check-corpus.ts', [corpusWith('\ufeffĐiều 1.\u00a0Phạm vi\r\n1. Nội dung;\r\n')]);
    expect(r.out).toContain('0 lỗi');
    expect(r.code).toBe(0);
  });

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
