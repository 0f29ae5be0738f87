// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The MDX files are written by scripts/generate.ts as JSX elements with every
// text a string expression (src/lib/mdx.ts): no Markdown syntax, no heading
// without its id. So Astro 7's default Markdown processor (Sätteri, native)
// compiles them: at 80 province documents it bundles them in half the time
// and two thirds of the memory of the unified() processor with remark/rehype
// plugins (npm run bench:scale; README, "Building at scale").
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The site must work from any sub-path: component styles, if any, are
    // inlined rather than linked from a root-absolute /_astro/ URL. The
    // site's own CSS/JS are public/ files linked relatively (see Base.astro).
    inlineStylesheets: 'always',
  },
  markdown: { smartypants: false, gfm: false },
  integrations: [mdx()],
});
