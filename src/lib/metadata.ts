/**
 * Schema of the hand-curated metadata file beside each source text
 * (`seeds/<id>.meta.json`). Every field the text does not state is null —
 * never guessed — and the site says so.
 */
import { z } from 'zod';
import type { DocumentMeta } from './model';
import type { Curation } from './parse';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD');

export const metadataSchema = z.strictObject({
  /** Stable id: the file name without `.txt`, ASCII, used in every URL. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  /** model (the Circular), decision (province decision on the Sở), distribution (office duties), programme (work programme). */
  kind: z.enum(['model', 'decision', 'distribution', 'programme']),
  /** Số hiệu as the text writes it (spaces removed), or null when the text gives none. */
  number: z.string().min(1).nullable(),
  /** Document type word used in citations: "Thông tư", "Quyết định". */
  documentType: z.string().min(1),
  /** Title; when the text has no title line, say where it comes from in `notes`. */
  title: z.string().min(1),
  /** Short name for lists and breadcrumbs. */
  shortTitle: z.string().min(1),
  /** Issuing body as stated in the text, or null. */
  issuer: z.string().min(1).nullable(),
  /** Signer's name when the text has a signature block, else null. */
  signer: z.string().min(1).nullable(),
  dateIssued: isoDate.nullable(),
  /** Date in force when the text states a calendar date. */
  dateInForce: isoDate.nullable(),
  /** What the text says about entry into force when it is not a date ("kể từ ngày ký"). */
  inForceNote: z.string().nullable(),
  /** Province or city, for province documents. */
  province: z.string().min(1).nullable(),
  /** Id of the model document this one is compared with (the Circular), or null. */
  implements: z.string().nullable(),
  /** The file name the text arrived under. */
  originalFile: z.string().min(1),
  /** Editorial notes shown with the metadata: sources of curated values, known defects. */
  notes: z.array(z.string()).default([]),
  curation: z.strictObject({
    /** Characters to remove, with the reason: page numbers inside sentences and the like. */
    removals: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string().min(1), reason: z.string().min(1) })).default([]),
    /** Footnote markers glued to a word: `20251` on line 152 is "2025" + footnote 1. */
    footnoteRefs: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string().min(1), marker: z.string().min(1), note: z.string().optional() })).default([]),
    /** Display names and ids for offices, matched against the name as written. */
    offices: z.array(z.strictObject({
      match: z.string().min(1),
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
      name: z.string().min(1),
      abbreviation: z.string().nullable().optional(),
      note: z.string().optional(),
    })).default([]),
  }).default({ removals: [], footnoteRefs: [], offices: [] }),
});

export type Metadata = z.infer<typeof metadataSchema>;

/** Split validated metadata into what the model carries and what the parser applies. */
export function toDocumentMeta(m: Metadata, sourceFile: string): { meta: DocumentMeta; curation: Curation } {
  const meta: DocumentMeta = {
    id: m.id, kind: m.kind, number: m.number, title: m.title, shortTitle: m.shortTitle, documentType: m.documentType,
    issuer: m.issuer, signer: m.signer, dateIssued: m.dateIssued, dateInForce: m.dateInForce, inForceNote: m.inForceNote,
    province: m.province, implements: m.implements, originalFile: m.originalFile, sourceFile, notes: m.notes,
  };
  return { meta, curation: m.curation };
}

/** Validation problems as "field: message" lines, in Vietnamese where zod allows. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`);
}
