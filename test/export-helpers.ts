import Big from "big.js";

// Expectations for export tests (and the payouts summary's e2e check), written independently of
// lib/exports and lib/money: a test must not agree with the code it checks just because both
// call the same helper.

/** What a text cell must read: OWASP's leading apostrophe for formula starts. */
export function expectedText(value: string | undefined): string {
  if (value === undefined) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD HH:mm:ss` in a zone, via the Swedish locale's ISO-like format. */
export function expectedTime(iso: string, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(iso));
}

/** Exact sums per currency. */
export function sumByCurrency<T>(rows: readonly T[], amount: (row: T) => string, currency: (row: T) => string): Map<string, Big> {
  const sums = new Map<string, Big>();
  for (const row of rows) sums.set(currency(row), (sums.get(currency(row)) ?? new Big(0)).plus(amount(row)));
  return sums;
}

/** Reads a body to its end; a stream error is returned, not thrown, with what came before it. */
export async function readBody(body: ReadableStream<Uint8Array> | null): Promise<{ text: string; error?: unknown }> {
  if (!body) return { text: "" };
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode() };
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text: text + decoder.decode(), error };
  }
}
