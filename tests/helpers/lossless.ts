/** What "nothing lost" means, as a check: every non-whitespace character of the source is in a node or in the removed list. */
import type { LegalDocument } from '../../src/lib/model';
import { allNodes } from '../../src/lib/parse';

const nonSpace = (s: string) => [...s.normalize('NFC')].filter((c) => !/\s/u.test(c));

/** Characters the tree and the removed list account for, in tree order. */
export function accountedChars(doc: LegalDocument): string[] {
  const out: string[] = [];
  for (const n of allNodes(doc)) {
    out.push(...nonSpace(n.number ?? ''), ...nonSpace(n.heading ?? ''), ...nonSpace(n.text));
    if (n.kind === 'row') out.push(...nonSpace(n.lead), ...nonSpace(n.support), ...nonSpace(n.note));
  }
  for (const r of doc.removed) out.push(...nonSpace(r.text));
  return out;
}

/** The source's non-whitespace characters (BOM and zero-width spaces count as characters to account for). */
export function sourceChars(raw: string): string[] {
  return nonSpace(raw.replace(/^\ufeff/, ''));
}

/** Multiset difference, both ways, for a readable failure. */
export function multisetDiff(a: string[], b: string[]): { missing: string; extra: string } {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let extra = '';
  for (const c of b) {
    const k = counts.get(c) ?? 0;
    if (k > 0) counts.set(c, k - 1);
    else extra += c;
  }
  let missing = '';
  for (const [c, k] of counts) missing += c.repeat(k);
  return { missing, extra };
}
