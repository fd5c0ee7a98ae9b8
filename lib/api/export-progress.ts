import { parseFailureTrailer, parseSummaryRows, type ExportFailure } from "@/lib/exports/trailer";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Follows an export's bytes as they arrive: counts data records (record ends outside
 * quotes, after the header, before the blank line) and keeps the trailer that follows the
 * blank line, to tell a complete file from a failed or cut one. Works on bytes: in UTF-8
 * no byte of a multi-byte character can be mistaken for a quote or a line end.
 */
export class ExportProgress {
  /** Data rows received so far. */
  rows = 0;
  private records = 0;
  private quoted = false;
  /** Bytes of the current record other than CR: zero at a line end means a blank line. */
  private recordBytes = 0;
  private trailerDecoder: TextDecoder | undefined;
  private trailer = "";

  push(chunk: Uint8Array): void {
    if (this.trailerDecoder) {
      this.trailer += this.trailerDecoder.decode(chunk, { stream: true });
      return;
    }
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) this.quoted = !this.quoted;
      else if (byte === LF && !this.quoted) {
        if (this.recordBytes === 0 && this.records > 0) {
          this.trailerDecoder = new TextDecoder();
          this.trailer = this.trailerDecoder.decode(chunk.subarray(i + 1), { stream: true });
          return;
        }
        this.records += 1;
        if (this.records > 1) this.rows += 1;
        this.recordBytes = 0;
        continue;
      } else if (byte === CR && !this.quoted) continue;
      this.recordBytes += 1;
    }
  }

  /** The failure line the server wrote, if it wrote one. */
  failure(): ExportFailure | undefined {
    return parseFailureTrailer(this.trailer);
  }

  /** True once the summary arrived whole and counts exactly the rows received. */
  complete(): boolean {
    return parseSummaryRows(this.trailer) === this.rows;
  }
}
