/**
 * The parser: a pure function from text (plus curated metadata) to a typed
 * tree. Stages: normalise → strip website furniture → segment (reflow
 * paragraphs, rebuild tables) →
 * build drafts → finalise nodes. No I/O, no rendering; it never throws —
 * text it does not recognise stays as plain text with a diagnostic.
 */
import type { Diagnostic, DocumentMeta, LegalDocument, LegalNode } from '../model';
import { buildTree } from './build';
import { finalize, walk, type CuratedFootnoteRef, type CuratedOffice } from './finalize';
import { stripFurniture } from './furniture';
import { normalizeText, type CuratedRemoval } from './normalize';
import { documentTypeFact, issuerFact, numberFact, placeAndDateFacts, provinceFact, titleFact } from './facts';
import { segment } from './segment';

export interface Curation {
  removals?: CuratedRemoval[];
  footnoteRefs?: CuratedFootnoteRef[];
  offices?: CuratedOffice[];
}

export { walk };

/** Parse one document. */
export function parseDocument(raw: string, meta: DocumentMeta, curation: Curation = {}): LegalDocument {
  try {
    return parseUnchecked(raw, meta, curation);
  } catch (error) {
    // A refusal is a bug (the fuzz tests look for one); still, never let it
    // take the build down without a readable message.
    const message = error instanceof Error ? error.message : String(error);
    return {
      meta, children: [], offices: [], legend: [], removed: [], lineCount: 0,
      diagnostics: [{ severity: 'error', code: 'parser-bug', line: 1, message: `Lỗi bộ phân tích: ${message}` }],
    };
  }
}

function parseUnchecked(raw: string, meta: DocumentMeta, curation: Curation): LegalDocument {
  const normalized = normalizeText(raw, curation.removals ?? []);
  const furnished = stripFurniture(normalized.lines);
  const segmented = segment(furnished.lines);
  const built = buildTree(segmented.blocks);
  const done = finalize({
    children: built.children,
    footnotes: built.footnotes,
    curatedOffices: curation.offices ?? [],
    footnoteRefs: curation.footnoteRefs ?? [],
  });
  const diagnostics: Diagnostic[] = [
    ...normalized.diagnostics, ...segmented.diagnostics, ...built.diagnostics, ...done.diagnostics,
  ].sort((a, b) => a.line - b.line);
  if (!done.children.some((c) => c.kind !== 'preamble' && c.kind !== 'paragraph')) {
    diagnostics.unshift({ severity: 'error', code: 'no-structure', line: 1, message: 'Không nhận ra cấu trúc văn bản (không có Chương, Điều, khoản, mục hay điểm nào)' });
  }
  return {
    meta,
    children: done.children,
    offices: done.offices,
    legend: done.legend,
    removed: [...normalized.removed, ...furnished.removed, ...segmented.removed].sort((a, b) => a.line - b.line),
    diagnostics,
    lineCount: normalized.lines.length,
  };
}

/** Every node in document order. */
export function allNodes(doc: Pick<LegalDocument, 'children'>): LegalNode[] {
  const out: LegalNode[] = [];
  walk(doc.children, (n) => out.push(n));
  return out;
}

/** Metadata with nothing known: what `parse` starts from without a metadata file. */
export function unknownMeta(id: string, sourceFile: string | null): DocumentMeta {
  return {
    id, kind: null, number: null, title: id, titleEditorial: false, shortTitle: null, documentType: null, issuer: null, signer: null,
    dateIssued: null, dateInForce: null, inForceNote: null, province: null, implements: null,
    originalFile: null, sourceFile, notes: [],
  };
}

/**
 * What the text itself says about the document: number, date, type, title.
 * Used to fill metadata when none is given, and to cross-check curated
 * metadata against the text (`facts.ts` reads each with its line).
 */
export function inferMeta(doc: Pick<LegalDocument, 'children'>): Partial<DocumentMeta> {
  const out: Partial<DocumentMeta> = {};
  const number = numberFact(doc);
  if (number) out.number = number.value;
  const date = placeAndDateFacts(doc).date;
  if (date) out.dateIssued = date.value;
  const type = documentTypeFact(doc);
  if (type) out.documentType = type.value;
  const title = titleFact(doc, provinceFact(doc, issuerFact(doc))?.value ?? null);
  if (title) out.title = title.value;
  return out;
}
