import Big from "big.js";

// Amounts arrive as decimal strings at the currency's scale and stay strings: every
// formatting and total here works on the digits (big.js for sums), never on a float.

const SCALES: Record<string, number> = {
  USD: 2, EUR: 2, GBP: 2, CHF: 2, CAD: 2, AUD: 2, SGD: 2, INR: 2, MXN: 2, BRL: 2, NGN: 2, KES: 2, PHP: 2, ZAR: 2, AED: 2, HKD: 2,
  JPY: 0, KRW: 0, XAF: 0, XOF: 0, VND: 0,
  BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3,
  USDC: 6, USDT: 6,
  BTC: 8,
  ETH: 18,
};

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

export function currencyScale(currency: string): number | undefined {
  return SCALES[currency];
}

export function isAmount(value: string): boolean {
  return AMOUNT.test(value);
}

// By slices rather than a look-ahead regex: a table formats forty amounts a scroll frame.
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

/** "000123" → "123", "000" → "0". */
function withoutLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  return start === 0 ? digits : digits.slice(start);
}

/**
 * "1234.5" USD → "1,234.50", "-1000" JPY → "-1,000". Digits are never rounded away: a known
 * currency is padded to its scale (extra digits Anton sent are kept); an unknown currency
 * or a malformed amount comes back exactly as sent.
 */
export function formatAmount(amount: string, currency: string): string {
  const scale = currencyScale(currency);
  const match = AMOUNT.exec(amount);
  if (scale === undefined || !match) return amount;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const paddedFraction = fraction.length >= scale ? fraction : fraction.padEnd(scale, "0");
  const grouped = groupThousands(withoutLeadingZeros(whole));
  return `${sign}${grouped}${paddedFraction ? `.${paddedFraction}` : ""}`;
}

/** "1.5" BHD → "1.500": pads to the currency's scale, never cuts digits off. */
export function padToScale(amount: string, currency: string): string {
  const scale = currencyScale(currency);
  const match = AMOUNT.exec(amount);
  if (scale === undefined || !match || scale === 0) return amount;
  const fraction = match[3] ?? "";
  return fraction.length >= scale ? amount : `${match[1]}${match[2]}.${fraction.padEnd(scale, "0")}`;
}

/** "-1,234.50 EUR": the amount in its currency's format followed by the code. */
export function formatMoney(amount: string, currency: string): string {
  return `${formatAmount(amount, currency)} ${currency}`;
}

/** Exact decimal sum of amount strings; malformed entries are skipped and counted. */
export function sumAmounts(amounts: Iterable<string>): { total: string; skipped: number } {
  let total = new Big(0);
  let skipped = 0;
  for (const amount of amounts) {
    if (isAmount(amount)) total = total.plus(amount);
    else skipped += 1;
  }
  return { total: total.toFixed(), skipped };
}

export interface CurrencyTotal {
  currency: string;
  total: string;
  count: number;
}

/**
 * Exact sums of amounts per currency, never across currencies, that more amounts can be added
 * to: a list's totals grow with each page instead of being summed again from the first row.
 */
export class CurrencySums {
  private readonly sums: Map<string, { total: Big; count: number }>;

  constructor(from?: CurrencySums) {
    this.sums = new Map(from ? [...from.sums].map(([currency, sum]) => [currency, { ...sum }]) : []);
  }

  /** Adds one amount; a missing or malformed amount, or a missing currency, is left out. */
  add(amount: string | undefined, currency: string | undefined): void {
    if (amount === undefined || currency === undefined || !isAmount(amount)) return;
    const sum = this.sums.get(currency);
    if (sum) {
      sum.total = sum.total.plus(amount);
      sum.count += 1;
    } else {
      this.sums.set(currency, { total: new Big(amount), count: 1 });
    }
  }

  /** Sorted by currency code, each total at its currency's scale. */
  totals(): CurrencyTotal[] {
    return [...this.sums.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, { total, count }]) => ({ currency, total: padToScale(total.toFixed(), currency), count }));
  }
}

/** Totals per currency, never across currencies, sorted by currency code. */
export function totalsByCurrency<T>(rows: Iterable<T>, amountOf: (row: T) => string | undefined, currencyOf: (row: T) => string | undefined): CurrencyTotal[] {
  const sums = new CurrencySums();
  for (const row of rows) sums.add(amountOf(row), currencyOf(row));
  return sums.totals();
}

export function isNegative(amount: string): boolean {
  return amount.startsWith("-") && /[1-9]/.test(amount);
}
