/**
 * Links are forever: every node id of the five seeds, recorded when the
 * parser was first published (tests/parser/fixtures/seed-anchors.json),
 * must come out of today's parser unchanged, in the same order. A new rule
 * that moves, renames or drops one of them is a bug, not a fixture update.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allNodes } from '../../src/lib/parse';
import { corpus } from '../helpers/corpus';

const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'seed-anchors.json'), 'utf8')) as Record<string, string[]>;

describe('the anchors of the seeds never change', () => {
  for (const [id, ids] of Object.entries(recorded)) {
    it(`${id}: the same ${ids.length} node ids, in the same order`, () => {
      const doc = corpus().documents.find((d) => d.meta.id === id)!;
      expect(allNodes(doc).map((n) => n.id)).toEqual(ids);
    });
  }
});
