/**
 * Stage 3 of parsing: assemble blocks into a tree of drafts (`draft.ts`).
 *
 * Each paragraph goes, in this order, to the first place that takes it: a
 * table or a footnote; the start or the header block of an attached text;
 * the preamble (`front.ts`); the closing (recipients, signature); a legend;
 * a marker, which opens its unit by rank (`RANK`); the heading a unit
 * awaits; the text of the innermost open unit.
 */
import type { Diagnostic } from '../model';
import { DOC_TYPES_ANNEX, classifyFront, docType, frontState, isHeaderLike, type FrontState } from './front';
import { ChildCounter, RANK, draft, para, type Draft, type DraftKind } from './draft';
import { ENDS_SENTENCE, nextLetter, recognizeMarker, type Marker } from './markers';
import type { Paragraph } from './reflow';
import type { Block } from './segment';
import { checkSequences } from './sequences';
import type { ParsedTable } from './table';

export type { Draft, DraftKind, DraftPara } from './draft';

export interface BuiltTree {
  children: Draft[];
  footnotes: Draft[];
  diagnostics: Diagnostic[];
}

const OFFICE_HEADING = /^(VĂN PHÒNG|THANH TRA|PHÒNG|TRUNG TÂM|CHI CỤC|Văn phòng|Thanh tra|Phòng|Trung tâm|Chi cục)(?![\p{L}\p{N}])/u;
const LEGEND = /^Chú thích\s*:?$/u;

/** Build the draft tree from blocks. Pure; never throws. */
export function buildTree(blocks: Block[]): BuiltTree {
  const builder = new TreeBuilder(findAnnexStarts(blocks));
  blocks.forEach((block, i) => builder.add(block, i));
  return builder.finish();
}

class TreeBuilder {
  readonly diagnostics: Diagnostic[] = [];
  readonly children: Draft[] = [];
  readonly footnotes: Draft[] = [];
  private readonly stack: Draft[] = [];
  private readonly counter = new ChildCounter();
  private phase: 'preamble' | 'body' | 'closing' = 'preamble';
  private preamble: Draft | null = null;
  private readonly front: FrontState = frontState();
  private closing: Draft | null = null;
  /** A unit whose heading may still come on the next paragraph. */
  private awaitingHeading: Draft | null = null;
  /** Inside an annex's own header block (agency, motto, title, "Ban hành kèm theo"). */
  private annexHeader: Draft | null = null;
  private lastArticleNum = 0;
  private inAnnex = false;

  constructor(private readonly annexStarts: Set<number>) {}

  add(block: Block, index: number): void {
    if (block.type === 'table') return this.addTable(block.table);
    const p: Paragraph = block;
    if (p.footnote) {
      this.footnotes.push(draft('footnote', RANK.item, p.lines, { number: p.footnote, num: p.footnote, paras: [para(p, p.footnote.length + 1)] }));
      return;
    }
    if (this.annexStarts.has(index)) this.startAnnex(draft('part', RANK.annex, p.lines, { partType: 'annex' }));
    const marker = recognizeMarker(p.text);
    if (this.annexHeader && !marker && !LEGEND.test(p.text)) return this.addAnnexHeaderLine(this.annexHeader, p);
    if (marker) this.annexHeader = null;
    if (this.phase === 'preamble') {
      if (!marker || marker.type === 'dash' || marker.type === 'point') return this.addPreambleLine(p);
      this.phase = 'body';
    }
    if (this.phase === 'closing' && this.addClosingLine(p, marker)) return;
    if (LEGEND.test(p.text)) {
      while (this.stack.length && this.top()!.kind !== 'part') this.stack.pop();
      this.open(draft('legend', RANK.point, p.lines, { heading: p.text }));
      return;
    }
    if (marker) {
      if (this.awaitingHeading && this.awaitingHeading !== this.annexHeader) this.awaitingHeading = null;
      return this.handleMarker(marker, p);
    }
    if (this.takeHeading(p)) return;
    this.awaitingHeading = null;
    this.appendText(p);
  }

  finish(): BuiltTree {
    checkSequences(this.children, this.diagnostics);
    return { children: this.children, footnotes: this.footnotes, diagnostics: this.diagnostics };
  }

  private top(): Draft | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** Close every open unit of the same or a deeper rank, then open `d` inside what remains. */
  private open(d: Draft): void {
    while (this.stack.length && this.top()!.rank >= d.rank) this.stack.pop();
    (this.top()?.children ?? this.children).push(d);
    this.stack.push(d);
  }

  private extend(d: Draft, line: number): void {
    for (const s of this.stack) if (s.lines[1] < line) s.lines[1] = line;
    if (d.lines[1] < line) d.lines[1] = line;
  }

  /** The next number among `parent`'s children of `kind` (top level when null). */
  private count(parent: Draft | null, kind: DraftKind): number {
    return this.counter.next(parent ?? this.children, kind);
  }

