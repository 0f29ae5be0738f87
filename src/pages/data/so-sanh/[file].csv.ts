/** dist/data/so-sanh/<document>.csv and tat-ca.csv: the comparison as CSV, UTF-8 with BOM for Excel. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const prerender = true;

const DIR = join(process.cwd(), 'content', 'csv');

export function getStaticPaths() {
  return readdirSync(DIR).filter((n) => n.endsWith('.csv')).map((n) => ({ params: { file: n.replace(/\.csv$/, '') } }));
}

export function GET({ params }: { params: { file: string } }): Response {
  return new Response(readFileSync(join(DIR, `${params.file}.csv`)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
