/** Nothing lost, nothing invented: proven on every seed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, SEEDS } from '../helpers/corpus';
import { accountedChars, multisetDiff, sourceChars } from '../helpers/lossless';

describe('every seed is parsed without losing or inventing a character', () => {
  for (const d of corpus().documents) {
    const raw = readFileSync(join(SEEDS, d.meta.sourceFile!), 'utf8');

    it(`${d.meta.id}: each non-whitespace character is in exactly one node or in the removed list`, () => {
      expect(multisetDiff(sourceChars(raw), accountedChars(d))).toEqual({ missing: '', extra: '' });
    });

    const reordered = d.children.some((c) => c.kind === 'part' && c.partType === 'annex') || d.children.some((c) => c.kind === 'footnote');
    if (!reordered) {
      it(`${d.meta.id}: the tree reads in the source's order`, () => {
        const removedByLine = new Map<number, string[]>();
        for (const r of d.removed) removedByLine.set(r.line, [...(removedByLine.get(r.line) ?? []), r.text]);
        const expected = raw.split(/\r?\n/).flatMap((line, i) => {
          let rest = line.normalize('NFC');
          for (const t of removedByLine.get(i + 1) ?? []) rest = rest.replace(t, ' ');
          return sourceChars(rest);
        });
        const nodesOnly = accountedChars({ ...d, removed: [] });
        expect(nodesOnly.join('')).toBe(expected.join(''));
      });
    }
  }
});