  private addTable(table: ParsedTable): void {
    while (this.stack.length && this.top()!.kind !== 'part' && this.top()!.kind !== 'office') this.stack.pop();
    this.annexHeader = null;
    this.awaitingHeading = null;
    const t = tableDraft(table);
    (this.top()?.children ?? this.children).push(t);
    for (const s of this.stack) if (s.lines[1] < t.lines[1]) s.lines[1] = t.lines[1];
  }

  /** An attached text starts: everything open closes, article numbers start again. */
  private startAnnex(annex: Draft): void {
    this.stack.length = 0;
    this.phase = 'body';
    this.inAnnex = true;
    this.lastArticleNum = 0;
    this.children.push(annex);
    this.stack.push(annex);
    this.annexHeader = annex;
  }

  /** A line of an annex's header block: agency, type, title, "(Ban hành kèm theo …)". */
  private addAnnexHeaderLine(annex: Draft, p: Paragraph): void {
    const type = docType(p.text);
    const child = (kind: DraftKind, numbered: boolean) => {
      const n = this.count(annex, kind);
      annex.children.push(draft(kind, RANK.item, p.lines, { ...(numbered ? { num: String(n) } : {}), paras: [para(p)] }));
    };
    if (type && !annex.heading) {
      annex.heading = p.text;
    } else if (annex === this.awaitingHeading && !ENDS_SENTENCE.test(p.text) && p.text.length < 200 && !/^\(/u.test(p.text)) {
      // "Phụ lục" / "DANH MỤC …": the line after the marker is its title, in capitals or not.
      if (annex.heading) child('title', false);
      else annex.heading = p.text;
      this.awaitingHeading = null;
    } else if (!annex.heading && isHeaderLike(p.text)) {
      child('header', false);
    } else {
      child(/^\(/u.test(p.text) ? 'paragraph' : 'title', true);
    }
    this.extend(annex, p.lines[1]);
  }

  private addPreambleLine(p: Paragraph): void {
    if (!this.preamble) {
      this.preamble = draft('preamble', RANK.annex, p.lines);
      this.children.push(this.preamble);
    }
    const kind = classifyFront(p.text, this.front);
    const num = this.count(this.preamble, kind);
    this.preamble.children.push(draft(kind, RANK.item, p.lines, { num: String(num), paras: [para(p)] }));
    this.preamble.lines[1] = p.lines[1];
  }

  /** After "Nơi nhận:": dash items are recipients, plain lines the signature. False when the body resumes. */
  private addClosingLine(p: Paragraph, marker: Marker | null): boolean {
    const closing = this.closing!;
    if (marker && marker.type === 'dash') {
      const r = closing.children.find((c) => c.kind === 'recipients')!;
      r.children.push(draft('item', RANK.item, p.lines, { number: marker.number, num: String(r.children.length + 1), paras: [para(p, p.text.length - marker.rest.length)] }));
      r.lines[1] = closing.lines[1] = p.lines[1];
      return true;
    }
    if (!marker || marker.type === 'point' || marker.type === 'clause') {
      let sig = closing.children.find((c) => c.kind === 'signature');
      if (!sig) {
        sig = draft('signature', RANK.item, p.lines);
        closing.children.push(sig);
      }
      sig.paras.push(para(p));
      sig.lines[1] = closing.lines[1] = p.lines[1];
      return true;
    }
    // An annex or a form after the signature is where they belong; other numbered text is not.
    if (marker.type !== 'annex' && marker.type !== 'form') this.diagnostics.push({ severity: 'warning', code: 'body-after-closing', line: p.lines[0], message: 'Nội dung có đánh số xuất hiện sau phần "Nơi nhận"' });
    this.phase = 'body';
    this.stack.length = 0;
    return false;
  }

  /** A short line right after a unit that has no heading yet ("Chương II" / "QUY ĐỊNH CỤ THỂ"). */
  private takeHeading(p: Paragraph): boolean {
    const d = this.awaitingHeading;
    if (!d || d.children.length > 0 || d.paras.length > 0 || ENDS_SENTENCE.test(p.text) || p.text.length >= 250) return false;
    d.heading = p.text;
    this.extend(d, p.lines[1]);
    this.awaitingHeading = null;
    return true;
  }

  private handleMarker(m: Marker, p: Paragraph): void {
    const rest = m.rest ? [para(p, p.text.length - m.rest.length)] : [];
    switch (m.type) {
      case 'chapter': return this.openTitled(draft('part', RANK.chapter, p.lines, { partType: 'chapter', number: m.number, num: m.num, heading: m.rest || null }));
      case 'section': return this.openTitled(draft('part', RANK.section, p.lines, { partType: 'section', number: m.number, num: m.num, heading: m.rest || null }));
      case 'annex': {
        const annex = draft('part', RANK.annex, p.lines, { partType: 'annex', number: m.number, num: m.num || null, heading: m.rest || null });
        this.startAnnex(annex);
        if (!m.rest) this.awaitingHeading = annex;
        return;
      }
      case 'form': return this.openForm(draft('part', RANK.form, p.lines, { partType: 'annex', number: m.number, num: m.num, heading: m.rest || null }));
      case 'roman': {
        const isOffice = OFFICE_HEADING.test(m.rest);
        this.open(draft(isOffice ? 'office' : 'part', RANK.roman, p.lines, { partType: isOffice ? undefined : 'section', number: m.number, num: m.num, heading: m.rest }));
        return;
      }
      case 'letter-section':
        this.open(draft('part', RANK.section, p.lines, { partType: 'section', number: m.number, num: m.num, heading: m.rest }));
        return;
      case 'article': return this.openArticle(m, p, rest);
      case 'clause':
        this.open(draft('clause', RANK.article + m.depth, p.lines, { number: m.number, num: m.num, depth: m.depth, paras: rest }));
        if (!m.spaced) this.diagnostics.push({ severity: 'info', code: 'marker-no-space', line: p.lines[0], message: `Số "${m.number}" viết liền với chữ sau nó (giữ nguyên như văn bản)` });
        if (!m.dotted) this.diagnostics.push({ severity: 'info', code: 'marker-no-dot', line: p.lines[0], message: `Số "${m.number}" thiếu dấu chấm sau số (giữ nguyên như văn bản)` });
        return;
      case 'point': {
        const d = draft('point', RANK.point, p.lines, { number: m.number, num: m.num, paras: rest });
        this.open(d);
        this.splitEmbeddedPoints(d);
        return;
      }
      case 'dash': {
        while (this.stack.length && this.top()!.kind === 'item') this.stack.pop();
        this.open(draft('item', RANK.item, p.lines, { number: m.number, num: String(this.count(this.top(), 'item')), paras: rest }));
        return;
      }
      case 'recipients': {
        this.stack.length = 0;
        this.phase = 'closing';
        this.closing = draft('closing', RANK.annex, p.lines);
        this.children.push(this.closing);
        const r = draft('recipients', RANK.annex + 1, p.lines, { number: m.number, heading: null, paras: rest });
        this.closing.children.push(r);
        this.stack.push(this.closing, r);
        return;
      }
    }
  }

  /** A chapter or "Mục" section; its title may be on the next line. */
  private openTitled(d: Draft): void {
    this.open(d);
    if (!d.heading) this.awaitingHeading = d;
  }

  /** "Mẫu số 01": a form, inside the open annex if any; its articles (if it has any) are its own. */
  private openForm(form: Draft): void {
    while (this.stack.length && this.top()!.rank >= form.rank) this.stack.pop();
    this.phase = 'body';
    this.inAnnex = true;
    this.lastArticleNum = 0;
    this.annexHeader = null;
    (this.top()?.children ?? this.children).push(form);
    this.stack.push(form);
    if (!form.heading) this.awaitingHeading = form;
  }

  private openArticle(m: Marker & { type: 'article' }, p: Paragraph, rest: ReturnType<typeof para>[]): void {
    const n = parseInt(m.num, 10);
    if (n === 1 && this.lastArticleNum > 1 && !this.inAnnex) {
      this.diagnostics.push({ severity: 'warning', code: 'article-numbering-restarts', line: p.lines[0], message: 'Số Điều bắt đầu lại từ Điều 1: coi phần sau là văn bản kèm theo' });
      this.stack.length = 0;
      this.inAnnex = true;
      // No heading: the text gives none (its id and label say "văn bản kèm theo").
      const annex = draft('part', RANK.annex, p.lines, { partType: 'annex' });
      this.children.push(annex);
      this.stack.push(annex);
    }
    this.lastArticleNum = n;
    const isHeading = m.rest !== '' && !ENDS_SENTENCE.test(m.rest) && m.rest.length <= 250;
    const d = draft('article', RANK.article, p.lines, { number: m.number, num: m.num, heading: isHeading ? m.rest : null, paras: isHeading ? [] : rest });
    this.open(d);
    if (!m.rest) this.awaitingHeading = d;
  }

  /** Lai Châu writes "… phê duyệt; g) Tổ chức …" on one line: split out the next expected point. */
  private splitEmbeddedPoints(d: Draft): void {
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
    this.diagnostics.push({ severity: 'warning', code: 'point-starts-mid-line', line, message: `Điểm ${expected}) bắt đầu giữa dòng, ngay sau điểm ${letter}); tách thành điểm riêng` });
    // The new point is opened like any other, and checks its own tail in turn.
    this.handleMarker(recognizeMarker(tail.text)!, tail);
  }

  private appendText(p: Paragraph): void {
    const target = this.top();
    if (!target) {
      this.diagnostics.push({ severity: 'warning', code: 'unstructured-text', line: p.lines[0], message: 'Đoạn văn không thuộc chương, điều, khoản hay mục nào: giữ nguyên như đoạn văn thường' });
      this.children.push(draft('paragraph', RANK.item, p.lines, { num: String(this.count(null, 'paragraph')), paras: [para(p)] }));
      return;
    }
    target.paras.push(para(p));
    this.extend(target, p.lines[1]);
    if (target.kind === 'point') this.splitEmbeddedPoints(target);
  }
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
