/**
 * Stage 4 of parsing: turn drafts into nodes — ids from structure and
 * numbers as written, labels, text, offices, footnote references.
 */
import { isFormNumber, isSectionNumber, labelFromChain } from '../labels';
import type { Diagnostic, FootnoteRef, LegalNode, LegendEntry, LineRange, Office, ParagraphNode } from '../model';
import { slugify } from '../slug';
import type { Draft, DraftPara } from './build';
import { ENDS_SENTENCE } from './markers';

export interface CuratedOffice {
  /** Matches the office name as written (case and spacing ignored) or its abbreviation. */
  match: string;
  id?: string;
  name: string;
  abbreviation?: string | null;
  note?: string;
}

export interface CuratedFootnoteRef {
  line: number;
  /** The token as written, ending with the marker: `20251` for "2025" + footnote 1. */
  text: string;
  marker: string;
}

export interface FinalizeInput {
  children: Draft[];
  footnotes: Draft[];
  curatedOffices: CuratedOffice[];
  footnoteRefs: CuratedFootnoteRef[];
}

export interface Finalized {
  children: LegalNode[];
  offices: Office[];
  legend: LegendEntry[];
  diagnostics: Diagnostic[];
}

const OFFICE_IN_HEADING = /(?:của|về)\s+((?:Văn phòng|Thanh tra|[Pp]hòng|Trung tâm|Chi cục)(?![\p{L}]).*)$/u;
const FRONT_COUNTERS = { header: 'tieu-de', title: 'ten', basis: 'can-cu', formula: 'ban-hanh', paragraph: 'doan' } as const;

function normName(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/[\s\-–]+/g, ' ').trim();
}

/** The short code of an abbreviation: "Phòng QLKH&ĐMST" → "QLKH&ĐMST". */
export function abbreviationCode(abbreviation: string): string {
  return abbreviation.replace(/^(Phòng|Trung tâm|Văn phòng|Chi cục)\s+/u, '');
}

