/**
 * Lines of a JSON file's fields, so that a metadata problem points at the
 * line of the field (`seeds/x.meta.json:14:`), not at line 1. Read with
 * jsonc-parser's syntax tree, never by searching the text.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** A function giving the 1-based line of the value at `path`, or of its nearest existing ancestor. */
export function jsonLines(text: string): (path: Array<string | number>) => number {
  const tree = parseTree(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return (path) => {
    if (!tree) return 1;
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
      // A property's value: point at its key ("dateIssued": …), where the reader looks.
      if (node) return lineAt(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return 1;
  };
}
