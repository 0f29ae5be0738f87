/**
 * Content collections over the generated content/ (scripts/generate.ts).
 * The schemas check the frontmatter the generator writes, so a generator
 * change that breaks a page fails the build, not the reader.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const link = z.object({ title: z.string().min(1), path: z.string() });
const nullableLink = link.nullable();
/** Entry id = file path without extension (`tt-10-2025-bkhcn/dieu-2`), never slugified. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');
/** "Được dẫn chiếu tại": citing documents, each with the places that cite (src/lib/site/reference-links.ts). */
const citedBy = z.array(z.object({
  title: z.string().min(1),
  path: z.string(),
  places: z.array(z.object({ label: z.string(), path: z.string(), text: z.string(), target: z.string().nullable() })),
}));

/** What the copy buttons cite the document with (src/lib/citation.ts, CitedFacts). */
const cites = z.object({
  documentType: z.string().nullable(), number: z.string().nullable(), dateIssued: z.string().nullable(), issuer: z.string().nullable(), title: z.string().min(1),
  titleEditorial: z.boolean().optional(),
});

const docRef = {
  doc: z.string().regex(/^[a-z0-9-]+$/),
  docTitle: z.string().min(1),
  docPath: z.string(),
  cites,
  province: nullableLink,
  path: z.string().regex(/^van-ban\/.+\/$/),
  citation: z.string().min(1),
  prev: nullableLink,
  next: nullableLink,
  citedBy,
};

const documents = defineCollection({
  // Data, not MDX: the full text comes pre-rendered as HTML (src/lib/site/pages.ts).
  loader: glob({ pattern: '*.json', base: './content/documents', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    titleEditorial: z.boolean(),
    shortTitle: z.string().nullable(),
    number: z.string().nullable(),
    documentType: z.string().nullable(),
    kind: z.enum(['model', 'decision', 'distribution', 'programme']).nullable(),
    issuer: z.string().nullable(),
    signer: z.string().nullable(),
    dateIssued: z.string().nullable(),
    dateInForce: z.string().nullable(),
    inForceNote: z.string().nullable(),
    province: nullableLink,
    notes: z.array(z.string()),
    citation: z.string().min(1),
    cites,
    path: z.string(),
    implements: nullableLink,
    counts: z.object({ articles: z.number(), clauses: z.number(), points: z.number(), rows: z.number(), offices: z.number() }),
    toc: z.array(link.extend({ depth: z.number().int().min(0) })),
    offices: z.array(link),
    removed: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
    diagnostics: z.array(z.object({ severity: z.enum(['error', 'warning', 'info']), code: z.string(), line: z.number(), message: z.string(), path: z.string().nullable() })),
    basis: z.array(z.object({
      label: z.string(),
      path: z.string(),
      segments: z.array(z.object({ text: z.string(), path: z.string().nullable(), preview: z.string().nullable(), cls: z.string().nullable() })),
    })),
    citedBy,
    /** The full text, rendered by src/lib/site/render-nodes.ts (HTML markup). */
    html: z.string(),
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages', generateId: byPath }),
  schema: z.object({
    ...docRef,
    nodeId: z.string().min(1),
    kind: z.enum(['article', 'office']),
    title: z.string().min(1),
    label: z.string().min(1),
    crumbs: z.array(link),
    office: nullableLink,
    repeated: z.boolean(),
    /** A long article's khoản and mục, for the list at its top (pages.ts). */
    clauses: z.array(z.object({ number: z.string(), text: z.string(), anchor: z.string(), sub: z.boolean() })),
  }),
});

const offices = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/offices', generateId: byPath }),
  schema: z.object({
    ...docRef,
    id: z.string().min(1),
    name: z.string().min(1),
    nameAsWritten: z.string(),
    abbreviation: z.string().nullable(),
    /** The label of the unit the page shows (the article or part setting the office up), else the office's name. */
    unit: z.string().min(1),
    source: nullableLink,
    leads: z.number().int(),
    supports: z.number().int(),
  }),
});

export const collections = { documents, pages, offices };
