/**
 * The MDX writer's promise: any source text, written through mdxText /
 * mdxAttr / frontmatter, comes out of MDX exactly as written — nothing is
 * read as Markdown, JSX, an import or an expression.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import { frontmatter, GENERATED_NOTICE, mdxAttr, mdxText } from '../../src/lib/mdx';
import { runtime, textOf, type El } from './mdx-runtime';


// A minimal JSX runtime: MDX output becomes a plain tree we can read text from.


function findByTag(node: unknown, tag: string): El | null {
  if (!node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) { const hit = findByTag(n, tag); if (hit) return hit; }
    return null;
  }
  const el = node as El;
  if (typeof el.type === 'function') return findByTag((el.type as (p: unknown) => unknown)(el.props), tag);
  if (el.type === tag) return el;
  return findByTag(el.props.children, tag);
}

/** Write `text` the way the generator does and render it back. */
async function roundTrip(text: string): Promise<{ content: string; attr: unknown }> {
  const source = `${GENERATED_NOTICE}\n<p ${mdxAttr('data-l', text)}>${mdxText(text)}</p>\n`;
  const mod = await evaluate(source, runtime as never);
  const tree = (mod.default as (p: object) => unknown)({});
  const p = findByTag(tree, 'p');
  return { content: textOf(p), attr: p?.props['data-l'] };
}

const nasty = [
  '{', '}', '{x}', '<b>', '</p>', '<', '>', 'a < b > c', '*đậm* _nghiêng_ **x**', '# Tiêu đề', '## 2', '| a | b |',
  '\\', '\\n', '`code`', '```', '[liên kết](http://x)', '[1]', ']', '1. Một', '- gạch', '+ cộng', '> trích',
  'import x from "y"', 'export const a = 1', '&amp; &lt; &#123;', '---', '***', '<!-- c -->', '{/* c */}',
  '"', "'", '${x}', 'Điều 2. Nhiệm vụ; đ) “trích dẫn”', '\u2028\u2029', '\ufeffBOM', 'tab\tend', '  dẫn đầu và cuối  ',
  '$$x$$', 'a\u0000b', '\ud800 lẻ', '🇻🇳', '<script>alert(1)</script>', 'http://example.com', 'a_b_c', '~~gạch~~',
];

describe('MDX text escaping', () => {
  it.each(nasty)('renders %j as exactly the same text and attribute', async (text) => {
    const out = await roundTrip(text);
    expect(out.content).toBe(text);
    expect(out.attr).toBe(text);
  });

  it('renders any string exactly as written (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom(...'{}<>*_#|\\`[]!-+.1 \n>iemport&;:"\'đ'.split('')), maxLength: 40 })), async (text) => {
        const out = await roundTrip(text);
        expect(out.content).toBe(text);
        expect(out.attr).toBe(text);
      }),
      { numRuns: 300 },
    );
    // 300 MDX compilations: seconds on a loaded machine; a limit, not a speed assertion.
  }, 60_000);

  it('keeps plain ASCII ids as plain attributes and everything else as string expressions', () => {
    expect(mdxAttr('id', 'khoan-6-diem-dd')).toBe('id="khoan-6-diem-dd"');
    expect(mdxAttr('data-l', 'a&b')).toBe('data-l={"a&b"}');
  });

  it('writes frontmatter that YAML reads back to the same data, on one line', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      const fm = frontmatter({ title: s, list: [s] });
      expect(fm.split('\n')).toHaveLength(4);
      const line = fm.split('\n')[1]!;
      expect(yaml.load(line)).toEqual({ title: s, list: [s] });
    }), { numRuns: 300 });
  });
});

