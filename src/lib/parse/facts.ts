/**
 * Facts a document states about itself in its front matter and closing:
 * number, place and date, type, title, issuer, province, signer, entry into
 * force. Each fact comes with the source line it was read from; nothing is
 * filled in that the text does not say. Pure; used by `inferMeta` (to check
 * curated metadata against the text) and by `npm run add` (to propose it).
 */
import type { LegalDocument, LegalNode } from '../model';
import { isRealDate } from '../dates';
import { foldForMatch } from '../slug';
import { isUpperText } from './front';
import { walk } from './finalize';

/** A value read from the text, with the line it stands on and the words it was read from. */
export interface Fact<T = string> {
  value: T;
  line: number;
  text: string;
}

type Doc = Pick<LegalDocument, 'children'>;

/** Provinces and centrally governed cities, before and after the 2025 merger, as officially spelled. */
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai',
  'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình',
  'Hồ Chí Minh', 'Huế', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng',
  'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế',
  'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
].sort((a, b) => b.length - a.length);

/** Names written with capitals inside a sentence-case title, restored after lower-casing one printed in capitals. */
const PROPER_NAMES = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Sở Khoa học và Công nghệ', 'Bộ Khoa học và Công nghệ', 'Thủ tướng Chính phủ',
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Bộ Nội vụ', 'Bộ Tài chính', 'Bộ Tư pháp', 'Chính phủ',
  'Quốc hội', 'Văn phòng Sở', 'Thanh tra Sở', 'Việt Nam',
];
/** Document types named after "ban hành" keep their capital: "ban hành Quy định …". */
const ISSUED_TYPES = /(ban hành )(quy định|quy chế|chương trình|kế hoạch|danh mục|đề án|điều lệ|hướng dẫn)(?![\p{L}])/gu;

const preambleOf = (doc: Doc) => doc.children.find((c) => c.kind === 'preamble') ?? null;
const frontLines = (doc: Doc, kind: LegalNode['kind']) => preambleOf(doc)?.children.filter((c) => c.kind === kind) ?? [];

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "Số: 33 /QĐ-SKHCN" → "33/QĐ-SKHCN"; a number left blank ("Số: /QĐ-UBND") is no number. */
export function numberFact(doc: Doc): Fact | null {
  for (const n of frontLines(doc, 'header')) {
    const m = n.text.match(/^Số\s*:\s*(\S.*)$/u);
    if (m && /\d/.test(m[1]!)) return { value: m[1]!.replace(/\s+/g, ''), line: n.lines[0], text: n.text };
  }
  return null;
}

const MONTH_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

