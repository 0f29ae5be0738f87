/**
 * Stage 3 of parsing: assemble blocks into a tree of drafts. Drafts keep
 * their paragraphs with source spans; `finalize.ts` turns them into nodes.
 *
 * Ranks decide nesting (outermost first): annex 0, chapter 1, lettered
 * section 2, Roman section or office 3, article 4, clause 4 + depth
 * (`1.` 5, `2.1.` 6, `2.1.1.` 7), point 9, dash item 10. A new unit closes
 * every open unit of the same or a deeper rank.
 */
import type { Diagnostic, PartType } from '../model';
import { ENDS_SENTENCE, letterIndex, nextLetter, recognizeMarker, type Marker } from './markers';
import type { Paragraph } from './reflow';
import type { Block } from './segment';
import type { ParsedTable } from './table';

export type DraftKind =
  | 'preamble' | 'header' | 'title' | 'basis' | 'formula' | 'paragraph' | 'part' | 'article' | 'office'
  | 'clause' | 'point' | 'item' | 'table' | 'row' | 'legend' | 'closing' | 'recipients' | 'signature' | 'footnote';

export interface DraftPara {
  text: string;
  spans: Array<{ line: number; offset: number }>;
}

export interface Draft {
  kind: DraftKind;
  partType?: PartType;
  depth?: number;
  number: string | null;
  num: string | null;
  heading: string | null;
  paras: DraftPara[];
  lines: [number, number];
  children: Draft[];
  rank: number;
  /** For tables. */
  columns?: string[];
  /** For rows. */
  lead?: string;
  support?: string;
}

export interface BuiltTree {
  children: Draft[];
  footnotes: Draft[];
  diagnostics: Diagnostic[];
}

const DOC_TYPES = new Set([
  'THÔNG TƯ', 'QUYẾT ĐỊNH', 'QUY ĐỊNH', 'CHƯƠNG TRÌNH', 'NGHỊ ĐỊNH', 'NGHỊ QUYẾT', 'KẾ HOẠCH',
  'HƯỚNG DẪN', 'QUY CHẾ', 'CHỈ THỊ', 'THÔNG BÁO', 'LUẬT', 'PHỤ LỤC',
]);
const DOC_TYPES_ANNEX = new Set(['QUY ĐỊNH', 'CHƯƠNG TRÌNH', 'QUY CHẾ', 'KẾ HOẠCH', 'HƯỚNG DẪN']);
const OFFICE_HEADING = /^(VĂN PHÒNG|THANH TRA|PHÒNG|TRUNG TÂM|CHI CỤC|Văn phòng|Thanh tra|Phòng|Trung tâm|Chi cục)(?![\p{L}\p{N}])/u;
const LEGEND = /^Chú thích\s*:?$/u;

const RANK = { annex: 0, chapter: 1, letter: 2, roman: 3, article: 4, point: 9, item: 10 } as const;

function isUpperText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

function isHeaderLike(text: string): boolean {
  if (recognizeMarker(text)) return false;
  return (isUpperText(text) && text.length < 120) || /^Độc lập\s*-/u.test(text) || /^Số\s*:/u.test(text) || /^[\p{Lu}][\p{L} ]+, ngày(?![\p{L}])/u.test(text) || /^-{3,}$/.test(text);
}

function docType(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return DOC_TYPES.has(t) ? t : null;
}

function para(p: Paragraph, from = 0): DraftPara {
  return {
    text: p.text.slice(from),
    spans: p.spans.filter((s, i) => i === 0 || s.offset >= from).map((s, i) => ({ line: s.line, offset: i === 0 ? 0 : s.offset - from })),
  };
}

function draft(kind: DraftKind, rank: number, lines: [number, number], init: Partial<Draft> = {}): Draft {
  return { kind, number: null, num: null, heading: null, paras: [], lines: [...lines] as [number, number], children: [], rank, ...init };
}

