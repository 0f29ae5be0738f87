// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// The MDX files are written by scripts/generate.ts as JSX elements with every
// text a string expression (src/lib/mdx.ts): no Markdown syntax, no heading
// without its id. So Astro 7's native Markdown processor (Sätteri) compiles
// them, with no Markdown feature that could touch text (GFM, smart quotes):
// at 80 province documents it bundles them in half the time and two thirds
// of the memory of unified() with remark/rehype plugins, and the built site
// is byte-for-byte the same (npm run bench:scale; README, "Building at scale").
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
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // Every compiled MDX module starts with Astro's own "use astro:head-inject"
        // directive, which the bundler reports once per page (hundreds of boxed
        // warnings that say nothing about our files). Only that one is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
