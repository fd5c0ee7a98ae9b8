import { buildPayout, type BuiltPayout } from "./build-payout.js";
import type { Beneficiary } from "./parties.js";
import { pickInstrument, pickSourceCurrency, pickStatus } from "./payout-choices.js";
import type { Prng } from "./prng.js";
import { makeReference } from "./references.js";

const DAY = 86_400;

/**
 * Creation time of a single payout: volume grows over the period (density rises
 * linearly towards now), weekends are quieter, and most payouts fall in office hours.
 */
function pickCreatedS(rng: Prng, startS: number, nowS: number): number {
  const span = nowS - startS;
  for (;;) {
    const t = startS + Math.floor(span * Math.sqrt(rng.next()));
    const dayStart = t - (t % DAY);
    const weekday = new Date(dayStart * 1000).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rng.chance(0.65)) continue;
    const tod = rng.chance(0.85) ? 6 * 3600 + rng.int(12 * 3600) : rng.int(DAY);
    const created = dayStart + tod;
    if (created >= startS && created <= nowS) return created;
  }
}

interface Context {
  merchantId: string;
  beneficiaries: readonly Beneficiary[];
  startS: number;
  nowS: number;
}

function one(rng: Prng, ctx: Context, createdS: number, seq: number): BuiltPayout {
  const { beneficiary, instrument } = pickInstrument(rng, ctx.beneficiaries);
  return buildPayout(rng, {
    merchantId: ctx.merchantId,
    beneficiary,
    instrument,
    sourceCurrency: pickSourceCurrency(rng, instrument.currency),
    status: pickStatus(rng, ctx.nowS - createdS),
    createdS,
    nowS: ctx.nowS,
    reference: makeReference(rng, createdS * 1000, seq),
  });
}

/** `count` payouts made one by one (not from a batch), plus a few on the UTC day of now. */
export function generateSinglePayouts(rng: Prng, ctx: Context, count: number): BuiltPayout[] {
  const out: BuiltPayout[] = [];
  for (let i = 0; i < count; i++) out.push(one(rng, ctx, pickCreatedS(rng, ctx.startS, ctx.nowS), 100_000 + i));
  // Guarantee a "today" for date filters, however early in the day `now` falls.
  const dayStart = ctx.nowS - (ctx.nowS % DAY);
  const step = Math.min(1200, Math.floor((ctx.nowS - dayStart) / 9));
  for (let k = 0; k < 8; k++) out.push(one(rng, ctx, ctx.nowS - k * step, 900_000 + k));
  return out;
}