function mentions(text: string, office: Office): boolean {
  const folded = normName(text);
  if (folded.includes(normName(office.name)) || folded.includes(normName(office.nameAsWritten))) return true;
  if (!office.abbreviation) return false;
  const code = abbreviationCode(office.abbreviation).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}&])${code}(?![\\p{L}\\p{N}&])`, 'u').test(text);
}

/**
 * Finalize drafts into the document tree, top to bottom: convert the
 * drafts (ids, labels, offices named by headings), then point footnote
 * references at their notes, read the legend's offices, resolve the offices
 * of table rows, and report curated offices the text never names. Pure.
 */
export function finalize(input: FinalizeInput): Finalized {
  const diagnostics: Diagnostic[] = [];
  const offices = new OfficeRegistry(input.curatedOffices, diagnostics);
  const children = convertTree([...input.children, ...input.footnotes], offices, input.footnoteRefs);
  linkFootnotes(children, input.footnoteRefs, diagnostics);
  const legend = legendOffices(children, offices, diagnostics);
  rowOffices(children, offices, diagnostics);
  offices.reportUnused();
  return { children, offices: offices.list, legend, diagnostics };
}

/** The document's offices, with their curated names and ids, each id unique. */
class OfficeRegistry {
  readonly list: Office[] = [];
  private readonly used = new Set<CuratedOffice>();

  constructor(private readonly curated: CuratedOffice[], private readonly diagnostics: Diagnostic[]) {}

  /** The office named `nameAsWritten` (or abbreviated so), added the first time it is named. */
  add(nameAsWritten: string, abbreviation: string | null, node: string | null, source: Office['source']): Office {
    const curated = this.curated.find((c) => normName(c.match) === normName(nameAsWritten) || (abbreviation !== null && normName(c.match) === normName(abbreviation)));
    if (curated) this.used.add(curated);
    const name = curated?.name ?? nameAsWritten;
    const existing = this.list.find((o) => normName(o.name) === normName(name));
    if (existing) return existing;
    let id = curated?.id ?? slugify(name);
    if (curated?.id && this.list.some((o) => o.id === curated.id)) {
      this.diagnostics.push({ severity: 'error', code: 'office-id-taken', line: 1, message: `id phòng "${curated.id}" khai báo trong metadata cho "${name}" đã dùng cho phòng khác: mỗi phòng cần id riêng` });
    }
    for (let k = 2; this.list.some((o) => o.id === id); k++) id = `${slugify(name)}-${k}`;
    const office: Office = { id, name, nameAsWritten, abbreviation: curated?.abbreviation ?? abbreviation, node, source };
    this.list.push(office);
    return office;
  }

  reportUnused(): void {
    for (const c of this.curated) {
      if (!this.used.has(c)) this.diagnostics.push({ severity: 'warning', code: 'curated-office-unused', line: 1, message: `Metadata khai báo phòng "${c.match}" nhưng văn bản không có phòng nào tên như vậy` });
    }
  }
}

/** Ids unique in the document: a repeated one becomes `<id>-lan-<k>`, the first k ≥ 2 not yet taken. */
class IdRegistry {
  private readonly ids = new Set<string>();
  private readonly nextRepeat = new Map<string, number>();

  take(id: string): { id: string; repeatOf?: string } {
    if (!this.ids.has(id)) {
      this.ids.add(id);
      return { id };
    }
    for (let k = this.nextRepeat.get(id) ?? 2; ; k++) {
      const candidate = `${id}-lan-${k}`;
      if (!this.ids.has(candidate)) {
        this.ids.add(candidate);
        this.nextRepeat.set(id, k + 1);
        return { id: candidate, repeatOf: id };
      }
    }
  }
}

/** Convert the drafts, depth first in document order, without recursion (a text may nest thousands of levels). */
function convertTree(roots: Draft[], offices: OfficeRegistry, refs: CuratedFootnoteRef[]): LegalNode[] {
  const ids = new IdRegistry();
  const children: LegalNode[] = [];
  type Step = { d: Draft; ordinal: number; out: LegalNode[] } | { exit: LegalNode };
  const path: PathEntry[] = [];
  const work: Step[] = [];
  const pushChildren = (drafts: Draft[], out: LegalNode[]) => {
    const ordinals = kindOrdinals(drafts);
    for (let i = drafts.length - 1; i >= 0; i--) work.push({ d: drafts[i]!, ordinal: ordinals[i]!, out });
  };
  pushChildren(roots, children);
  while (work.length) {
    const step = work.pop()!;
    if ('exit' in step) {
      path.pop();
      // A unit ends where its last child ends.
      for (const c of step.exit.children) if (c.lines[1] > step.exit.lines[1]) step.exit.lines[1] = c.lines[1];
      continue;
    }
    const { node, office } = convertDraft(step.d, step.ordinal, path, ids, offices, refs);
    step.out.push(node);
    path.push({ d: step.d, id: node.id, office });
    work.push({ exit: node });
    pushChildren(step.d.children, node.children);
  }
  return children;
}

/** One draft as a node (children left empty), its ancestors in `path`. */
function convertDraft(d: Draft, ordinal: number, path: PathEntry[], ids: IdRegistry, offices: OfficeRegistry, refs: CuratedFootnoteRef[]): { node: LegalNode; office: Office | null } {
  const parent = parentFor(d, path);
  const { id, repeatOf } = ids.take((parent ? `${parent.id}/` : '') + segmentFor(d, ordinal));
  let office = path[path.length - 1]?.office ?? null;
  if (d.kind === 'office' && d.heading) office = offices.add(d.heading, null, id, 'part');
  if (d.kind === 'article' && d.heading) {
    const m = d.heading.match(OFFICE_IN_HEADING);
    if (m) office = offices.add(m[1]!, null, id, 'article');
  }
  const { heading, paras } = clauseHeading(d);
  const footnoteRefs = findFootnoteRefs(paras, refs);
  const label = labelFromChain([...path.map((e) => e.d), d], office && d.kind !== 'preamble' ? office.name : null);
  const base = {
    id, number: d.number, num: d.num, label, heading, text: paras.map((p) => p.text).join('\n'), lines: [d.lines[0], d.lines[1]] as LineRange,
    office: office?.id ?? null, children: [] as LegalNode[],
    ...(repeatOf ? { repeatOf } : {}),
    ...(footnoteRefs.length ? { footnoteRefs } : {}),
  };
  return { node: nodeOfKind(d, base), office };
}

/** Footnote references point at footnote node ids; a declared marker not found is an error, a note without one a warning. */
function linkFootnotes(children: LegalNode[], refs: CuratedFootnoteRef[], diagnostics: Diagnostic[]): void {
  const footnoteIds = new Map(children.filter((c) => c.kind === 'footnote').map((c) => [c.num, c.id]));
  const found = new Set<string>();
  walk(children, (n) => {
    for (const ref of n.footnoteRefs ?? []) {
      ref.footnote = footnoteIds.get(ref.marker) ?? '';
      found.add(ref.marker);
    }
  });
  for (const ref of refs) {
    if (!found.has(ref.marker)) diagnostics.push({ severity: 'error', code: 'footnote-ref-not-found', line: ref.line, message: `Không tìm thấy "${ref.text}" (dấu chú thích ${ref.marker}) ở dòng ${ref.line} như khai báo trong metadata` });
  }
  for (const f of children.filter((c) => c.kind === 'footnote')) {
    if (!refs.some((r) => r.marker === f.num)) {
      diagnostics.push({ severity: 'warning', code: 'footnote-ref-unknown', line: f.lines[0], message: `Chú thích cuối trang ${f.num}: chưa xác định vị trí dấu chú thích trong văn bản (khai báo footnoteRefs trong metadata)` });
    }
  }
}

/** Legend entries ("- Phòng Quản lý …: Phòng QLKH&ĐMST") become offices. */
function legendOffices(children: LegalNode[], offices: OfficeRegistry, diagnostics: Diagnostic[]): LegendEntry[] {
  const legend: LegendEntry[] = [];
  walk(children, (n) => {
    if (n.kind !== 'legend') return;
    for (const item of n.children) {
      const m = item.text.match(/^(.+?)\s*:\s*(.+)$/u);
      if (!m) {
        diagnostics.push({ severity: 'warning', code: 'legend-entry', line: item.lines[0], message: `Dòng chú thích không có dạng "Tên đầy đủ: Viết tắt": ${item.text}` });
        continue;
      }
      legend.push({ name: m[1]!, abbreviation: m[2]!, line: item.lines[0] });
      offices.add(m[1]!, m[2]!, null, 'legend');
    }
  });
  return legend;
}

/** Table cells name offices by abbreviation or by name: each row gets its lead and co-operating offices. */
function rowOffices(children: LegalNode[], offices: OfficeRegistry, diagnostics: Diagnostic[]): void {
  walk(children, (n) => {
    if (n.kind !== 'row') return;
    for (const cell of [n.lead, n.support]) {
      const vp = cell.match(/Văn [Pp]hòng Sở/u);
      if (vp && !offices.list.some((o) => mentions(vp[0], o))) offices.add('Văn phòng Sở', null, null, 'table');
    }
  });
  walk(children, (n) => {
    if (n.kind !== 'row') return;
    n.leadOffices = offices.list.filter((o) => mentions(n.lead, o)).map((o) => o.id);
    n.supportOffices = offices.list.filter((o) => mentions(n.support, o) && !n.leadOffices.includes(o.id)).map((o) => o.id);
    n.office = n.leadOffices[0] ?? null;
    for (const cell of [n.lead, n.support]) {
      for (const token of cell.match(/(?<![\p{L}&])[\p{Lu}][\p{Lu}&]{3,}(?![\p{L}&])/gu) ?? []) {
        if (!offices.list.some((o) => o.abbreviation && abbreviationCode(o.abbreviation) === token)) {
          diagnostics.push({ severity: 'info', code: 'unknown-abbreviation', line: n.lines[0], message: `Nhiệm vụ ${n.num}: viết tắt "${token}" không có trong phần chú thích` });
        }
      }
    }
    if (n.lead && n.leadOffices.length === 0) {
      diagnostics.push({ severity: 'info', code: 'lead-not-an-office', line: n.lines[0], message: `Nhiệm vụ ${n.num}: ô chủ trì "${n.lead}" không chỉ đích danh một phòng/đơn vị` });
    }
  });
}

interface PathEntry {
  d: Draft;
  id: string;
  office: Office | null;
}

/**
 * The ancestor whose id prefixes `d`'s: articles skip chapters and sections
 * (their numbers are unique in a document or an annex), dotted clauses skip
 * the clauses above them (their number contains theirs).
 */
function parentFor(d: Draft, path: PathEntry[]): PathEntry | null {
  let i = path.length - 1;
  if (d.kind === 'article') {
    while (i >= 0 && !(path[i]!.d.kind === 'part' && path[i]!.d.partType === 'annex')) i--;
  } else if (d.kind === 'clause' && (d.depth ?? 1) > 1) {
    while (i >= 0 && path[i]!.d.kind === 'clause') i--;
  }
  return i >= 0 ? path[i]! : null;
}

/** For each draft, its 1-based position among the siblings of its kind ("căn cứ 3"), in one pass. */
function kindOrdinals(drafts: Draft[]): number[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const n = (seen.get(d.kind) ?? 0) + 1;
    seen.set(d.kind, n);
    return n;
  });
}

/** The last segment of a node's id, from its kind and its number as written. */
function segmentFor(d: Draft, ordinal: number): string {
  const n = d.num ?? '';
  switch (d.kind) {
    case 'preamble': return 'phan-dau';
    case 'closing': return 'phan-cuoi';
    case 'recipients': return 'noi-nhan';
    case 'signature': return 'chu-ky';
    case 'table': return 'bang';
    case 'legend': return 'chu-thich';
    case 'footnote': return `chu-thich-cuoi-trang-${slugify(n)}`;
    case 'article': return `dieu-${slugify(n)}`;
    case 'clause': return (d.depth ?? 1) > 1 ? `muc-${slugify(n)}` : `khoan-${slugify(n)}`;
    case 'point': return `diem-${slugify(n)}`;
    case 'item': return `gach-${n}`;
    case 'row': return `nhiem-vu-${slugify(n)}`;
    case 'office': return `muc-${slugify(n)}`;
    case 'part': return partSegment(d);
    default: return `${FRONT_COUNTERS[d.kind as keyof typeof FRONT_COUNTERS] ?? d.kind}-${ordinal}`;
  }
}

/** "chuong-ii", "muc-2" (a "Mục 2" section), "phan-a", "phu-luc-i", "mau-so-01", or an attached text by its title. */
function partSegment(d: Draft): string {
  const n = d.num ?? '';
  if (d.partType === 'chapter') return `chuong-${slugify(n)}`;
  if (d.partType === 'annex') {
    if (isFormNumber(d.number)) return slugify(d.number!);
    if (n) return `phu-luc-${slugify(n)}`;
    if (d.number) return 'phu-luc';
    return slugify(d.heading ?? '') || 'van-ban-kem-theo';
  }
  return /^[IVXLC]+$/.test(n) || isSectionNumber(d.number) ? `muc-${slugify(n)}` : `phan-${slugify(n)}`;
}

/** A clause's short first line is its heading: "Về bưu chính", "Chức năng:" followed by its text. */
function clauseHeading(d: Draft): { heading: string | null; paras: DraftPara[] } {
  const paras = d.paras;
  if (d.kind !== 'clause' || d.heading || paras.length === 0) return { heading: d.heading, paras };
  const first = paras[0]!.text;
  const shortLabel = /:$/u.test(first) && first.length <= 30 && paras.length > 1;
  if ((!ENDS_SENTENCE.test(first) || shortLabel) && first.length <= 200 && (paras.length > 1 || d.children.length > 0)) {
    return { heading: first, paras: paras.slice(1) };
  }
  return { heading: null, paras };
}

function nodeOfKind(d: Draft, base: Omit<ParagraphNode, 'kind'>): LegalNode {
  switch (d.kind) {
    case 'part': return { ...base, kind: 'part', partType: d.partType ?? 'section' };
    case 'clause': return { ...base, kind: 'clause', depth: d.depth ?? 1 };
    case 'table': return { ...base, kind: 'table', columns: d.columns ?? [] };
    case 'row': return { ...base, kind: 'row', lead: d.lead ?? '', support: d.support ?? '', note: '', leadOffices: [], supportOffices: [] };
    default: return { ...base, kind: d.kind } as LegalNode;
  }
}

/** Footnote markers declared in metadata, located in the node's text; `footnote` is filled in once ids exist. */
function findFootnoteRefs(paras: DraftPara[], refs: CuratedFootnoteRef[]): FootnoteRef[] {
  const out: FootnoteRef[] = [];
  let base = 0;
  for (const p of paras) {
    for (const ref of refs) {
      const spanIndex = p.spans.findIndex((s) => s.line === ref.line);
      if (spanIndex < 0) continue;
      const from = p.spans[spanIndex]!.offset;
      const to = p.spans[spanIndex + 1]?.offset ?? p.text.length;
      const at = p.text.slice(from, to).indexOf(ref.text.normalize('NFC'));
      if (at >= 0) out.push({ offset: base + from + at + ref.text.length - ref.marker.length, marker: ref.marker, footnote: '' });
    }
    base += p.text.length + 1;
  }
  return out;
}

/** Visit every node, depth first, in document order (without recursion: trees may be thousands of levels deep). */
export function walk(nodes: LegalNode[], visit: (n: LegalNode, parent: LegalNode | null) => void, parent: LegalNode | null = null): void {
  const work: Array<[LegalNode, LegalNode | null]> = [];
  for (let i = nodes.length - 1; i >= 0; i--) work.push([nodes[i]!, parent]);
  while (work.length) {
    const [n, p] = work.pop()!;
    visit(n, p);
    for (let i = n.children.length - 1; i >= 0; i--) work.push([n.children[i]!, n]);
  }
}
