/**
 * A node subtree as markup for one page: MDX (JSX elements + string
 * expressions) for the article and office pages, HTML for the document
 * pages (rendered from data). Both have the same elements; only the text
 * and attribute escaping differ (`Markup`). Every node gets an element
 * whose id is its anchor on this page; when the node's permanent URL is on
 * another page (an article shown on the document page), `data-href` says
 * where, relative to this page, so the copy buttons always copy the
 * permanent URL. Text goes through `ctx.markup` only.
 */
import { anchorFor, type NodeLocation } from '../urls';
import type { LegalNode, RowNode, TableNode } from '../model';
import { mdxAttr, mdxText } from '../mdx';
import { escapeHtml } from './html';
import { relativeHref } from './paths';
import type { CitingPlace, InlineLink } from './reference-links';
import type { ComparisonNote, NotePart } from './comparison-links';

/** How text and attribute values are written: MDX string expressions, or escaped HTML. */
export interface Markup {
  text(text: string): string;
  attr(name: string, value: string): string;
}

export const MDX: Markup = { text: mdxText, attr: mdxAttr };
export const HTML: Markup = { text: escapeHtml, attr: (name, value) => `${name}="${escapeHtml(value)}"` };

export interface RenderContext {
  /** MDX (the default) or HTML. */
  markup?: Markup;
  /** Site-relative path of the page being written. */
  pagePath: string;
  /** Id of the node the page is about (anchors are relative to it), or null for the document page. */
  rootId: string | null;
  locations: Map<string, NodeLocation>;
  /** Office id → site-relative office page path and display name. */
  offices: Map<string, { name: string; path: string }>;
  /** Node id → the unit as cited (citation.ts), null when it is not cited: only cited units carry the copy buttons. */
  citeAs?: Map<string, string | null>;
  /** Node id → anomalies of the source found there, shown beside the node (kept as written). */
  anomalies?: Map<string, string[]>;
  /** Node id → references in its text, as links (offsets into node.text, from findReferences). */
  links?: Map<string, InlineLink[]>;
  /** Node id → places citing exactly that node, shown beside it ("Được dẫn chiếu tại"). */
  citedBy?: Map<string, CitingPlace[]>;
  /** Node id → its comparison note: a model point's duty line, a province item's model points (comparison-links.ts). */
  comparison?: Map<string, ComparisonNote>;
}

const SECTION_KINDS = new Set(['part', 'article', 'office']);
const REPEAT_NOTE = 'Số thứ tự lặp lại trong văn bản';
const markupOf = (ctx: RenderContext) => ctx.markup ?? MDX;
/** MDX drops whitespace-only text between JSX elements, so spaces are written as expressions. */
const space = (ctx: RenderContext) => markupOf(ctx).text(' ');

/** Render nodes in document order; `level` is the heading level for sections. */
export function renderNodes(nodes: LegalNode[], ctx: RenderContext, level: number): string {
  return nodes.map((n) => renderNode(n, ctx, level)).join('');
}

/** The body of the page's own node: its text and children, without a wrapper (the page is the anchor). */
export function renderPageBody(node: LegalNode, ctx: RenderContext): string {
  return paragraphs(node, ctx, null) + anomalyNotes(node, ctx) + renderChildren(node, ctx, 2);
}

function renderChildren(node: LegalNode, ctx: RenderContext, level: number): string {
  if (node.kind === 'table') return renderTable(node, node.children.filter((c): c is RowNode => c.kind === 'row'), ctx);
  return renderNodes(node.children, ctx, level);
}

function renderNode(n: LegalNode, ctx: RenderContext, level: number): string {
  const attrs = nodeAttrs(n, ctx);
  if (SECTION_KINDS.has(n.kind)) {
    const h = Math.min(level, 6);
    const title = [n.number, n.heading].filter(Boolean).join(' ') || n.label;
    return `<section ${attrs}>\n<h${h}>${markupOf(ctx).text(title)}${n.repeatOf ? space(ctx) + repeatNote(n, ctx) : ''}</h${h}>\n${paragraphs(n, ctx, null)}${anomalyNotes(n, ctx)}${renderChildren(n, ctx, level + 1)}</section>\n`;
  }
  if (n.kind === 'table') {
    return `<div ${attrs}>\n<p class="cap">${markupOf(ctx).text(n.label)}</p>\n${renderChildren(n, ctx, level)}</div>\n`;
  }
  if (n.kind === 'row') return renderTable(null, [n], ctx);
  return `<div ${attrs}>\n${paragraphs(n, ctx, n)}${anomalyNotes(n, ctx)}${comparisonNote(n, ctx)}${renderChildren(n, ctx, level)}</div>\n`;
}