/** "ngày 1 tháng 7 năm 2025" → "2025-07-01"; null for a day the calendar does not have (a typo in the source is not a date). */
function isoFromWords(m: RegExpMatchArray): string | null {
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** "Hà Tĩnh, ngày 15 tháng 8 năm 2025": the place and the date of issue (`unrealDate`: a date written that the calendar does not have). */
export function placeAndDateFacts(doc: Doc): { place: Fact | null; date: Fact | null; unrealDate?: Fact } {
  for (const n of frontLines(doc, 'header')) {
    const m = n.text.match(MONTH_DATE);
    if (!m) continue;
    const place = n.text.match(/^([\p{Lu}][\p{L} .-]*?),\s*ngày(?![\p{L}])/u);
    const date = isoFromWords(m);
    return {
      place: place ? { value: place[1]!.trim(), line: n.lines[0], text: n.text } : null,
      date: date ? { value: date, line: n.lines[0], text: n.text } : null,
      // Written, but not a day of the calendar: said as such, never corrected.
      ...(date ? {} : { unrealDate: { value: m[0], line: n.lines[0], text: n.text } }),
    };
  }
  return { place: null, date: null };
}

/** "THÔNG TƯ" → "Thông tư": the document type line that opens the title. */
export function documentTypeFact(doc: Doc): Fact | null {
  const first = frontLines(doc, 'title')[0];
  return first ? { value: upperFirst(first.text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi')), line: first.lines[0], text: first.text } : null;
}

/**
 * The title as it would be cited: the type, then the subject in sentence
 * case ("Quyết định ban hành Quy định chức năng, …"), from the title lines
 * only — never the "Căn cứ" lines or the enacting formula after them.
 */
export function titleFact(doc: Doc, province: string | null): Fact | null {
  const [type, ...subject] = frontLines(doc, 'title');
  const typeFact = documentTypeFact(doc);
  if (!type || !typeFact || subject.length === 0) return null;
  const text = subject.map((t) => t.text.trim()).join(' ').replace(/\s+/g, ' ');
  return { value: `${typeFact.value} ${sentenceCase(text, province)}`, line: subject[0]!.lines[0], text };
}

/**
 * A subject as it reads inside a sentence: printed in capitals, it is
 * lower-cased and its proper names restored (bodies, the province); in
 * sentence case already, only its first letter is lowered unless it starts
 * a proper name.
 */
export function sentenceCase(text: string, province: string | null): string {
  if (!isUpperText(text)) return PROPER_NAMES.some((n) => text.startsWith(n)) || /^Sở(?![\p{L}])/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
  let out = text.toLocaleLowerCase('vi');
  for (const name of PROPER_NAMES) out = replaceFolded(out, name);
  out = out.replace(ISSUED_TYPES, (_, lead: string, type: string) => lead + upperFirst(type));
  for (const p of province ? [province] : []) out = replaceFolded(out, p);
  // "của sở", "thuộc sở" (the Sở itself, not "các sở, ban, ngành").
  out = out.replace(/(?<=(?:của|thuộc) )sở(?![\p{L}])(?!, ban)/gu, 'Sở');
  return out;
}

/** Replace `name` wherever it occurs with any capitalisation (text already lower case). */
function replaceFolded(lower: string, name: string): string {
  const needle = name.toLocaleLowerCase('vi');
  let from = 0;
  let out = lower;
  for (;;) {
    const at = out.indexOf(needle, from);
    if (at < 0) return out;
    const after = out[at + needle.length];
    if (after === undefined || !/\p{L}/u.test(after)) out = out.slice(0, at) + name + out.slice(at + needle.length);
    from = at + needle.length;
  }
}

/** The province named after "tỉnh" or "thành phố" in `text` (any capitalisation), spelled officially when capitals hide it. */
export function provinceIn(text: string): string | null {
  const re = /(?<![\p{L}])(?:tỉnh|thành phố|tp\.)\s+/giu;
  for (const m of text.matchAll(re)) {
    const rest = text.slice(m.index! + m[0].length);
    const folded = foldForMatch(rest);
    for (const p of PROVINCES) {
      const f = foldForMatch(p);
      if (folded.startsWith(f) && !/\p{L}/u.test(rest.charAt(p.length) || ' ')) {
        const asWritten = rest.slice(0, p.length);
        return isUpperText(asWritten) || asWritten === asWritten.toLocaleLowerCase('vi') ? p : asWritten;
      }
    }
  }
  return null;
}

/** Agency lines of the header, joined where a name wraps ("BỘ KHOA HỌC VÀ" / "CÔNG NGHỆ", "ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH"). */
export function agencyFacts(doc: Doc): Fact[] {
  const out: Fact[] = [];
  for (const n of frontLines(doc, 'header')) {
    const text = n.text.replace(/\s*-{3,}\s*$/u, '').trim();
    if (!text || /^CỘNG H(?:ÒA|OÀ)|^Độc lập|^Số\s*:|ngày\s+\d/u.test(text) || !isUpperText(text)) {
      if (/^CỘNG H(?:ÒA|OÀ)|^Số\s*:/u.test(text)) break;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && (/(?:VÀ|CỦA|-)$/u.test(prev.value) || /^(?:TỈNH|THÀNH PHỐ)(?![\p{L}])/u.test(text))) {
      prev.value = `${prev.value} ${text}`;
      prev.text = `${prev.text}\n${n.text}`;
    } else out.push({ value: text, line: n.lines[0], text: n.text });
  }
  return out;
}

/**
 * The issuer, as the text names it: the authority printed in capitals
 * between the title and the bases ("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH
 * QUẢNG NGÃI"), else the last agency of the header ("BỘ KHOA HỌC VÀ CÔNG
 * NGHỆ"), else the body that "ban hành" in the enacting sentence.
 */
export function issuerFact(doc: Doc): Fact | null {
  const authority = frontLines(doc, 'formula').find((f) => isUpperText(f.text) && !/:$/u.test(f.text.trim()) && !/^(QUYẾT ĐỊNH|THÔNG TƯ|NGHỊ QUYẾT)/u.test(f.text));
  const agencies = agencyFacts(doc);
  const enacting = [...frontLines(doc, 'formula'), ...frontLines(doc, 'paragraph')]
    .map((f) => ({ f, m: f.text.match(/^((?:Ủy ban|Uỷ ban|Bộ|Sở|Hội đồng|Giám đốc|Chủ tịch)[\p{L} -]*?) ban hành(?![\p{L}])/u) }))
    .find((x) => x.m);
  const read = authority ? { value: authority.text, line: authority.lines[0], text: authority.text } : qualifiedAgency(agencies) ?? (enacting ? { value: enacting.m![1]!, line: enacting.f.lines[0], text: enacting.f.text } : null);
  if (!read) return null;
  const province = provinceIn(read.value);
  return { ...read, value: upperFirst(sentenceCase(read.value.replace(/^UBND(?![\p{L}])/u, 'ỦY BAN NHÂN DÂN'), province)) };
}

/**
 * The last agency of the header; a Sở printed under its People's Committee
 * ("UBND TỈNH HÀ TĨNH" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ") is named as the two lines
 * say together: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh".
 */
function qualifiedAgency(agencies: Fact[]): Fact | null {
  const last = agencies[agencies.length - 1];
  if (!last || !/^SỞ(?![\p{L}])/u.test(last.value) || provinceIn(last.value)) return last ?? null;
  const parent = agencies.slice(0, -1).reverse().map((a) => ({ a, m: a.value.match(/(?:^|\s)((?:TỈNH|THÀNH PHỐ)\s+\S.*)$/u) })).find((x) => x.m && provinceIn(x.m[1]!));
  return parent ? { value: `${last.value} ${parent.m![1]!}`, line: parent.a.line, text: `${parent.a.text}\n${last.text}` } : last;
}

/**
 * The province: named in the issuer or the header agencies ("UBND TỈNH
 * QUẢNG NGÃI"), else where the text names its Sở or its People's Committee
 * ("Sở Khoa học và Công nghệ tỉnh Lai Châu").
 */
export function provinceFact(doc: Doc, issuer: Fact | null): Fact | null {
  for (const f of [...(issuer ? [issuer] : []), ...agencyFacts(doc)]) {
    const p = provinceIn(f.value) ?? provinceIn(f.text);
    if (p) return { value: p, line: f.line, text: f.text };
  }
  let found: Fact | null = null;
  walk(doc.children, (n) => {
    if (found || n.kind === 'basis') return;
    for (const text of [n.heading ?? '', n.text]) {
      for (const m of text.matchAll(/(?:Sở Khoa học và Công nghệ|Ủy ban nhân dân|UBND)\s+((?:tỉnh|thành phố)\s+[^,.;:()]+)/gu)) {
        const p = provinceIn(m[1]!);
        if (p && !found) found = { value: p, line: n.lines[0], text: m[0] };
      }
    }
  });
  return found;
}

/** The signer: the name under the signature block ("Nguyễn Văn Tùng"), never a title in capitals. */
export function signerFact(doc: Doc): Fact | null {
  let sig: LegalNode | null = null;
  walk(doc.children, (n) => { if (n.kind === 'signature') sig = n; });
  if (!sig) return null;
  const lines = (sig as LegalNode).text.split('\n').map((l) => l.trim()).filter(Boolean);
  const name = [...lines].reverse().find((l) => /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,5}$/u.test(l) && !isUpperText(l));
  return name ? { value: name, line: (sig as LegalNode).lines[1], text: name } : null;
}

/** Entry into force: a calendar date ("có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025"), or what the text says instead ("kể từ ngày ký"). */
export function inForceFacts(doc: Doc): { date: Fact | null; note: Fact | null } {
  let date: Fact | null = null;
  let note: Fact | null = null;
  walk(doc.children.filter((c) => !(c.kind === 'part' && c.partType === 'annex')), (n) => {
    if (date || note || !n.text) return;
    const article = n.kind === 'article' ? n.num : n.id.match(/^dieu-(\w+)/)?.[1] ?? null;
    const d = n.text.match(/có hiệu lực(?: thi hành)?(?: kể)? từ ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u);
    const iso = d ? isoFromWords(d) : null;
    if (iso) { date = { value: iso, line: n.lines[0], text: d![0] }; return; }
    const k = n.text.match(/có hiệu lực(?: thi hành)?(?: kể)? từ ngày ký/u);
    if (k) note = { value: `${upperFirst(k[0])}${article ? ` (Điều ${article})` : ''}.`, line: n.lines[0], text: k[0] };
  });
  return { date, note };
}
