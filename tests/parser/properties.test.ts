/**
 * Invariants of the parser, checked on generated documents (fast-check):
 * layout does not change the tree, and no text makes the parser fail or lose
 * characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LegalDocument, LegalNode } from '../../src/lib/model';
import { parseDocument, unknownMeta } from '../../src/lib/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, SEEDS } from '../helpers/corpus';
import { accountedChars, multisetDiff, sourceChars } from '../helpers/lossless';

const parse = (text: string) => parseDocument(text, unknownMeta('t', null));

/** The tree without source positions: what a reader sees. */
function shape(doc: LegalDocument): unknown {
  const strip = (n: LegalNode): unknown => ({ id: n.id, kind: n.kind, number: n.number, label: n.label, heading: n.heading, text: n.text, office: n.office, children: n.children.map(strip) });
  return { children: doc.children.map(strip), offices: doc.offices.map((o) => o.id), removed: doc.removed.map((r) => r.text) };
}

// Lower-case syllables: wrapped lines inside a paragraph start in lower case, as in the sources.
const syllable = fc.constantFrom('quản', 'lý', 'nhà', 'nước', 'về', 'khoa', 'học', 'công', 'nghệ', 'đổi', 'mới', 'sáng', 'tạo', 'đo', 'lường', 'chất', 'lượng', 'tiêu', 'chuẩn', 'của', 'và', 'các', 'tổ', 'chức', 'địa', 'phương', 'dữ', 'liệu', 'số', 'hóa');
const capital = fc.constantFrom('Tổ', 'Hướng', 'Quản', 'Xây', 'Chủ', 'Đề', 'Thực', 'Phối');
const sentence = fc.tuple(capital, fc.array(syllable, { minLength: 3, maxLength: 40 }), fc.constantFrom(';', '.', ':'))
  .map(([c, words, end]) => `${c} ${words.join(' ')}${end}`);
const headingText = fc.tuple(capital, fc.array(syllable, { minLength: 1, maxLength: 8 })).map(([c, w]) => `${c} ${w.join(' ')}`);
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];

/** A document as paragraphs, one per entry (markers included). */
const documentParagraphs = fc.array(
  fc.record({
    heading: headingText,
    clauses: fc.array(fc.record({ text: sentence, points: fc.array(sentence, { maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 4 },
).map((articles) => {
  const paras: string[] = ['Chương I', 'QUY ĐỊNH CHUNG'];
  articles.forEach((a, i) => {
    paras.push(`Điều ${i + 1}. ${a.heading}`);
    a.clauses.forEach((c, j) => {
      paras.push(`${j + 1}. ${c.text}`);
      c.points.forEach((p, k) => paras.push(`${LETTERS[k]}) ${p}`));
    });
  });
  return paras;
});

/** Hard-wrap a paragraph at `width`, as a PDF conversion does. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

describe('layout does not change the tree', () => {
  it('re-wrapping paragraphs at any width, with or without blank lines between lines, gives the same tree', () => {
    fc.assert(fc.property(documentParagraphs, fc.integer({ min: 30, max: 100 }), fc.boolean(), (paras, width, blankBetween) => {
      const flat = paras.join('\n');
      const wrapped = paras.flatMap((p) => wrap(p, width)).join(blankBetween ? '\n \n' : '\n');
      expect(shape(parse(wrapped))).toEqual(shape(parse(flat)));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 150) });
  });

  it('CRLF line ends, a BOM and non-breaking spaces change nothing, on generated documents', () => {
    fc.assert(fc.property(documentParagraphs, fc.infiniteStream(fc.boolean()), (paras, coin) => {
      const flat = paras.join('\n');
      const noisy = '\ufeff' + flat.replace(/ /g, () => (coin.next().value ? '\u00a0' : ' ')).replace(/\n/g, '\r\n');
      const a = parse(flat);
      const b = parse(noisy);
      expect(shape(b)).toEqual(shape(a));
      expect(b.children.map((c) => c.lines)).toEqual(a.children.map((c) => c.lines));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 100) });
  });

  it('CRLF line ends, a BOM and non-breaking spaces change nothing, on every seed', () => {
    for (const d of corpus().documents) {
      const raw = readFileSync(join(SEEDS, d.meta.sourceFile!), 'utf8');
      const noisy = '\ufeff' + raw.replace(/\n/g, '\r\n').replace(/ (?=\p{Ll})/gu, '\u00a0');
      expect(shape(parseDocument(noisy, d.meta)), d.meta.id).toEqual(shape(parseDocument(raw, d.meta)));
    }
  });
});

const KEYWORDS = ['Chương I', 'CHƯƠNG II', 'Điều 1.', 'Điều 2:', 'Điều 1.', '1.', '2.1.', '2.1.1.', '2.4 ', 'a)', 'đ)', 'f)', '- a)', 'I. VĂN PHÒNG SỞ', 'II. Nội dung', 'A. Phần', 'PHỤ LỤC I.', 'Phụ lục', 'QUY ĐỊNH', 'QUYẾT ĐỊNH:', 'Căn cứ ', 'Nơi nhận:', '- ', 'TT Nhiệm vụ', 'Chú thích:', '**', '*g*', '[bookmark: _x]', '| a | b |', '|---|---|', '8', '1 Các', '(1) ', 'Phòng', 'QLKH&ĐMST', ';', '.', '\t', '\u00a0', '\ufeff', '\u200b', '\r',
  // Shapes of texts pasted from legal websites (issue 10).
  '**Điều\n9. Công bố**', 'Chương\nIII', 'Mục 2', 'MỤC 1. QUY ĐỊNH', 'Mẫu số 01', 'Phụ lục', 'PHỤ LỤC II', '28.800.000 đồng', '2.500 người',
  '#### Điều 5. ', '## ', 'Điều 3. Chánh\nVăn phòng', 'Tải về', 'Chia sẻ', 'Văn bản liên quan', 'Lược đồ', 'Trang chủ > Văn bản',
  'Số hiệu: 1/QĐ', '| CỘNG HÒA | Số: 1/QĐ |', '\n\n\n7\n\n\n', 'Bước\n1\nTiếp nhận\n2\n'];
const fuzzText = fc.array(fc.oneof(fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 12 }), fc.constantFrom('\n', '\n\n', ' ')), { maxLength: 80 }).map((parts) => parts.join(''));

describe('any text is accepted', () => {
  it('never throws and never loses or invents a character, on random mixes of structural keywords', () => {
    fc.assert(fc.property(fuzzText, (text) => {
      const doc = parse(text);
      expect(doc.diagnostics.filter((d) => d.code === 'parser-bug')).toEqual([]);
      expect(multisetDiff(sourceChars(text), accountedChars(doc))).toEqual({ missing: '', extra: '' });
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 400) });
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      const doc = parse(text);
      expect(doc.diagnostics.filter((d) => d.code === 'parser-bug')).toEqual([]);
      expect(multisetDiff(sourceChars(text), accountedChars(doc))).toEqual({ missing: '', extra: '' });
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });

  it('the lossless check itself notices a dropped character', () => {
    const doc = parse('Điều 1. Phạm vi\n1. Văn bản này quy định;');
    const clause = doc.children[0]!.children[0]!;
    clause.text = clause.text.slice(1);
    expect(multisetDiff(sourceChars('Điều 1. Phạm vi\n1. Văn bản này quy định;'), accountedChars(doc)).missing).toBe('V');
  });
});
