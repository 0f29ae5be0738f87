/**
 * Drafts: the tree as `build.ts` assembles it, before ids and labels.
 * Paragraphs keep their source spans; `finalize.ts` turns drafts into nodes.
 */
import type { PartType } from '../model';
import type { Paragraph } from './reflow';

export type DraftKind =
  | 'preamble' | 'header' | 'title' | 'basis' | 'formula' | 'paragraph' | 'part' | 'article' | 'office'
  | 'clause' | 'point' | 'item' | 'table' | 'row' | 'legend' | 'closing' | 'recipients' | 'signature' | 'footnote';

export interface DraftPara {
  text: string;
  spans: Array<{ line: number; offset: number }>;
}

export interface Draft {
  kind: DraftKind;
  partType?: PartType;
  depth?: number;
  number: string | null;
  num: string | null;
  heading: string | null;
  paras: DraftPara[];
  lines: [number, number];
  children: Draft[];
  rank: number;
  /** For tables. */
  columns?: string[];
  /** For rows. */
  lead?: string;
  support?: string;
}

/**
 * Nesting ranks, outermost first: annex 0, form 0.5 (inside an annex when
 * one is open), chapter 1, section (lettered or "Mục") 2, Roman section or
 * office 3, article 4, clause 4 + depth, point and item far below any
 * clause depth a text can reach. A new unit closes every open unit of the
 * same or a deeper rank.
 */
export const RANK = { annex: 0, form: 0.5, chapter: 1, section: 2, roman: 3, article: 4, point: 1e9, item: 1e9 + 1 } as const;

/** A paragraph (or its tail from `from`) with its spans re-based. */
export function para(p: Paragraph, from = 0): DraftPara {
  return {
    text: p.text.slice(from),
    spans: p.spans.filter((s, i) => i === 0 || s.offset >= from).map((s, i) => ({ line: s.line, offset: i === 0 ? 0 : s.offset - from })),
  };
}

export function draft(kind: DraftKind, rank: number, lines: [number, number], init: Partial<Draft> = {}): Draft {
  return { kind, number: null, num: null, heading: null, paras: [], lines: [...lines] as [number, number], children: [], rank, ...init };
}

/**
 * Running counts of children by kind, per parent: "đoạn 3", "gạch đầu
 * dòng 12" without counting the siblings again (which made long lists
 * quadratic).
 */
export class ChildCounter {
  private counts = new Map<unknown, Map<DraftKind, number>>();

  /** The next number for a `kind` child of `parent` (1 for the first). */
  next(parent: unknown, kind: DraftKind): number {
    let byKind = this.counts.get(parent);
    if (!byKind) this.counts.set(parent, (byKind = new Map()));
    const n = (byKind.get(kind) ?? 0) + 1;
    byKind.set(kind, n);
    return n;
  }
}
