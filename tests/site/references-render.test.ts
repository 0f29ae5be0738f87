/**
 * References rendered as links (issue #4): the text stays exactly the
 * source text, links sit on the spans findReferences recorded, outside
 * documents have an index page, and cited units list who cites them.
 * The MDX is rendered back with a minimal JSX runtime; the built pages are
 * read from dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureDist } from './ensure-dist';
import { corpus, doc } from '../helpers/corpus';
import { findReferences } from '../../src/lib/references';
import { allNodes } from '../../src/lib/parse';
import { anchorFor, documentPath, locateNodes, officePath } from '../../src/lib/urls';
import { renderNodes, type RenderContext } from '../../src/lib/site/render-nodes';
import { relativeHref } from '../../src/lib/site/paths';
import { slugify } from '../../src/lib/slug';
import { buildReferenceIndex, citingExactly, linksOf, CITED_INDEX_PATH } from '../../src/lib/site/reference-links';
import type { LegalDocument } from '../../src/lib/model';
import { runtime, textOf, type El } from './mdx-runtime';

beforeAll(() => ensureDist(), 180_000);

const kids = (el: El): unknown[] => [el.props.children].flat(Infinity as 1);
const isEl = (n: unknown): n is El => Boolean(n) && typeof n === 'object' && !Array.isArray(n);
function all(node: unknown, pred: (el: El) => boolean, out: El[] = []): El[] {
  if (Array.isArray(node)) { node.forEach((n) => all(n, pred, out)); return out; }
  if (!isEl(node)) return out;
  if (typeof node.type === 'function') return all((node.type as (p: unknown) => unknown)(node.props), pred, out);
  if (pred(node)) out.push(node);
  all(node.props.children, pred, out);
  return out;
}

// Found once for the file: every test reads the same references.
const documents = () => corpus().documents;
let found: { refs: ReturnType<typeof findReferences>; index: ReturnType<typeof buildReferenceIndex> } | null = null;
const refs = () => (found ??= build()).refs;
const index = () => (found ??= build()).index;
function build() { const r = findReferences(documents()); return { refs: r, index: buildReferenceIndex(documents(), r) }; }
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** The document page's full text as the generator writes it, rendered back. */
async function renderedDocument(d: LegalDocument): Promise<unknown> {
  const ctx: RenderContext = {
    pagePath: documentPath(d.meta.id), rootId: null, locations: locateNodes(d),
    offices: new Map(d.offices.map((o) => [o.id, { name: o.name, path: officePath(d.meta.id, o.id) }])),
    links: linksOf(index(), d.meta.id), citedBy: citingExactly(index(), d.meta.id),
  };
  const mod = await evaluate(renderNodes(d.children, ctx, 3), runtime as never);
  return (mod.default as (p: object) => unknown)({});
}

