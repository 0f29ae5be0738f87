/** Reading the reviewed alignment files in `alignments/` (hand-curated; never written by scripts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewSchema, type Review } from '../../src/lib/align/review';
import { describeIssues } from '../../src/lib/metadata';

/** Read `alignments/<id>.json`, or null when there is none. Throws a readable message when invalid. */
export function loadReview(dir: string, id: string): Review | null {
  const path = join(dir, `${id}.json`);
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}:1: tệp đối chiếu không phải JSON hợp lệ: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = reviewSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}:1: tệp đối chiếu không hợp lệ — ${describeIssues(parsed.error).join('; ')}`);
  if (parsed.data.document !== id) throw new Error(`${path}:1: "document" phải là "${id}"`);
  return parsed.data;
}
