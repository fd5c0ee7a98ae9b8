// RFC 4180 writing and spreadsheet formula-injection neutralisation. Pure: shared by the
// server's export stream and by tests; the browser counts records with the same rules.

/** Excel reads a UTF-8 CSV as UTF-8 only when the file starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";
export const CRLF = "\r\n";

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted when it holds a comma, a quote, CR or LF; quotes inside doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One record, CRLF-terminated. A record of a single empty field is written `""` so that it
 * can never be mistaken for the blank line that separates the data from the summary.
 */
export function csvRecord(fields: readonly string[]): string {
  if (fields.length === 1 && fields[0] === "") return `""${CRLF}`;
  return fields.map(csvField).join(",") + CRLF;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP's CSV-injection defence: a text cell a spreadsheet would read as a formula (it starts
 * with =, +, -, @, tab or CR) gets a leading apostrophe, which spreadsheets show as text.
 * Amount cells never pass through here (see export-columns.ts), so `-12.50` stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