describe('references in the rendered text', () => {
  it.each(['hai-phong-qd-so-khcn-2025', 'lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn', 'quang-ngai-chuong-trinh-6-thang-cuoi-2025', 'tt-10-2025-bkhcn'])(
    '%s: every node with references reads exactly as the source, with a link on each resolved span',
    async (id) => {
      const d = doc(id);
      const tree = await renderedDocument(d);
      const links = linksOf(index(), id);
      let checked = 0;
      for (const n of allNodes(d)) {
        const list = links.get(n.id);
        if (!list?.length) continue;
        const [el] = all(tree, (e) => e.props.id === anchorFor(n.id, null));
        expect(el, n.id).toBeDefined();
        // The node's own paragraphs (not its children, notes or the lead number/heading).
        const host = n.kind === 'row' ? all(el, (e) => e.type === 'td')[1]! : el!;
        const paras = kids(host).filter((c): c is El => isEl(c) && c.type === 'p' && !c.props.class);
        const lead = [n.kind === 'row' ? null : n.number, n.kind === 'row' ? null : n.heading].filter(Boolean).join(' ');
        const shown = paras.map(textOf).join('\n');
        const sectionKinds = ['part', 'article', 'office'];
        expect(shown, n.id).toBe(lead && !sectionKinds.includes(n.kind) ? `${lead} ${n.text}` : n.text);
        // Each link: the exact span, the target's href relative to the page, a preview.
        const anchors = paras.flatMap((p) => all(p, (e) => e.type === 'a' && String(e.props.class ?? '').startsWith('ref')));
        expect(anchors.map(textOf), n.id).toEqual(list.map((l) => n.text.slice(l.start, l.end)));
        expect(anchors.map((a) => a.props.href)).toEqual(list.map((l) => relativeHref(documentPath(id), l.url)));
        for (const a of anchors) expect(String(a.props['data-p']).length).toBeGreaterThan(0);
        checked += list.length;
      }
      const expected = refs().filter((r) => r.document === id && r.target !== null).length;
      expect(checked).toBe(expected);
    },
  );

  it('links Hải Phòng’s citation of Thông tư 10/2025/TT-BKHCN to the Circular', () => {
    const html = page('van-ban/hai-phong-qd-so-khcn-2025/');
    expect(html).toContain('<a class="ref document" href="../tt-10-2025-bkhcn/"');
    expect(html).toMatch(/<a class="ref document" href="\.\.\/tt-10-2025-bkhcn\/" data-p="[^"]*">Thông tư số 10\/2025\/TT-BKHCN ngày 27 tháng 6 năm 2025<\/a>/);
  });

  it('links internal references to the unit and office names to the office page', () => {
    expect(page('van-ban/quang-ngai-33-qd-skhcn/')).toMatch(/<a class="ref internal" href="dieu-3\/" data-p="Điều 3[^"]*">Điều 3<\/a>/);
    expect(page('van-ban/quang-ngai-33-qd-skhcn/dieu-1/')).toMatch(/<a class="ref office" href="\.\.\/phong\/van-phong-so\/" data-p="[^"]*">Văn phòng Sở<\/a>/);
  });

  it('shows the legal basis ("Căn cứ") on the document page, linked', () => {
    const html = page('van-ban/hai-phong-qd-so-khcn-2025/');
    const basis = html.match(/<section class="basis"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(basis).toContain('Căn cứ pháp lý');
    expect(basis).toContain('href="../tt-10-2025-bkhcn/"');
    expect(basis).toContain(`href="../../${CITED_INDEX_PATH}#${slugify('150/2025/NĐ-CP')}"`);
    const count = allNodes(doc('hai-phong-qd-so-khcn-2025')).filter((n) => n.kind === 'basis').length;
    expect(basis.match(/<li>/g)).toHaveLength(count);
  });
});

describe('the index of outside documents', () => {
  it('lists Nghị định 150/2025/NĐ-CP as cited at its anchor, and every place that cites it on its own page', () => {
    const html = page(CITED_INDEX_PATH);
    const anchor = slugify('150/2025/NĐ-CP');
    expect(anchor).toBe('150-2025-ndd-cp');
    const entry = html.match(new RegExp(`<li id="${anchor}">[\\s\\S]*?</li>`))?.[0] ?? '';
    expect(entry).toContain('Nghị định số 150/2025/NĐ-CP');
    expect(entry).toContain('12/6/2025');
    expect(entry).toContain('Chính phủ');
    const citing = refs().filter((r) => r.target && 'external' in r.target && r.target.external === '150/2025/NĐ-CP');
    expect(citing.length).toBeGreaterThanOrEqual(2);
    expect(entry).toMatch(new RegExp(`href="${anchor}/">Được dẫn chiếu tại ${citing.length} nơi trong \\d+ văn bản`));
    const own = page(`${CITED_INDEX_PATH}${anchor}/`);
    for (const r of citing) {
      const url = locateNodes(doc(r.document)).get(r.source)!.url;
      expect(own).toContain(`href="${relativeHref(`${CITED_INDEX_PATH}${anchor}/`, url)}"`);
    }
  });

  it('has one entry per outside document cited, each with its anchor', () => {
    const keys = new Set(refs().flatMap((r) => (r.target && 'external' in r.target ? [r.target.external] : [])));
    const html = page(CITED_INDEX_PATH);
    expect(html.match(/<li id="[^"]+">/g)).toHaveLength(keys.size);
    for (const k of keys) expect(html).toContain(`<li id="${slugify(k)}`);
  });
});

describe('backlinks ("Được dẫn chiếu tại")', () => {
  it('on the Circular’s document page: Hải Phòng’s basis line, deep-linked', () => {
    const html = page('van-ban/tt-10-2025-bkhcn/');
    const section = html.match(/<section class="cited-by"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(section).toContain('Được dẫn chiếu tại');
    expect(section).toContain('href="../hai-phong-qd-so-khcn-2025/#phan-dau-can-cu-9"');
    expect(section).toContain('Quyết định về Sở KH&amp;CN Hải Phòng');
  });

  it('on an article page and an office page', () => {
    const article = page('van-ban/quang-ngai-33-qd-skhcn/dieu-3/').match(/<section class="cited-by"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(article).toContain('href="../#phan-cuoi-noi-nhan-gach-1"');
    const office = page('van-ban/quang-ngai-33-qd-skhcn/phong/thanh-tra-so/').match(/<section class="cited-by"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(office).toContain('href="../../quy-ddinh/muc-ii/#muc-2-1"');
  });

  it('every page with a cited-by list sorts citing documents in Vietnamese order', () => {
    const collator = new Intl.Collator('vi');
    for (const path of ['van-ban/tt-10-2025-bkhcn/', 'van-ban/quang-ngai-33-qd-skhcn/']) {
      const section = page(path).match(/<section class="cited-by"[\s\S]*?<\/section>/)?.[0] ?? '';
      const titles = [...section.matchAll(/<li><a href="[^"]*">([^<]*)<\/a><ul>/g)].map((m) => m[1]!);
      expect(titles).toEqual([...titles].sort(collator.compare));
    }
  });
});