function anomalyNotes(n: LegalNode, ctx: RenderContext): string {
  return (ctx.anomalies?.get(n.id) ?? []).map((m) => `<p class="anom">${markupOf(ctx).text(`Bất thường trong văn bản nguồn: ${m}`)}</p>\n`).join('') + citedByNote(n, ctx);
}

/**
 * Under a model point, a closed disclosure "Các tỉnh phân công: 3/4 văn bản"
 * whose link opens the per-duty page (the browser lists the provinces in it
 * when opened; it is left out of print unless asked); under a province
 * item, "Đối chiếu: …" with its model points.
 */
function comparisonNote(n: Pick<LegalNode, 'id'>, ctx: RenderContext): string {
  const note = ctx.comparison?.get(n.id);
  if (!note) return '';
  const m = markupOf(ctx);
  const link = (text: string, path: string) => `<a ${m.attr('href', relativeHref(ctx.pagePath, path))}>${m.text(text)}</a>`;
  if (!Array.isArray(note)) {
    return `<details class="cmpx"><summary>${m.text(`Các tỉnh phân công: ${note.assigned}/${note.total} văn bản`)}</summary>${link('Xem từng tỉnh', note.path)}</details>\n`;
  }
  if (!note.length) return '';
  const part = (p: NotePart) => {
    if (typeof p === 'string') return m.text(p);
    return p.screenOnly ? `<span class="screen-only">${m.text(p.screenOnly.before)}${link(p.text, p.path)}</span>` : link(p.text, p.path);
  };
  return `<p class="cmpx">${note.map(part).join('')}</p>\n`;
}

/** "Được dẫn chiếu tại: …" beside a cited node (the page's own node lists them at page level). */
function citedByNote(n: LegalNode, ctx: RenderContext): string {
  const places = n.id === ctx.rootId ? [] : ctx.citedBy?.get(n.id) ?? [];
  if (!places.length) return '';
  const links = places.map((p) => `<a ${markupOf(ctx).attr('href', relativeHref(ctx.pagePath, p.path))}>${markupOf(ctx).text(`${p.label} ${p.docTitle}`)}</a>`);
  return `<p class="cby">${markupOf(ctx).text('Được dẫn chiếu tại: ')}${links.join(markupOf(ctx).text('; '))}</p>\n`;
}

/**
 * id and class; for a unit one cites, its label (`data-l`), its form in a
 * citation when that differs (`data-c`) and, when elsewhere, its permanent
 * location (`data-href`): what the copy buttons need.
 */
function nodeAttrs(n: LegalNode, ctx: RenderContext): string {
  const m = markupOf(ctx);
  const id = anchorFor(n.id, ctx.rootId);
  const kindClass = n.kind === 'clause' && n.depth > 1 ? 'clause deep' : n.kind;
  const parts = [m.attr('id', id), `class="n ${kindClass}"`];
  const unit = ctx.citeAs ? ctx.citeAs.get(n.id) : n.label;
  if (!unit) return parts.join(' ');
  parts.push(m.attr('data-l', n.label));
  if (unit !== n.label) parts.push(m.attr('data-c', unit));
  const loc = ctx.locations.get(n.id);
  const href = loc ? relativeHref(ctx.pagePath, loc.url) : `#${id}`;
  if (href !== `#${id}`) parts.push(m.attr('data-href', href));
  return parts.join(' ');
}

/**
 * The node's own lines. The first line carries the number (as written) and
 * the heading, so it always exists: the copy buttons are placed in it.
 */
function paragraphs(n: LegalNode, ctx: RenderContext, head: LegalNode | null): string {
  const lines = n.text === '' ? [] : n.text.split('\n');
  const out: string[] = [];
  let offset = 0;
  const lead: string[] = [];
  if (head?.number) lead.push(`<span class="num">${markupOf(ctx).text(head.number)}</span>`);
  if (head?.heading) lead.push(`<strong>${markupOf(ctx).text(head.heading)}</strong>`);
  if (head?.repeatOf) lead.push(repeatNote(head, ctx));
  lines.forEach((line, i) => {
    const body = withMarks(line, offset, n, ctx);
    offset += line.length + 1;
    out.push(i === 0 && lead.length ? `<p>${lead.join(space(ctx))}${space(ctx)}${body}</p>` : `<p>${body}</p>`);
  });
  if (lines.length === 0 && head) out.push(`<p>${lead.join(space(ctx))}</p>`);
  return out.map((l) => `${l}\n`).join('');
}

