// A small RFC 4180 reader for tests only: the exports are checked by parsing what they
// wrote, not by comparing against the writer's own output.

/**
 * Records of a CSV text (CRLF or LF line ends; a leading BOM is not removed). A blank line
 * is an empty record `[]`, unlike `""`, a record of one empty field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let started = false;
  /** Just after a closing quote: only a comma or a line end may follow. */
  let closed = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    closed = false;
    if (started) endField();
    records.push(record);
    record = [];
    started = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        closed = true;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === "\r" && text[i + 1] === "\n") {
      endRecord();
      i += 2;
      continue;
    }
    if (c === "\n") {
      endRecord();
      i += 1;
      continue;
    }
    started = true;
    if (closed && c !== ",") throw new Error(`text after a closing quote at ${i}`);
    closed = false;
    if (c === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ",") endField();
    else field += c;
    i += 1;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (started) endRecord();
  return records;
}

export interface ExportFile {
  header: string[];
  rows: string[][];
  /** Lines after the blank line: the summary or the failure line. */
  trailer: string[][];
}

/** Splits an export into header, data rows and trailer (after the first empty record). */
export function parseExport(text: string): ExportFile {
  if (!text.startsWith("\uFEFF")) throw new Error("no UTF-8 byte order mark");
  const records = parseCsv(text.slice(1));
  const blank = records.findIndex((r) => r.length === 0);
  const [header = [], ...rest] = blank === -1 ? records : records.slice(0, blank);
  return { header, rows: rest, trailer: blank === -1 ? [] : records.slice(blank + 1) };
}
