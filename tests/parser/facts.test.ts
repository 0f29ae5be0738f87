/**
 * What a document states about itself (src/lib/parse/facts.ts), each with
 * its line: the header shapes of provincial documents, the issuer in its
 * three places, the title in sentence case and never past the title lines;
 * and the model it is compared with, from what it cites.
 */
import { describe, expect, it } from 'vitest';
import { issuerFact, numberFact, placeAndDateFacts, provinceFact, signerFact, titleFact, inForceFacts, sentenceCase } from '../../src/lib/parse/facts';
import { parseDocument, unknownMeta } from '../../src/lib/parse';
import { inferMetadata } from '../../src/lib/infer';
import type { DocumentMeta } from '../../src/lib/model';

const parse = (lines: string[]) => parseDocument(lines.join('\n'), unknownMeta('t', null));

describe('facts a document states about itself', () => {
  it('"ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH": issuer and province from the two header lines', () => {
    const doc = parse(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 39/2025/QĐ-UBND', 'Hà Tĩnh, ngày 15 tháng 8 năm 2025', 'QUYẾT ĐỊNH', 'Về việc thử', 'Điều 1. Một', 'Nội dung.']);
    const issuer = issuerFact(doc);
    expect(issuer).toMatchObject({ value: 'Ủy ban nhân dân tỉnh Hà Tĩnh', line: 1 });
    expect(provinceFact(doc, issuer)).toMatchObject({ value: 'Hà Tĩnh', line: 1 });
    expect(numberFact(doc)).toEqual({ value: '39/2025/QĐ-UBND', line: 5, text: 'Số: 39/2025/QĐ-UBND' });
    expect(placeAndDateFacts(doc)).toMatchObject({ place: { value: 'Hà Tĩnh', line: 6 }, date: { value: '2025-08-15', line: 6 } });
  });

  it('"THÀNH PHỐ HÀ NỘI" gives the province "Hà Nội"', () => {
    const doc = parse(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'Số: 12/2025/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thử', 'Điều 1. Một', 'Nội dung.']);
    const issuer = issuerFact(doc);
    expect(issuer?.value).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(provinceFact(doc, issuer)?.value).toBe('Hà Nội');
  });

  it('a Sở or its director as issuer: the authority line in capitals wins over the header; the signer is the name, not the title', () => {
    const doc = parse([
      'UBND TỈNH ĐỒNG NAI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 88/QĐ-SKHCN', 'Đồng Nai, ngày 2 tháng 10 năm 2025',
      'QUYẾT ĐỊNH', 'Ban hành Quy chế làm việc', 'của Sở Khoa học và Công nghệ', 'GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Căn cứ Quyết định số 20/2025/QĐ-UBND ngày 1 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh Đồng Nai;', 'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:', '- Như Điều 2;', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Lan',
    ]);
    const issuer = issuerFact(doc);
    expect(issuer).toMatchObject({ value: 'Giám đốc Sở Khoa học và Công nghệ', line: 8 });
    expect(provinceFact(doc, issuer)).toMatchObject({ value: 'Đồng Nai', line: 1 });
    expect(titleFact(doc, 'Đồng Nai')?.value).toBe('Quyết định ban hành Quy chế làm việc của Sở Khoa học và Công nghệ');
    expect(signerFact(doc)?.value).toBe('Nguyễn Thị Lan');
    expect(inForceFacts(doc)).toMatchObject({ date: null, note: { value: 'Có hiệu lực kể từ ngày ký (Điều 2).', line: 12 } });
  });

  it('a title printed in capitals reads in sentence case, proper names restored, the Căn cứ lines left out', () => {
    expect(sentenceCase('BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH', 'Hà Tĩnh'))
      .toBe('ban hành Quy định chức năng, nhiệm vụ của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh');
    expect(sentenceCase('Quy định chức năng của các sở, ban, ngành', null)).toBe('quy định chức năng của các sở, ban, ngành');
    const doc = parse(['QUYẾT ĐỊNH', 'VỀ VIỆC GIAO NHIỆM VỤ CHO ỦY BAN NHÂN DÂN CẤP XÃ', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'QUYẾT ĐỊNH:', 'Điều 1. Một', 'Nội dung.']);
    expect(titleFact(doc, null)?.value).toBe('Quyết định về việc giao nhiệm vụ cho Ủy ban nhân dân cấp xã');
  });

  it('a Sở under its People\'s Committee with no authority line: the Sở named with its province, from both header lines', () => {
    const doc = parse(['UBND TỈNH HÀ TĨNH', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/QĐ-SKHCN', 'Hà Tĩnh, ngày 15 tháng 8 năm 2025', 'QUYẾT ĐỊNH', 'Về việc thử', 'Điều 1. Một', 'Nội dung.']);
    expect(issuerFact(doc)).toMatchObject({ value: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', line: 1 });
    const hn = parse(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 3/QĐ-SKHCN', 'QUYẾT ĐỊNH', 'Về việc thử', 'Điều 1. Một']);
    expect(issuerFact(hn)?.value).toBe('Sở Khoa học và Công nghệ thành phố Hà Nội');
  });

  it('a date the calendar does not have is no date (a typo in the source is not guessed)', () => {
    const doc = parse(['Số: 5/2025/QĐ-UBND', 'Hà Tĩnh, ngày 31 tháng 2 năm 2025', 'QUYẾT ĐỊNH', 'Về việc thử', 'Điều 1. Quyết định này có hiệu lực kể từ ngày 30 tháng 2 năm 2025.']);
    expect(placeAndDateFacts(doc)).toMatchObject({ place: { value: 'Hà Tĩnh' }, date: null, unrealDate: { value: 'ngày 31 tháng 2 năm 2025', line: 2 } });
    expect(inForceFacts(doc).date).toBeNull();
    // What add writes says the text has a date that is not on the calendar, not that it has none.
    const inferred = inferMetadata(doc, []);
    expect(inferred.dateIssued).toBeNull();
    expect(inferred.sources.dateIssued).toMatchObject({ line: 2, note: expect.stringContaining('không có trên lịch') });
    expect(inferred.toDecide.join('\n')).toMatch(/dòng 2 ghi "ngày 31 tháng 2 năm 2025", ngày không có trên lịch/);
  });

  it('a number left blank is no number; a text with no header states none of these', () => {
    expect(numberFact(parse(['Số: /QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thử', 'Điều 1. Một']))).toBeNull();
    const bare = parse(['Điều 1. Phạm vi', 'Quy định này áp dụng trong tỉnh.']);
    expect([issuerFact(bare), numberFact(bare), titleFact(bare, null), signerFact(bare)]).toEqual([null, null, null, null]);
  });
});

describe('the model a new text is compared with: what it cites, by the rule the site links citations by', () => {
  const meta = (id: string, fields: Partial<DocumentMeta>): DocumentMeta => ({ ...unknownMeta(id, null), ...fields });
  const model = parseDocument('Điều 1. Phạm vi\nNội dung.', meta('mo-hinh', { kind: 'model', documentType: 'Thông tư', number: '10/2025/TT-BKHCN' }));
  const decision = meta('qd-so', { kind: 'decision', documentType: 'Quyết định', number: '152/QĐ-SKHCN', implements: 'mo-hinh' });
  const rule = (own: string, cites: string) => parse(['SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN', `Số: ${own}`, 'QUYẾT ĐỊNH', 'Về việc thử', `Căn cứ ${cites} của Ủy ban nhân dân tỉnh;`, 'Điều 1. Một', 'Nội dung.']);

  it('a text citing a corpus document by type and number follows that document\'s model, from the line that cites it', () => {
    const inferred = inferMetadata(rule('7/QĐ-SKHCN', 'Quyết định số 152/QĐ-SKHCN ngày 1/8/2025'), [model], {}, [decision]);
    expect(inferred.implements).toBe('mo-hinh');
    expect(inferred.sources.implements).toMatchObject({ line: 5, note: expect.stringContaining('trong kho: qd-so') });
  });

  it('neither its own "Số:" line (another Sở may use the same number) nor a longer number is a citation', () => {
    expect(inferMetadata(rule('152/QĐ-SKHCN', 'Quyết định số 1152/QĐ-SKHCN ngày 1/8/2025'), [model], {}, [decision]).implements).toBeNull();
  });
});
