/**
 * Grouping documents for the home and province pages: by province (the
 * national model first), then by kind, sorted with the Vietnamese collator.
 */
import type { DocumentKind } from '../model';
import { collator } from './paths';
import { KIND_ORDER } from './words';

export interface Groupable {
  kind: DocumentKind | null;
  shortTitle: string | null;
  title: string;
  province: { title: string; path: string } | null;
}

export interface ProvinceGroup<T> {
  province: { title: string; path: string } | null;
  kinds: Array<{ kind: DocumentKind | null; documents: T[] }>;
}

export function groupDocuments<T extends Groupable>(docs: T[]): ProvinceGroup<T>[] {
  const byProvince = new Map<string, T[]>();
  for (const d of docs) {
    const key = d.province?.title ?? '';
    byProvince.set(key, [...(byProvince.get(key) ?? []), d]);
  }
  const keys = [...byProvince.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : collator.compare(a, b)));
  return keys.map((key) => {
    const list = byProvince.get(key)!;
    const kinds = [...KIND_ORDER, null].map((kind) => ({
      kind,
      documents: list.filter((d) => d.kind === kind).sort((a, b) => collator.compare(a.shortTitle ?? a.title, b.shortTitle ?? b.title)),
    })).filter((g) => g.documents.length > 0);
    return { province: list[0]!.province, kinds };
  });
}

/**
 * The update date the home page gives: the latest date of issue in the
 * corpus and the document(s) issued then, and how many documents state no
 * date (a text without one may be newer: the page says so).
 */
export function latestIssued<T extends { dateIssued: string | null }>(docs: T[]): { date: string | null; documents: T[]; undated: number } {
  const dates = docs.map((d) => d.dateIssued).filter((d): d is string => d !== null).sort();
  const date = dates.at(-1) ?? null;
  return { date, documents: docs.filter((d) => date !== null && d.dateIssued === date), undated: docs.length - dates.length };
}

export interface ProvincePage<T> {
  /** `tinh/quang-ngai/` */
  path: string;
  title: string;
  /** Its documents by short title (else title), in Vietnamese order. */
  docs: T[];
}

/** The province pages: one per province a document belongs to, in Vietnamese order. */
export function provincePages<T extends Groupable>(docs: T[]): ProvincePage<T>[] {
  const byPath = new Map<string, ProvincePage<T>>();
  for (const d of docs) {
    if (!d.province) continue;
    const page = byPath.get(d.province.path) ?? { path: d.province.path, title: d.province.title, docs: [] };
    page.docs.push(d);
    byPath.set(d.province.path, page);
  }
  const pages = [...byPath.values()].sort((a, b) => collator.compare(a.title, b.title));
  for (const p of pages) p.docs.sort((a, b) => collator.compare(a.shortTitle ?? a.title, b.shortTitle ?? b.title));
  return pages;
}
