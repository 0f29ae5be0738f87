/**
 * Fixture folders, one per shape of text pasted from legal websites or
 * converted from Word: `fixtures/shapes/<case>/input.txt` and the tree a
 * reader should get, `tree.json` (ids, kinds, numbers as written,
 * headings, text; what was removed and why; the diagnostics by line).
 * `UPDATE=1 npx vitest run tests/parser/shapes.test.ts` rewrites the trees:
 * read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LegalDocument, LegalNode } from '../../src/lib/model';
import { parseDocument, unknownMeta } from '../../src/lib/parse';
import { accountedChars, multisetDiff, sourceChars } from '../helpers/lossless';

const DIR = join(import.meta.dirname, 'fixtures', 'shapes');

interface TreeNode {
  id: string;
  kind: string;
  number?: string;
  heading?: string;
  text?: string;
  children?: TreeNode[];
}

function treeOf(n: LegalNode): TreeNode {
  return {
    id: n.id,
    kind: n.kind === 'part' ? `part:${n.partType}` : n.kind,
    ...(n.number ? { number: n.number } : {}),
    ...(n.heading ? { heading: n.heading } : {}),
    ...(n.text ? { text: n.text } : {}),
    ...(n.children.length ? { children: n.children.map(treeOf) } : {}),
  };
}

/** What a fixture pins: the tree, the removed text with reasons, the diagnostics. */
function fixtureView(doc: LegalDocument) {
  return {
    tree: doc.children.map(treeOf),
    removed: doc.removed.map((r) => `${r.line}: ${r.text} — ${r.reason}`),
    diagnostics: doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}: ${d.severity} ${d.code}`),
  };
}

describe('texts pasted from legal websites give the expected tree', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const input = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
      const doc = parseDocument(input, unknownMeta(name, 'input.txt'));
      const view = fixtureView(doc);
      const expectedFile = join(DIR, name, 'tree.json');
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(view, null, 2)}\n`);
      expect(view).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      expect(doc.diagnostics.filter((d) => d.code === 'parser-bug')).toEqual([]);
      expect(multisetDiff(sourceChars(input), accountedChars(doc))).toEqual({ missing: '', extra: '' });
    });
  }
});
