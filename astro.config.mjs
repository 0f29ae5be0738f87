// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';

// Astro 7 note: the default Markdown pipeline is Sätteri (no remark/rehype).
// remark/rehype plugins are wired by selecting the unified() processor from
// @astrojs/markdown-remark as `markdown.processor`; @astrojs/mdx inherits it
// (extendMarkdownConfig defaults to true). The old `markdown.remarkPlugins`
// and `mdx({ remarkPlugins })` options are deprecated in Astro 7.
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
  markdown: {
    processor: unified({
      // unified() adds remark-gfm itself when gfm is true; turn that off and
      // register our own pinned remark-gfm explicitly so it runs exactly once.
      gfm: false,
      // Keep source text verbatim (no curly quotes / en-dashes / ellipses).
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug],
    }),
  },
  integrations: [mdx()],
});
