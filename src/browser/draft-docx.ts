/**
 * js/draft-docx.js, an ES module the page imports only when the Word draft
 * is asked for: the `docx` library and the document builder.
 */
import { Packer } from 'docx';
import type { Draft } from '../lib/draft/assignment';
import type { DraftData } from '../lib/draft/data';
import { citedDuties, draftOutline } from '../lib/draft/outline';
import { draftDocument } from '../lib/draft/word';

/** The draft Quy định as a .docx Blob. */
export function docxBlob(data: DraftData, citations: ReadonlyMap<string, string>, draft: Draft, made: Date): Promise<Blob> {
  return Packer.toBlob(draftDocument(draftOutline(draft, citedDuties(data, citations)), { model: data.model.title, made }));
}
