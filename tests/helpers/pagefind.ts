/** The search index in dist/pagefind/ as the tests read it: pf_meta and the filter files, decoded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePagefindFile, type Cbor } from '../../scripts/lib/pagefind-names';

/** pf_meta of the Vietnamese index: [version, records [name, words, group], word chunks, filters [name, file], sorts, meta fields]. */
export function indexMeta(dir: string): Cbor[] {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: { vi: { hash: string } } };
  return decodePagefindFile(readFileSync(join(dir, `pagefind.${entry.languages.vi.hash}.pf_meta`))) as Cbor[];
}

/** Each filter's file name in filter/ (without .pf_filter), by filter name. */
export function filterFiles(dir: string): Map<string, string> {
  return new Map((indexMeta(dir)[3] as string[][]).map(([name, file]) => [name!, file!]));
}

/** A filter's values and the record numbers filed under each. */
export function filterValues(dir: string, file: string): Map<string, number[]> {
  const [, values] = decodePagefindFile(readFileSync(join(dir, 'filter', `${file}.pf_filter`))) as [string, Array<[string, number[]]>];
  return new Map(values.map(([v, pages]) => [v, pages]));
}
