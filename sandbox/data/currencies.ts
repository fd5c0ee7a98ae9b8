import { parseRate } from "./money.js";

// Currencies of the generated data: decimal scale and an indicative rate per USD
// (decimal strings, turned into BigInt: no float ever touches an amount).

export interface CurrencyInfo {
  code: string;
  scale: number;
  /** Units of this currency per 1 USD, as a decimal string. */
  perUsd: string;
}

export interface CurrencyRates extends CurrencyInfo {
  /** perUsd scaled by 10^RATE_DECIMALS. */
  perUsdScaled: bigint;
}

const TABLE: CurrencyInfo[] = [
  { code: "USD", scale: 2, perUsd: "1" },
  { code: "EUR", scale: 2, perUsd: "0.9213" },
  { code: "GBP", scale: 2, perUsd: "0.7862" },
  { code: "CHF", scale: 2, perUsd: "0.8841" },
  { code: "CAD", scale: 2, perUsd: "1.3642" },
  { code: "AUD", scale: 2, perUsd: "1.5127" },
  { code: "SGD", scale: 2, perUsd: "1.3418" },
  { code: "INR", scale: 2, perUsd: "83.214" },
  { code: "MXN", scale: 2, perUsd: "17.0934" },
  { code: "JPY", scale: 0, perUsd: "151.32" },
  { code: "BHD", scale: 3, perUsd: "0.376" },
  { code: "KWD", scale: 3, perUsd: "0.3074" },
  { code: "XAF", scale: 0, perUsd: "603.51" },
  { code: "USDC", scale: 6, perUsd: "1" },
  { code: "BTC", scale: 8, perUsd: "0.00001538" },
];

export const CURRENCIES: ReadonlyMap<string, CurrencyRates> = new Map(TABLE.map((c) => [c.code, { ...c, perUsdScaled: parseRate(c.perUsd) }]));

export function currency(code: string): CurrencyRates {
  const info = CURRENCIES.get(code);
  if (!info) throw new Error(`unknown currency ${code}`);
  return info;
}

/** The merchant's funding accounts: the only source currencies of payouts. */
export const ACCOUNT_CURRENCIES = ["USD", "EUR", "GBP", "USDC", "JPY"] as const;
