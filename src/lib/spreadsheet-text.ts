/**
 * Text bound for a spreadsheet (the comparison CSVs, the review workbook)
 * must never be run as a formula when the file is opened: a cell that begins
 * with "=", "+", "-" or "@" (or a tab or carriage return, which some programs
 * skip before looking) is written as text.
 */

/** Cells beginning with these are read as formulas by Excel and LibreOffice. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a cell's text would be taken for a formula. */
export const looksLikeFormula = (s: string) => FORMULA_START.test(s);

/**
 * A CSV field. CSV has no cell types, so formula-looking text gets a leading
 * apostrophe (OWASP's advice: Excel then shows it as text; the apostrophe is
 * visible in the cell) and is quoted; fields with a comma, quote, semicolon or
 * line break are quoted.
 */
export function csvField(s: string): string {
  const text = looksLikeFormula(s) ? `'${s}` : s;
  return looksLikeFormula(s) || /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (fields joined by commas, no line ending). */
export const csvRecord = (cells: string[]) => cells.map(csvField).join(',');
