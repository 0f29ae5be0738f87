/**
 * Schema of the hand-curated metadata file beside each source text
 * (`seeds/<id>.meta.json`). Every field the text does not state is null —
 * never guessed — and the site says so.
 */
import { z } from 'zod';
import type { DocumentMeta } from './model';
import type { Curation } from './parse';
import { isRealDate } from './dates';
import { slugify } from './slug';

/** A calendar date that exists, written YYYY-MM-DD ("2025-13-45" and "0000-00-00" are refused). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD').refine(isRealDate, 'ngày không có thật trên lịch (tháng 01–12, ngày có trong tháng, năm từ 1900)');

/** A name that also names a page (`tinh/<slug>/`): at least one character must survive ASCII folding. */
const pageName = z.string().min(1).refine((s) => slugify(s) !== '', 'phải có ít nhất một chữ cái hoặc chữ số (tên này tạo đường dẫn của trang); chỉ có ký hiệu hay biểu tượng thì không tạo được');

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a value came from: the source line it was read from, or why it is null. Written by `npm run add`, kept by hand. */
const source = z.strictObject({
  /** Source line the value was read from (1-based), or null when the text does not state it. */
  line: z.number().int().positive().nullable(),
  /** The words of that line the value was read from. */
  text: z.string().optional(),
  /** How the value was obtained, or what a person must still decide. */
  note: z.string().min(1),
});

export const metadataSchema = z.strictObject({
  /** Stable id: the file name without `.txt`, ASCII, used in every URL. */
  id: z.string().regex(ID, 'id chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  /** model (the Circular), decision (province decision on the Sở), distribution (office duties), programme (work programme); null until a person decides. */
  kind: z.enum(['model', 'decision', 'distribution', 'programme']).nullable(),
  /** Số hiệu as the text writes it (spaces removed), or null when the text gives none. */
  number: z.string().min(1).nullable(),
  /** Document type word used in citations: "Thông tư", "Quyết định"; null when the text states none. */
  documentType: z.string().min(1).nullable(),
  /** Title; null until a person decides when the text has no title line (say where it comes from in `notes`). */
  title: z.string().min(1).nullable(),
  /** True when the text has no title and the editors composed one (from what: in `notes`); the site and the citations mark it as such. */
  titleEditorial: z.boolean().optional(),
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
  /** Place of issue as the text writes it before the date ("Hà Tĩnh, ngày …"), or null. */
  place: z.string().min(1).nullable().optional(),
  /** Province or city, for province documents; names its page `tinh/<slug>/`. */
  province: pageName.nullable(),
  /** Id of the model document this one is compared with (the Circular), or null. */
  implements: z.string().nullable(),
  /** The file name the text arrived under. */
  originalFile: z.string().min(1),
  /** Editorial notes shown with the metadata: sources of curated values, known defects. */
  notes: z.array(z.string()).default([]),
  /** Per field: the source line each value was read from, or why it is null (`npm run add` writes these). */
  sources: z.record(z.string(), source).optional(),
  curation: z.strictObject({
    /** Characters to remove, with the reason: page numbers inside sentences and the like. */
    removals: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string().min(1), reason: z.string().min(1) })).default([]),
    /** Footnote markers glued to a word: `20251` on line 152 is "2025" + footnote 1. */
    footnoteRefs: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string().min(1), marker: z.string().min(1), note: z.string().optional() })).default([]),
    /** Display names and ids for offices, matched against the name as written. */
    offices: z.array(z.strictObject({
      match: z.string().min(1),
      id: z.string().regex(ID, 'id chỉ gồm chữ thường không dấu, số và dấu gạch ngang').optional(),
      name: z.string().min(1),
      abbreviation: z.string().nullable().optional(),
      note: z.string().optional(),
    })).default([]).superRefine(checkCuratedOffices),
  }).default({ removals: [], footnoteRefs: [], offices: [] }),
});

/** Curated offices: each needs an id that can name a page, and no two the same. */
function checkCuratedOffices(offices: Array<{ id?: string; name: string }>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  offices.forEach((o, i) => {
    const id = o.id ?? slugify(o.name);
    if (!id) {
      ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `tên phòng "${o.name}" không tạo được đường dẫn (chỉ có ký hiệu): hãy khai báo "id"` });
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, o.id ? 'id' : 'name'], message: `hai phòng cùng id "${id}" (mục ${first + 1} và ${i + 1}): mỗi phòng cần id riêng` });
    else seen.set(id, i);
  });
}

export type Metadata = z.infer<typeof metadataSchema>;

/** Split validated metadata into what the model carries and what the parser applies. */
export function toDocumentMeta(m: Metadata, sourceFile: string): { meta: DocumentMeta; curation: Curation } {
  const meta: DocumentMeta = {
    // A null title is an error check-corpus reports (a person must decide); the id stands in meanwhile.
    id: m.id, kind: m.kind, number: m.number, title: m.title ?? m.shortTitle, titleEditorial: m.titleEditorial ?? false, shortTitle: m.shortTitle, documentType: m.documentType,
    issuer: m.issuer, signer: m.signer, dateIssued: m.dateIssued, dateInForce: m.dateInForce, inForceNote: m.inForceNote,
    province: m.province, implements: m.implements, originalFile: m.originalFile, sourceFile, notes: m.notes,
  };
  return { meta, curation: m.curation };
}

/** Validation problems as "field: message" lines, in Vietnamese where zod allows. */
export function describeIssues(error: z.ZodError): string[] {
  return issuesAt(error).map((i) => i.message);
}

/** Validation problems, each with the path of its field (to find its line in the JSON) and its "field: message" text. */
export function issuesAt(error: z.ZodError): Array<{ path: Array<string | number>; message: string }> {
  return error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: `${i.path.join('.') || '(gốc)'}: ${i.message}` }));
}

/** Fields a person must still decide before the document can be published: null where the site needs a value. */
export function undecidedFields(m: Metadata): Array<{ field: 'kind' | 'title'; message: string }> {
  const out: Array<{ field: 'kind' | 'title'; message: string }> = [];
  if (m.kind === null) out.push({ field: 'kind', message: 'chưa xác định loại văn bản trong kho (kind: model, decision, distribution hoặc programme): cần người quyết định' });
  if (m.title === null) out.push({ field: 'title', message: 'văn bản không ghi tên: cần người đặt tên, ghi "titleEditorial": true và nguồn của tên trong notes' });
  return out;
}
