import { currency } from "./currencies.js";
import { convertDown, convertUp, formatMinor, formatRate, fromUsdCents, pow10, RATE_ONE } from "./money.js";
import type { Prng } from "./prng.js";
import type { RailType } from "./types.js";

// Amounts of one payout, all in BigInt minor units:
//   exchange_rate (only when source ≠ dest): dest units per source unit, 8 significant digits
//   fixed_dest:   dest chosen, source = ceil(dest / rate);  fixed_source: dest = floor(source × rate)
//   fee:          in the source currency, 0.3% (fiat) or 0.5% (crypto rails) + a fixed part
//   buffer:       0.5% of source on fixed_dest FX payouts, whose source amount may move with
//                 the rate (held, then released when the payout settles), else 0
//   total_debited = source + fee + buffer, in the source currency

export interface PayoutAmounts {
  sourceMinor: bigint;
  destMinor: bigint;
  feeMinor: bigint;
  bufferMinor: bigint;
  totalMinor: bigint;
  rate?: string;
  fields: {
    source_amount: string;
    dest_amount: string;
    exchange_rate?: string;
    fee: string;
    buffer_amount: string;
    total_debited: string;
  };
}

function roundSignificant(value: bigint, digits: number): bigint {
  const len = value.toString().length;
  if (len <= digits) return value;
  const factor = pow10(len - digits);
  return (value / factor) * factor;
}

export function computeAmounts(
  rng: Prng,
  sourceCode: string,
  destCode: string,
  fixedSide: "fixed_dest" | "fixed_source",
  rail: RailType,
): PayoutAmounts {
  const src = currency(sourceCode);
  const dst = currency(destCode);
  const srcPerUsd = src.perUsdScaled;
  const dstPerUsd = dst.perUsdScaled;
  const maxUsd = destCode === "BTC" ? 20_000 : 60_000;
  const usdCents = BigInt(Math.floor(rng.logUniform(12, maxUsd) * 100));

  let sourceMinor: bigint;
  let destMinor: bigint;
  let rate: bigint | undefined;
  if (sourceCode === destCode) {
    sourceMinor = destMinor = fromUsdCents(usdCents, srcPerUsd, src.scale) || 1n;
  } else {
    const jitterPpm = BigInt(rng.range(-20_000, 20_000));
    rate = roundSignificant((dstPerUsd * RATE_ONE * (1_000_000n + jitterPpm)) / (srcPerUsd * 1_000_000n), 8);
    if (fixedSide === "fixed_dest") {
      destMinor = fromUsdCents(usdCents, dstPerUsd, dst.scale) || 1n;
      sourceMinor = convertUp(destMinor, dst.scale, rate, src.scale);
    } else {
      sourceMinor = fromUsdCents(usdCents, srcPerUsd, src.scale) || 1n;
      destMinor = convertDown(sourceMinor, src.scale, rate, dst.scale);
      if (destMinor === 0n) {
        destMinor = 1n;
        sourceMinor = convertUp(destMinor, dst.scale, rate, src.scale);
      }
    }
  }

  const bps = rail === "fiat" ? 30n : 50n;
  const fixedFee = fromUsdCents(rail === "fiat" ? 50n : 100n, srcPerUsd, src.scale);
  const feeMinor = (sourceMinor * bps) / 10_000n + fixedFee;
  const bufferMinor = rate === undefined || fixedSide === "fixed_source" ? 0n : (sourceMinor * 50n) / 10_000n || 1n;
  const totalMinor = sourceMinor + feeMinor + bufferMinor;
  const rateText = rate === undefined ? undefined : formatRate(rate);

  return {
    sourceMinor,
    destMinor,
    feeMinor,
    bufferMinor,
    totalMinor,
    rate: rateText,
    fields: {
      source_amount: formatMinor(sourceMinor, src.scale),
      dest_amount: formatMinor(destMinor, dst.scale),
      ...(rateText === undefined ? {} : { exchange_rate: rateText }),
      fee: formatMinor(feeMinor, src.scale),
      buffer_amount: formatMinor(bufferMinor, src.scale),
      total_debited: formatMinor(totalMinor, src.scale),
    },
  };
}
