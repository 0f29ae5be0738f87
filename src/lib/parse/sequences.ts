/**
 * Numbering checks among siblings: duplicated, out-of-order, skipped and
 * foreign numbers are reported, never corrected. Iterative and linear: a
 * document may nest thousands of levels or repeat one number thousands of
 * times.
 */
import type { Diagnostic } from '../model';
import type { Draft } from './draft';
import { letterIndex } from './markers';

/** Report duplicate, out-of-order, skipped and foreign numbers among siblings, for every level of the tree. */
export function checkSequences(roots: Draft[], diagnostics: Diagnostic[]): void {
  const pending: Draft[][] = [roots];
  const found: Diagnostic[][] = [];
  while (pending.length) {
    const siblings = pending.pop()!;
    const own: Diagnostic[] = [];
    checkSiblings(siblings, own);
    found.push(own);
    for (let i = siblings.length - 1; i >= 0; i--) if (siblings[i]!.children.length) pending.push(siblings[i]!.children);
  }
  // Diagnostics are sorted by line later; the order here only has to be deterministic.
  for (const list of found) diagnostics.push(...list);
}

function groupKey(n: Draft): string | null {
  if (!n.num || (n.kind !== 'clause' && n.kind !== 'point' && n.kind !== 'article' && n.kind !== 'row')) return null;
  if (n.kind !== 'clause') return n.kind;
  const dot = n.num.lastIndexOf('.');
  return `clause:${n.depth}:${dot < 0 ? '' : n.num.slice(0, dot)}`;
}

function checkSiblings(nodes: Draft[], diagnostics: Diagnostic[]): void {
  const byKey = new Map<string, Draft[]>();
  for (const n of nodes) {
    const key = groupKey(n);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list) list.push(n);
    else byKey.set(key, [n]);
  }
  for (const [key, list] of byKey) checkRun(list, key === 'point', diagnostics);
}

function checkRun(list: Draft[], points: boolean, diagnostics: Diagnostic[]): void {
  let prev: number | null = null;
  let prevNum = '';
  const seen = new Set<string>();
  for (const n of list) {
    const num = n.num!;
    const value = points ? letterIndex(num) : Number(num.slice(num.lastIndexOf('.') + 1));
    const line = n.lines[0];
    const unit = points ? `điểm ${num})` : n.kind === 'article' ? `Điều ${num}` : `số ${num}`;
    const after = points ? `điểm ${prevNum})` : prevNum;
    if (points && value < 0) {
      diagnostics.push({ severity: 'warning', code: 'foreign-letter', line, message: `${unit}: chữ "${num}" không có trong bảng chữ cái đánh số tiếng Việt (giữ nguyên)` });
    } else if (seen.has(num)) {
      diagnostics.push({ severity: 'warning', code: 'duplicate-number', line, message: `${unit} lặp lại số đã dùng (giữ nguyên, gắn neo riêng)` });
    } else if (prev !== null && value < prev) {
      diagnostics.push({ severity: 'warning', code: 'number-out-of-order', line, message: `${unit} đứng sau ${after} (sai thứ tự, giữ nguyên)` });
    } else if (prev !== null && value > prev + 1) {
      diagnostics.push({ severity: 'warning', code: 'number-skipped', line, message: `${unit} đứng ngay sau ${after}: bỏ sót số ở giữa (giữ nguyên)` });
    } else if (prev === null && value > (points ? 0 : 1) && n.kind === 'clause') {
      diagnostics.push({ severity: 'info', code: 'number-starts-late', line, message: `${unit} là số đầu tiên trong nhóm` });
    }
    // A repeated number most likely stands for the next one (Hải Phòng's
    // second "d)" where "đ)" was meant): count it as that slot.
    const repeated = seen.has(num);
    seen.add(num);
    if (value >= 0) { prev = repeated ? value + 1 : value; prevNum = num; }
  }
}