/**
 * A line (at `start` in the node's text) with its footnote markers and its
 * references turned into links, the text itself unchanged: spans come from
 * the offsets the parser and findReferences recorded, never from the text.
 * A reference across a line break becomes one link per line; one overlapping
 * a footnote marker or an earlier span stays text.
 */
export function withMarks(line: string, start: number, n: Pick<LegalNode, 'id' | 'footnoteRefs'>, ctx: RenderContext): string {
  const end = start + line.length;
  const marks: Array<{ from: number; to: number; open: string; close: string }> = [];
  for (const r of n.footnoteRefs ?? []) {
    if (r.offset < start || r.offset >= end) continue;
    const loc = ctx.locations.get(r.footnote);
    if (loc) marks.push({ from: r.offset - start, to: Math.min(r.offset + r.marker.length, end) - start, open: `<sup><a class="fn" ${markupOf(ctx).attr('href', relativeHref(ctx.pagePath, loc.url))}>`, close: '</a></sup>' });
  }
  for (const l of ctx.links?.get(n.id) ?? []) {
    const from = Math.max(l.start, start) - start;
    const to = Math.min(l.end, end) - start;
    if (to <= from || !line.slice(from, to).trim()) continue;
    const cls = l.external ? 'ref ext' : `ref ${l.kind}`;
    marks.push({ from, to, open: `<a class=${JSON.stringify(cls)} ${markupOf(ctx).attr('href', relativeHref(ctx.pagePath, l.url))} ${markupOf(ctx).attr('data-p', l.preview)}>`, close: '</a>' });
  }
  marks.sort((a, b) => a.from - b.from || b.to - a.to);
  let out = '';
  let pos = 0;
  for (const m of marks) {
    if (m.from < pos) continue;
    if (m.from > pos) out += markupOf(ctx).text(line.slice(pos, m.from));
    out += `${m.open}${markupOf(ctx).text(line.slice(m.from, m.to))}${m.close}`;
    pos = m.to;
  }
  if (pos < line.length || out === '') out += markupOf(ctx).text(line.slice(pos));
  return out;
}

function repeatNote(n: LegalNode, ctx: RenderContext): string {
  if (!n.repeatOf) return '';
  const first = ctx.locations.get(n.repeatOf);
  const link = first ? `${space(ctx)}<a ${markupOf(ctx).attr('href', relativeHref(ctx.pagePath, first.url))}>${markupOf(ctx).text('(xem lần đầu)')}</a>` : '';
  return `<span class="rep">${markupOf(ctx).text(REPEAT_NOTE)}${link}</span>`;
}

/** Rows as a table: number, task, lead office(s), co-operating office(s), note. Office cells as written, with links. */
export function renderTable(table: TableNode | null, rows: RowNode[], ctx: RenderContext): string {
  const columns = table?.columns ?? ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Ghi chú'];
  const head = columns.map((c) => `<th scope="col">${markupOf(ctx).text(c)}</th>`).join('');
  // An office or note cell names its column: on a phone each row is a card, the head row out of sight (site.css).
  const headed = (i: number) => markupOf(ctx).attr('data-h', columns[i] ?? '');
  const body = rows.map((r) => {
    let at = 0;
    const task = r.text.split('\n').map((l) => { const p = `<p>${withMarks(l, at, r, ctx)}</p>`; at += l.length + 1; return p; }).join('');
    const cells = [
      `<td><span class="num">${markupOf(ctx).text(r.number ?? '')}</span>${r.repeatOf ? space(ctx) + repeatNote(r, ctx) : ''}</td>`,
      `<td>${task}${comparisonNote(r, ctx).trimEnd()}</td>`,
      `<td ${headed(2)}>${markupOf(ctx).text(r.lead)}${officeLinks(r.leadOffices, ctx)}</td>`,
      `<td ${headed(3)}>${markupOf(ctx).text(r.support)}${officeLinks(r.supportOffices, ctx)}</td>`,
    ];
    if (columns.length > 4) cells.push(`<td ${headed(4)}>${markupOf(ctx).text(r.note)}</td>`);
    return `<tr ${nodeAttrs(r, ctx)}>${cells.join('')}</tr>\n`;
  }).join('');
  return `<div class="scroll">\n<table class="tasks">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}</tbody>\n</table>\n</div>\n`;
}

function officeLinks(ids: string[], ctx: RenderContext): string {
  const links = ids.map((id) => ctx.offices.get(id)).filter((o) => o !== undefined)
    .map((o) => `<a ${markupOf(ctx).attr('href', relativeHref(ctx.pagePath, o.path))}>${markupOf(ctx).text(o.name)}</a>`);
  return links.length ? `<span class="offs">${markupOf(ctx).text('→ ')}${links.join(markupOf(ctx).text('; '))}</span>` : '';
}
