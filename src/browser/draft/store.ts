/**
 * Where a draft is kept: this browser's localStorage (written after every
 * change, read on the next visit) and files the user saves and opens.
 * localStorage can be refused (private windows, policies): the page then
 * says so and the draft lives until the tab closes.
 */
import { DRAFT_FORMAT, type Draft } from '../../lib/draft/assignment';

const KEY = DRAFT_FORMAT;

/** The stored draft's text, or null (none, or storage refused). */
export function storedText(): string | null {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

/** Keep the draft; false when the browser refuses. */
export function store(draft: Draft): boolean {
  try { localStorage.setItem(KEY, JSON.stringify(draft)); return true; } catch { return false; }
}

export function forget(): void {
  try { localStorage.removeItem(KEY); } catch { /* nothing stored */ }
}

/** Hand a file to the browser's downloads. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** The draft as the file the page opens again (indented JSON). */
export const draftFile = (draft: Draft) => new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' });
