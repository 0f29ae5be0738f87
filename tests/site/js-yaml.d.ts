// js-yaml is what Astro reads frontmatter with (a transitive dependency without bundled types).
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}
