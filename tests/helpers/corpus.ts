/** Shared test access to the real seeds, parsed once per test file. */
import { join } from 'node:path';
import { loadCorpus } from '../../scripts/lib/corpus';
import type { LegalDocument, LegalNode } from '../../src/lib/model';
import { allNodes } from '../../src/lib/parse';

export const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

let cached: ReturnType<typeof loadCorpus> | null = null;

export function corpus() {
  cached ??= loadCorpus(SEEDS);
  return cached;
}

export function doc(id: string): LegalDocument {
  const d = corpus().documents.find((x) => x.meta.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
}

export function node(d: LegalDocument, id: string): LegalNode {
  const n = allNodes(d).find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id} in ${d.meta.id}`);
  return n;
}

export function count(nodes: LegalNode[], kind: LegalNode['kind']): number {
  return allNodes({ children: nodes }).filter((n) => n.kind === kind).length;
}
