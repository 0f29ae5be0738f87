/**
 * The MDX writer's escaping. Source text never reaches the MDX parser as
 * Markdown: every text goes out as a JavaScript string literal inside an
 * MDX expression (`{"…"}`) or an attribute expression (`data-l={"…"}`).
 * MDX evaluates a string literal to exactly that string and renders it as
 * a text node, so `*`, `_`, `#`, `<`, `{`, a leading `1.` or `import` are
 * shown as written. `tests/site/mdx-escape.test.ts` proves it with fast-check.
 */

/**
 * A JS string literal safe inside MDX: JSON, plus `\u` escapes for the
 * characters that mean something to the MDX tokenizer or to YAML/HTML
 * around it (braces, angle brackets, line and paragraph separators), so
 * nothing in the literal can be mistaken for the end of the expression.
 */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(/[{}<>]/g, uEscape).replace(INVISIBLE, uEscape);
}

/** Characters that would break a line or hide in it: line and paragraph separators, controls, BOM. */
const INVISIBLE = /[\u2028\u2029\u0000-\u001f\u007f-\u009f\ufeff]/g;
const uEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text as an MDX expression child: `{"…"}`. Renders exactly `text`. */
export function mdxText(text: string): string {
  return `{${jsString(text)}}`;
}

/** An attribute whose value is exact text: `name={"…"}`. */
export function mdxAttr(name: string, value: string): string {
  // Plain ASCII ids and paths need no expression (and stay readable); anything
  // else, including `&` (a character reference in JSX strings), is a literal.
  return /^[\w\-./#]*$/.test(value) ? `${name}="${value}"` : `${name}={${jsString(value)}}`;
}

/**
 * Frontmatter as YAML flow (JSON is YAML). The same escapes keep every
 * character on one line, so no source text can end the frontmatter block.
 */
export function frontmatter(data: unknown): string {
  return `---\n${JSON.stringify(data).replace(INVISIBLE, uEscape)}\n---\n`;
}

/** The notice at the top of every generated file (an MDX comment: renders nothing). */
export const GENERATED_NOTICE = '{/* Tệp sinh tự động bởi scripts/generate.ts từ seeds/ — đừng sửa tay; mọi thay đổi sẽ bị ghi đè. Generated file: do not edit. */}\n';
