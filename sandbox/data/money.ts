// Decimal-string money in BigInt minor units. Floats never hold an amount.

export const RATE_DECIMALS = 12;
const RATE_ONE = 10n ** BigInt(RATE_DECIMALS);

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Parses a plain decimal string ("-12.5") into an integer scaled by 10^scale (exact, or throws). */
export function parseScaled(value: string, scale: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) throw new Error(`not a decimal: ${value}`);
  const frac = m[3] ?? "";
  if (frac.length > scale && /[^0]/.test(frac.slice(scale))) throw new Error(`${value} has more than ${scale} decimals`);
  const digits = BigInt(m[2]! + frac.slice(0, scale).padEnd(scale, "0"));
  return m[1] ? -digits : digits;
}

/** Formats minor units at a scale: formatMinor(-1234n, 2) === "-12.34". */
export function formatMinor(minor: bigint, scale: number): string {
  const neg = minor < 0n;
  const abs = neg ? -minor : minor;
  let s = abs.toString();
  if (scale > 0) {
    s = s.padStart(scale + 1, "0");
    s = `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  }
  return neg ? `-${s}` : s;
}

/** Rate as an integer scaled by 10^RATE_DECIMALS. */
export function parseRate(value: string): bigint {
  return parseScaled(value, RATE_DECIMALS);
}

/** Rate string without trailing zeros ("0.921300000000" -> "0.9213"). */
export function formatRate(rate: bigint): string {
  return formatMinor(rate, RATE_DECIMALS).replace(/\.?0+$/, "");
}

export function divCeil(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** dest minor units = source minor × rate, rounded down (fixed_source). */
export function convertDown(sourceMinor: bigint, sourceScale: number, rate: bigint, destScale: number): bigint {
  return (sourceMinor * rate * pow10(destScale)) / (pow10(sourceScale) * RATE_ONE);
}

/** source minor units needed to deliver dest minor units at a rate, rounded up (fixed_dest). */
export function convertUp(destMinor: bigint, destScale: number, rate: bigint, sourceScale: number): bigint {
  return divCeil(destMinor * pow10(sourceScale) * RATE_ONE, rate * pow10(destScale));
}

/** Amount in a currency's minor units worth `usdCents` US cents at its indicative rate. */
export function fromUsdCents(usdCents: bigint, perUsd: bigint, scale: number): bigint {
  return (usdCents * perUsd * pow10(scale)) / (100n * RATE_ONE);
}

export { RATE_ONE };
