// Test-side decimal helpers (BigInt), independent of the sandbox's money code.

export const SCALES: Record<string, number> = {
  USD: 2, EUR: 2, GBP: 2, CHF: 2, CAD: 2, AUD: 2, SGD: 2, INR: 2, MXN: 2,
  JPY: 0, XAF: 0, BHD: 3, KWD: 3, USDC: 6, BTC: 8,
};

const AMOUNT = /^-?\d{1,12}(\.\d+)?$/;

/** Whether `amount` is a decimal string with exactly the currency's number of decimals. */
export function atScale(amount: string, currency: string): boolean {
  const scale = SCALES[currency];
  if (scale === undefined || !AMOUNT.test(amount)) return false;
  const dot = amount.indexOf(".");
  return scale === 0 ? dot < 0 : dot >= 0 && amount.length - dot - 1 === scale;
}

/** Minor units of a decimal string already at its scale. */
export function units(amount: string): bigint {
  return BigInt(amount.replace(".", ""));
}

/** A decimal string as numerator / 10^decimals. */
export function ratio(decimal: string): { num: bigint; den: bigint } {
  const [int, frac = ""] = decimal.split(".");
  return { num: BigInt(int! + frac), den: 10n ** BigInt(frac.length) };
}
