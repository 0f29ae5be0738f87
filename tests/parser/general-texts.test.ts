/**
 * Texts as they arrive from legal websites and Word files, beyond the five
 * seeds: emphasis around markers, table pipes, headings on their own line,
 * an attached Quy định restarting at Điều 1, long lettered lists.
 */
import { describe, expect, it } from 'vitest';
import { allNodes, parseDocument, unknownMeta } from '../../src/lib/parse';
import { accountedChars, multisetDiff, sourceChars } from '../helpers/lossless';

const parse = (text: string) => parseDocument(text, unknownMeta('t', null));
const ids = (text: string) => allNodes(parse(text)).map((n) => n.id);

describe('texts copied from websites and Word files', () => {
  it('reads markers wrapped in markdown emphasis and lists the marks as removed', () => {
    const doc = parse('**Điều 1.** **Phạm vi điều chỉnh**\n1. Nội dung thứ nhất;\n*a)* điểm a.');
    expect(allNodes(doc).map((n) => [n.id, n.heading ?? n.text])).toEqual([
      ['dieu-1', 'Phạm vi điều chỉnh'], ['dieu-1/khoan-1', 'Nội dung thứ nhất;'], ['dieu-1/khoan-1/diem-a', 'điểm a.'],
    ]);
    expect(doc.removed.map((r) => r.text).join('')).toBe('**********');
  });

  it('keeps the text of a markdown table and removes its pipes, with a warning', () => {
    const text = 'Điều 1. Bảng\n| TT | Nội dung |\n|---|---|\n| 1 | Việc một |';
    const doc = parse(text);
    expect(doc.diagnostics.map((d) => d.code)).toContain('markdown-table');
    expect(multisetDiff(sourceChars(text), accountedChars(doc))).toEqual({ missing: '', extra: '' });
  });

  it('takes a heading written on the line after "Điều 5." or "Chương II"', () => {
    const doc = parse('Chương II\nQUY ĐỊNH CỤ THỂ\nĐiều 5.\nTrách nhiệm thi hành\n1. Các cơ quan thi hành.');
    expect(allNodes(doc).map((n) => [n.id, n.heading])).toEqual([['chuong-ii', 'QUY ĐỊNH CỤ THỂ'], ['dieu-5', 'Trách nhiệm thi hành'], ['dieu-5/khoan-1', null]]);
  });

  it('gives an attached Quy định that restarts at Điều 1 its own ids', () => {
    const text = 'QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\nNơi nhận:\n- Như Điều 2;\nQUY ĐỊNH\nVề việc thử\nĐiều 1. Phạm vi\n1. Nội dung.\nĐiều 2. Đối tượng\n1. Nội dung.';
    expect(ids(text).filter((id) => id.includes('dieu'))).toEqual(['dieu-1', 'dieu-2', 'quy-ddinh/dieu-1', 'quy-ddinh/dieu-1/khoan-1', 'quy-ddinh/dieu-2', 'quy-ddinh/dieu-2/khoan-1']);
  });

  it('treats a restart at Điều 1 without an annex title as an attached text, and says so', () => {
    const doc = parse('Điều 1. Một\nĐiều 2. Hai\nĐiều 1. Lại một\n1. Nội dung.');
    expect(allNodes(doc).filter((n) => n.kind === 'article').map((n) => n.id)).toEqual(['dieu-1', 'dieu-2', 'van-ban-kem-theo/dieu-1']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('article-numbering-restarts');
    // Found by the fuzz test: the implicit annex once got an invented heading.
    const tiny = parse('Điều 2:\nĐiều 1.');
    expect(multisetDiff(sourceChars('Điều 2:\nĐiều 1.'), accountedChars(tiny))).toEqual({ missing: '', extra: '' });
  });

  it('follows lettered points far past h) in the Vietnamese order, without f, j, w', () => {
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
    const doc = parse(`Điều 1. Nhiệm vụ\n1. Các việc:\n${letters.map((l) => `${l}) việc ${l};`).join('\n')}`);
    expect(allNodes(doc).filter((n) => n.kind === 'point').map((n) => n.num)).toEqual(letters);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps text it does not recognise, and says when nothing is recognised', () => {
    const closing = parse('Điều 1. Một\n1. Nội dung.\nNơi nhận:\n- Lưu.\nKT. GIÁM ĐỐC');
    expect(closing.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(allNodes(closing).find((n) => n.kind === 'signature')!.text).toBe('KT. GIÁM ĐỐC');
    const prose = parse('Một đoạn văn.\nMột đoạn nữa.');
    expect(prose.diagnostics.map((d) => d.code)).toEqual(['no-structure']);
    expect(allNodes(prose).map((n) => n.text).join('|')).toBe('|Một đoạn văn.|Một đoạn nữa.');
  });
});