/** Build the draft tree from blocks. Pure; never throws. */
export function buildTree(blocks: Block[]): BuiltTree {
  const diagnostics: Diagnostic[] = [];
  const children: Draft[] = [];
  const footnotes: Draft[] = [];
  const stack: Draft[] = [];
  // `as` keeps these wide: closures below reassign them, which narrowing cannot see.
  let phase = 'preamble' as 'preamble' | 'body' | 'closing';
  let preamble = null as Draft | null;
  let closing = null as Draft | null;
  let titleOpen = false;
  let titleSeen = false;
  let basisSeen = false;
  /** A unit whose heading may still come on the next paragraph. */
  let awaitingHeading = null as Draft | null;
  /** Inside an annex's own header block (agency, motto, title, "Ban hành kèm theo"). */
  let annexHeader = null as Draft | null;
  let lastArticleNum = 0;
  let inAnnex = false;

  const annexStarts = findAnnexStarts(blocks);

  const top = () => stack[stack.length - 1] ?? null;
  const open = (d: Draft) => {
    while (stack.length && top()!.rank >= d.rank) stack.pop();
    (top()?.children ?? children).push(d);
    stack.push(d);
  };
  const extend = (d: Draft, line: number) => {
    for (const s of stack) if (s.lines[1] < line) s.lines[1] = line;
    if (d.lines[1] < line) d.lines[1] = line;
  };

  const startAnnex = (p: Paragraph) => {
    stack.length = 0;
    phase = 'body';
    inAnnex = true;
    lastArticleNum = 0;
    const annex = draft('part', RANK.annex, p.lines, { partType: 'annex' });
    children.push(annex);
    stack.push(annex);
    annexHeader = annex;
  };

  const handleMarker = (m: Marker, p: Paragraph): void => {
    const restFrom = p.text.length - m.rest.length;
    const rest = m.rest ? [para(p, restFrom)] : [];
    switch (m.type) {
      case 'chapter': {
        const d = draft('part', RANK.chapter, p.lines, { partType: 'chapter', number: m.number, num: m.num, heading: m.rest || null });
        open(d);
        if (!m.rest) awaitingHeading = d;
        return;
      }
      case 'annex': {
        stack.length = 0;
        inAnnex = true;
        lastArticleNum = 0;
        const d = draft('part', RANK.annex, p.lines, { partType: 'annex', number: m.number, num: m.num || null, heading: m.rest || null });
        children.push(d);
        stack.push(d);
        if (!m.rest) awaitingHeading = d;
        annexHeader = d;
        return;
      }
      case 'roman': {
        const isOffice = OFFICE_HEADING.test(m.rest);
        open(draft(isOffice ? 'office' : 'part', RANK.roman, p.lines, { partType: isOffice ? undefined : 'section', number: m.number, num: m.num, heading: m.rest }));
        return;
      }
      case 'letter-section':
        open(draft('part', RANK.letter, p.lines, { partType: 'section', number: m.number, num: m.num, heading: m.rest }));
        return;
      case 'article': {
        const n = parseInt(m.num, 10);
        if (n === 1 && lastArticleNum > 1 && !inAnnex) {
          diagnostics.push({ severity: 'warning', code: 'article-numbering-restarts', line: p.lines[0], message: 'Số Điều bắt đầu lại từ Điều 1: coi phần sau là văn bản kèm theo' });
          stack.length = 0;
          inAnnex = true;
          // No heading: the text gives none (its id and label say "văn bản kèm theo").
          const annex = draft('part', RANK.annex, p.lines, { partType: 'annex' });
          children.push(annex);
          stack.push(annex);
        }
        lastArticleNum = n;
        const isHeading = m.rest !== '' && !ENDS_SENTENCE.test(m.rest) && m.rest.length <= 250;
        const d = draft('article', RANK.article, p.lines, { number: m.number, num: m.num, heading: isHeading ? m.rest : null, paras: isHeading ? [] : rest });
        open(d);
        if (!m.rest) awaitingHeading = d;
        return;
      }
      case 'clause':
        open(draft('clause', RANK.article + m.depth, p.lines, { number: m.number, num: m.num, depth: m.depth, paras: rest }));
        if (!m.spaced) diagnostics.push({ severity: 'info', code: 'marker-no-space', line: p.lines[0], message: `Số "${m.number}" viết liền với chữ sau nó (giữ nguyên như văn bản)` });
        if (!m.dotted) diagnostics.push({ severity: 'info', code: 'marker-no-dot', line: p.lines[0], message: `Số "${m.number}" thiếu dấu chấm sau số (giữ nguyên như văn bản)` });
        return;
      case 'point': {
        const d = draft('point', RANK.point, p.lines, { number: m.number, num: m.num, paras: rest });
        open(d);
        splitEmbeddedPoints(d);
        return;
      }
      case 'dash': {
        while (stack.length && top()!.kind === 'item') stack.pop();
        const parent = top();
        const count = (parent?.children ?? children).filter((c) => c.kind === 'item').length + 1;
        open(draft('item', RANK.item, p.lines, { number: m.number, num: String(count), paras: rest }));
        return;
      }
      case 'recipients': {
        stack.length = 0;
        phase = 'closing';
        closing = draft('closing', RANK.annex, p.lines);
        children.push(closing);
        const r = draft('recipients', RANK.annex + 1, p.lines, { number: m.number, heading: null, paras: rest });
        closing.children.push(r);
        stack.push(closing, r);
        return;
      }
    }
  };

  /** Lai Châu writes "… phê duyệt; g) Tổ chức …" on one line: split out the next expected point. */
  const splitEmbeddedPoints = (d: Draft) => {
    const last = d.paras[d.paras.length - 1];
    const letter = d.num;
    const expected = letter ? nextLetter(letter) : null;
    if (!last || !expected) return;
    const m = last.text.match(new RegExp(`[;.]\\s+(${expected}\\))\\s*(?=\\p{Lu})`, 'u'));
    if (!m || m.index === undefined) return;
    const at = m.index + m[0].indexOf(m[1]!);
    const line = [...last.spans].reverse().find((s) => s.offset <= at)?.line ?? d.lines[0];
    const tail: Paragraph = {
      text: last.text.slice(at),
      lines: [line, d.lines[1]],
      spans: [{ line, offset: 0 }, ...last.spans.filter((s) => s.offset > at).map((s) => ({ line: s.line, offset: s.offset - at }))],
    };
    last.text = last.text.slice(0, at).trimEnd();
    last.spans = last.spans.filter((s) => s.offset < at);
    d.lines[1] = line;
    diagnostics.push({ severity: 'warning', code: 'point-starts-mid-line', line, message: `Điểm ${expected}) bắt đầu giữa dòng, ngay sau điểm ${letter}); tách thành điểm riêng` });
    // The new point is opened like any other, and checks its own tail in turn.
    handleMarker(recognizeMarker(tail.text)!, tail);
  };

  const appendText = (p: Paragraph) => {
    const target = top();
    if (!target) {
      diagnostics.push({ severity: 'warning', code: 'unstructured-text', line: p.lines[0], message: 'Đoạn văn không thuộc chương, điều, khoản hay mục nào: giữ nguyên như đoạn văn thường' });
      const count = children.filter((c) => c.kind === 'paragraph').length + 1;
      children.push(draft('paragraph', RANK.item, p.lines, { num: String(count), paras: [para(p)] }));
      return;
    }
    target.paras.push(para(p));
    extend(target, p.lines[1]);
    if (target.kind === 'point') splitEmbeddedPoints(target);
  };

  const preambleNode = (p: Paragraph) => {
    if (!preamble) {
      preamble = draft('preamble', RANK.annex, p.lines);
      children.push(preamble);
    }
    return preamble;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'table') {
      while (stack.length && top()!.kind !== 'part' && top()!.kind !== 'office') stack.pop();
      annexHeader = null;
      awaitingHeading = null;
      const t = tableDraft(block.table);
      (top()?.children ?? children).push(t);
      for (const s of stack) if (s.lines[1] < t.lines[1]) s.lines[1] = t.lines[1];
      continue;
    }
    const p: Paragraph = block;
    if (p.footnote) {
      footnotes.push(draft('footnote', RANK.item, p.lines, { number: p.footnote, num: p.footnote, paras: [para(p, p.footnote.length + 1)] }));
      continue;
    }
    if (annexStarts.has(i)) startAnnex(p);
    const marker = recognizeMarker(p.text);

    if (annexHeader && !marker && !LEGEND.test(p.text)) {
      const annex: Draft = annexHeader;
      const type = docType(p.text);
      if (type && !annex.heading) {
        annex.heading = p.text;
      } else if (!annex.heading && isHeaderLike(p.text)) {
        annex.children.push(draft('header', RANK.item, p.lines, { paras: [para(p)] }));
      } else if (annex === awaitingHeading && !ENDS_SENTENCE.test(p.text) && p.text.length < 200 && !/^\(/u.test(p.text)) {
        annex.heading = annex.heading ? annex.heading : p.text;
        if (annex.heading !== p.text) annex.children.push(draft('title', RANK.item, p.lines, { paras: [para(p)] }));
        awaitingHeading = null;
      } else {
        const kind: DraftKind = /^\(/u.test(p.text) ? 'paragraph' : 'title';
        const count = annex.children.filter((c) => c.kind === kind).length + 1;
        annex.children.push(draft(kind, RANK.item, p.lines, { num: String(count), paras: [para(p)] }));
      }
      extend(annex, p.lines[1]);
      continue;
    }
    if (marker) annexHeader = null;

    if (phase === 'preamble') {
      const strong = marker && marker.type !== 'dash' && marker.type !== 'point';
      if (!strong) {
        const pre = preambleNode(p);
        const type = docType(p.text.replace(/:$/, ''));
        let kind: DraftKind;
        if (/^Căn cứ(?![\p{L}])/u.test(p.text)) { kind = 'basis'; basisSeen = true; titleOpen = false; }
        else if (type && p.text.endsWith(':')) { kind = 'formula'; titleOpen = false; }
        else if (type && !titleSeen) { kind = 'title'; titleOpen = true; titleSeen = true; }
        else if (titleOpen && isUpperText(p.text) && p.text.length < 200 && titleSeen && pre.children[pre.children.length - 1]?.kind === 'title' && pre.children.filter((c) => c.kind === 'title').length > 1) { kind = 'formula'; titleOpen = false; }
        else if (titleOpen) kind = 'title';
        else if (!titleSeen && !basisSeen) kind = 'header';
        else if (/^Theo đề nghị/u.test(p.text)) kind = 'paragraph';
        else if (/(?<![\p{L}])ban hành(?![\p{L}])/u.test(p.text) || isUpperText(p.text)) kind = 'formula';
        else kind = 'paragraph';
        const count = pre.children.filter((c) => c.kind === kind).length + 1;
        pre.children.push(draft(kind, RANK.item, p.lines, { num: String(count), paras: [para(p)] }));
        pre.lines[1] = p.lines[1];
        continue;
      }
      phase = 'body';
    }

    if (phase === 'closing') {
      if (marker && (marker.type === 'dash')) {
        const r = closing!.children.find((c) => c.kind === 'recipients')!;
        const count = r.children.length + 1;
        r.children.push(draft('item', RANK.item, p.lines, { number: marker.number, num: String(count), paras: [para(p, p.text.length - marker.rest.length)] }));
        r.lines[1] = closing!.lines[1] = p.lines[1];
        continue;
      }
      if (!marker || marker.type === 'point' || marker.type === 'clause') {
        let sig = closing!.children.find((c) => c.kind === 'signature');
        if (!sig) {
          sig = draft('signature', RANK.item, p.lines);
          closing!.children.push(sig);
        }
        sig.paras.push(para(p));
        sig.lines[1] = closing!.lines[1] = p.lines[1];
        continue;
      }
      diagnostics.push({ severity: 'warning', code: 'body-after-closing', line: p.lines[0], message: 'Nội dung có đánh số xuất hiện sau phần "Nơi nhận"' });
      phase = 'body';
      stack.length = 0;
    }

    if (LEGEND.test(p.text)) {
      while (stack.length && top()!.kind !== 'part') stack.pop();
      open(draft('legend', RANK.point, p.lines, { heading: p.text }));
      continue;
    }

    if (marker) {
      if (awaitingHeading && awaitingHeading !== annexHeader) awaitingHeading = null;
      handleMarker(marker, p);
      continue;
    }
    if (awaitingHeading && awaitingHeading.children.length === 0 && awaitingHeading.paras.length === 0 && !ENDS_SENTENCE.test(p.text) && p.text.length < 250) {
      awaitingHeading.heading = p.text;
      extend(awaitingHeading, p.lines[1]);
      awaitingHeading = null;
      continue;
    }
    awaitingHeading = null;
    appendText(p);
  }

  checkSequences(children, diagnostics);
  return { children, footnotes, diagnostics };
}

/**
 * Annexes attached to a decision ("QUY ĐỊNH", "CHƯƠNG TRÌNH") start with a
 * document-type line after the body has begun, often preceded by a repeated
 * header (agency, national motto). Returns the block indices where they start.
 */
function findAnnexStarts(blocks: Block[]): Set<number> {
  const starts = new Set<number>();
  let bodySeen = false;
  let boundary = 0;
  blocks.forEach((b, i) => {
    if (b.type !== 'paragraph') return;
    const m = recognizeMarker(b.text);
    if (m && (m.type === 'article' || m.type === 'chapter')) bodySeen = true;
    if (m && m.type === 'recipients') boundary = i;
    const type = docType(b.text);
    if (!bodySeen || !type || !DOC_TYPES_ANNEX.has(type)) return;
    let j = i;
    while (j - 1 > boundary && blocks[j - 1]!.type === 'paragraph' && isHeaderLike((blocks[j - 1] as Paragraph).text)) j--;
    starts.add(j);
    boundary = i;
  });
  return starts;
}

function tableDraft(table: ParsedTable): Draft {
  const t = draft('table', RANK.item, table.lines, { columns: table.columns, paras: table.header ? [{ text: table.header, spans: [{ line: table.lines[0], offset: 0 }] }] : [] });
  for (const r of table.rows) {
    t.children.push(draft('row', RANK.item, r.lines, {
      number: r.number,
      num: r.num,
      paras: r.task.length ? [{ text: r.task.join('\n'), spans: r.spans }] : [],
      lead: r.lead,
      support: r.support,
    }));
  }
  return t;
}

/** Report duplicate, out-of-order, skipped and foreign numbers among siblings. */
function checkSequences(nodes: Draft[], diagnostics: Diagnostic[]): void {
  const byKey = new Map<string, Draft[]>();
  for (const n of nodes) {
    if ((n.kind === 'clause' || n.kind === 'point' || n.kind === 'article' || n.kind === 'row') && n.num) {
      const key = n.kind === 'clause' ? `clause:${n.depth}:${n.num.split('.').slice(0, -1).join('.')}` : n.kind;
      byKey.set(key, [...(byKey.get(key) ?? []), n]);
    }
    checkSequences(n.children, diagnostics);
  }
  for (const [key, list] of byKey) {
    const points = key === 'point';
    let prev: number | null = null;
    let prevNum = '';
    const seen = new Set<string>();
    for (const n of list) {
      const num = n.num!;
      const value = points ? letterIndex(num) : Number(num.split('.').pop());
      const line = n.lines[0];
      const unit = points ? `điểm ${num})` : n.kind === 'article' ? `Điều ${num}` : `số ${num}`;
      if (points && value < 0) {
        diagnostics.push({ severity: 'warning', code: 'foreign-letter', line, message: `${unit}: chữ "${num}" không có trong bảng chữ cái đánh số tiếng Việt (giữ nguyên)` });
      } else if (seen.has(num)) {
        diagnostics.push({ severity: 'warning', code: 'duplicate-number', line, message: `${unit} lặp lại số đã dùng (giữ nguyên, gắn neo riêng)` });
      } else if (prev !== null && value < prev) {
        diagnostics.push({ severity: 'warning', code: 'number-out-of-order', line, message: `${unit} đứng sau ${points ? `điểm ${prevNum})` : prevNum} (sai thứ tự, giữ nguyên)` });
      } else if (prev !== null && value > prev + 1) {
        diagnostics.push({ severity: 'warning', code: 'number-skipped', line, message: `${unit} đứng ngay sau ${points ? `điểm ${prevNum})` : prevNum}: bỏ sót số ở giữa (giữ nguyên)` });
      } else if (prev === null && value > (points ? 0 : 1) && n.kind === 'clause') {
        diagnostics.push({ severity: 'info', code: 'number-starts-late', line, message: `${unit} là số đầu tiên trong nhóm` });
      }
      // A repeated number most likely stands for the next one (Hải Phòng's
      // second "d)" where "đ)" was meant): count it as that slot.
      const repeated = seen.has(num);
      seen.add(num);
      if (value >= 0) { prev = repeated ? value + 1 : value; prevNum = num; }
    }
  }
}
