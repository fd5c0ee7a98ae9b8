import type { Beneficiary, Instrument } from "./parties.js";
import type { Prng } from "./prng.js";
import type { PayoutStatus } from "./types.js";

// Choices shared by single and batch payouts: who is paid, from which account,
// and which status a payout of a given age is likely to have.

const SOURCE_WEIGHTS = { USD: 45, EUR: 25, GBP: 15, USDC: 10, JPY: 5 } as const;
const ACCOUNTS = new Set(Object.keys(SOURCE_WEIGHTS));

export function pickSourceCurrency(rng: Prng, destCurrency: string): string {
  if (ACCOUNTS.has(destCurrency) && rng.chance(0.55)) return destCurrency;
  return rng.weighted(SOURCE_WEIGHTS);
}

export function pickInstrument(rng: Prng, beneficiaries: readonly Beneficiary[]): { beneficiary: Beneficiary; instrument: Instrument } {
  // A few beneficiaries get most payouts, as with real merchants.
  const i = Math.floor(beneficiaries.length * Math.pow(rng.next(), 2));
  const beneficiary = beneficiaries[i]!;
  return { beneficiary, instrument: rng.pick(beneficiary.instruments) };
}

const SETTLED: Record<string, number> = {
  completed: 86,
  failed: 3.5,
  returned: 1.5,
  cancelled: 3,
  screening_failed: 1.2,
  velocity_blocked: 0.8,
};

const RECENT: Record<string, number> = {
  created: 3,
  pending_screening: 4,
  pending_approval: 8,
  pending_engine_review: 3,
  manual_review: 3,
  approved: 5,
  processing: 8,
  sent: 10,
  completed: 42,
  failed: 3,
  returned: 1,
  cancelled: 3,
  screening_failed: 2,
  velocity_blocked: 2,
};

const LAST_HOUR: Record<string, number> = {
  created: 2,
  pending_screening: 2,
  pending_approval: 2,
  pending_engine_review: 1,
  manual_review: 1,
  approved: 1,
  processing: 2,
  sent: 1,
};

/** Older payouts have settled; the last week still has payouts in flight (weights are constants: the PRNG caches their tables). */
export function pickStatus(rng: Prng, ageS: number): PayoutStatus {
  if (ageS < 3600) return rng.weighted(LAST_HOUR) as PayoutStatus;
  return rng.weighted(ageS > 7 * 86_400 ? SETTLED : RECENT) as PayoutStatus;
}
