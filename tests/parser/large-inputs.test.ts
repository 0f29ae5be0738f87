/**
 * Inputs far beyond any real document, which once overflowed the stack or
 * took minutes: thousands of nesting levels, one number repeated thousands of
 * times. The parser must still return a whole, lossless tree with unique ids.
 * (Speed is measured by `npm run bench:parse`, not asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { nestedChain } from '../../scripts/lib/parse-shapes';
import { allNodes, parseDocument, unknownMeta } from '../../src/lib/parse';
import { accountedChars, multisetDiff, sourceChars } from '../helpers/lossless';

const parse = (text: string) => parseDocument(text, unknownMeta('lon', null));

describe('very large inputs', () => {
  it('3,000 nested clause numbers: one chain 3,000 levels deep, nothing lost, no stack overflow', () => {
    const text = ['Điều 1. Nhiệm vụ', ...nestedChain(3000)].join('\n');
    const doc = parse(text);
    expect(doc.diagnostics.filter((d) => d.code === 'parser-bug')).toEqual([]);
    let depth = 0;
    for (let n = doc.children[0]; n; n = n.children[0]) depth++;
    expect(depth).toBe(3001);
    expect(multisetDiff(sourceChars(text), accountedChars(doc))).toEqual({ missing: '', extra: '' });
  }, 60_000);

  it('one number repeated 20,000 times: every copy kept with its own id, each repeat reported', () => {
    const text = ['Điều 1. Nhiệm vụ', ...Array.from({ length: 20000 }, () => '1.1.1. Tổng hợp, báo cáo kết quả.')].join('\n');
    const doc = parse(text);
    const ids = allNodes(doc).map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[ids.length - 1]).toBe('dieu-1/muc-1-1-1-lan-20000');
    expect(doc.diagnostics.filter((d) => d.code === 'duplicate-number')).toHaveLength(19999);
  }, 60_000);
});