describe('text with reference links (withMarks)', () => {
  it('renders any text exactly, with each link on exactly its span, href and preview as given (fast-check)', async () => {
    const { withMarks } = await import('../../src/lib/site/render-nodes');
    const { locateNodes } = await import('../../src/lib/urls');
    const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), fc.constantFrom(...'{}<>*_#|\\`[]!-+.1 >&;"\'đ'.split('')));
    const arb = fc.record({
      chars: fc.array(unit, { minLength: 1, maxLength: 40 }),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
      preview: fc.string({ unit: 'binary', maxLength: 20 }),
      target: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
    });
    await fc.assert(fc.asyncProperty(arb, async ({ chars, cuts, preview, target }) => {
      const line = chars.join('');
      // Disjoint spans from sorted cut points: [c0,c1), [c2,c3) …, kept only when not blank.
      const points = [...new Set(cuts.map((c) => c % (line.length + 1)))].sort((a, b) => a - b);
      const links: Array<{ kind: 'internal'; external: boolean; start: number; end: number; url: string; preview: string }> = [];
      for (let i = 0; i + 1 < points.length; i += 2) {
        if (line.slice(points[i]!, points[i + 1]!).trim()) links.push({ kind: 'internal', external: false, start: points[i]!, end: points[i + 1]!, url: `van-ban/x/${target}/#k`, preview });
      }
      const ctx = { pagePath: 'van-ban/x/dieu-1/', rootId: 'dieu-1', locations: locateNodes({ meta: { id: 'x' } as never, children: [] }), offices: new Map(), links: new Map([['n', links]]) };
      const mod = await evaluate(`<p>${withMarks(line, 0, { id: 'n', footnoteRefs: [] } as never, ctx)}</p>`, runtime as never);
      const tree = (mod.default as (p: object) => unknown)({});
      expect(textOf(tree)).toBe(line);
      const anchors: El[] = [];
      const collect = (n: unknown) => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) return n.forEach(collect);
        const el = n as El;
        if (el.type === 'a') anchors.push(el);
        collect(el.props.children);
      };
      collect(tree);
      expect(anchors.map(textOf)).toEqual(links.map((l) => line.slice(l.start, l.end)));
      for (const a of anchors) {
        expect(a.props.href).toBe(`../${target}/#k`);
        expect(a.props['data-p']).toBe(preview);
      }
    }), { numRuns: 300 });
  });
});

describe('the node writer', () => {
  it('writes numbers, headings and text of any node exactly as written, with the anchor as id', async () => {
    const { renderNodes } = await import('../../src/lib/site/render-nodes');
    const { locateNodes } = await import('../../src/lib/urls');
    const base = { lines: [1, 1] as [number, number], office: null, repeatOf: undefined };
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ minLength: 1, maxLength: 5 }), async (text, heading, number) => {
      const point = { ...base, id: 'dieu-1/khoan-1/diem-a', kind: 'point' as const, number, num: 'a', label: 'điểm a khoản 1 Điều 1', heading: null, text, children: [] };
      const clause = { ...base, id: 'dieu-1/khoan-1', kind: 'clause' as const, depth: 1, number: '1.', num: '1', label: 'khoản 1 Điều 1', heading, text: '', children: [point] };
      const article = { ...base, id: 'dieu-1', kind: 'article' as const, number: 'Điều 1.', num: '1', label: 'Điều 1', heading: null, text: '', children: [clause] };
      const doc = { meta: { id: 'x' } as never, children: [article] };
      const mdx = renderNodes(article.children, { pagePath: 'van-ban/x/dieu-1/', rootId: 'dieu-1', locations: locateNodes(doc), offices: new Map() }, 2);
      const mod = await evaluate(mdx, runtime as never);
      const tree = (mod.default as (p: object) => unknown)({});
      const found: El[] = [];
      const collect = (n: unknown) => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) return n.forEach(collect);
        const el = n as El;
        if (typeof el.type === 'function') return collect((el.type as (p: unknown) => unknown)(el.props));
        if (el.props.id === 'khoan-1-diem-a') found.push(el);
        collect(el.props.children);
      };
      collect(tree);
      expect(found).toHaveLength(1);
      // The point's first paragraph: its number, a space, then every line of its text.
      expect(textOf(found[0])).toBe(text === '' ? number : `${number} ${text.split('\n').join('')}`);
      expect(found[0]!.props['data-l']).toBe('điểm a khoản 1 Điều 1');
      expect(textOf(tree)).toContain(heading);
    }), { numRuns: 150 });
  });
});
