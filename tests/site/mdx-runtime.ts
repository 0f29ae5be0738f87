/** A tiny JSX runtime for evaluating generated MDX in tests: elements become plain objects we can read. */
export interface El { type: unknown; props: Record<string, unknown> & { children?: unknown } }

export const runtime = {
  Fragment: 'fragment',
  jsx: (type: unknown, props: El['props']): El => ({ type, props }),
  jsxs: (type: unknown, props: El['props']): El => ({ type, props }),
};

/** The text a reader would see: every string under the node, in order. */
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const el = node as El;
  if (typeof el.type === 'function') return textOf((el.type as (p: unknown) => unknown)(el.props));
  return textOf(el.props.children);
}
