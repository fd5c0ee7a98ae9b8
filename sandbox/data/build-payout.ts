import { isoSeconds, makeId } from "./ids.js";
import type { Beneficiary, Instrument } from "./parties.js";
import { makeTxHash } from "./parties.js";
import { computeAmounts, type PayoutAmounts } from "./payout-amounts.js";
import { cancelledReason, failureReason, makeLifecycle, type Lifecycle } from "./payout-lifecycle.js";
import type { Prng } from "./prng.js";
import type { Payout, PayoutStatus } from "./types.js";

const PURPOSES = ["supplier_payment", "payroll", "contractor_payment", "marketplace_payout", "refund", "royalties", "affiliate_commission", "expense_reimbursement"];
const RAIL_REF = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

export interface PayoutSpec {
  merchantId: string;
  beneficiary: Beneficiary;
  instrument: Instrument;
  sourceCurrency: string;
  status: PayoutStatus;
  createdS: number;
  nowS: number;
  reference: string;
  batchId?: string;
}

export interface BuiltPayout {
  payout: Payout;
  amounts: PayoutAmounts;
  /** The payout's timestamps as Unix seconds (no re-parsing downstream). */
  life: Lifecycle;
  beneficiaryName: string;
}

const AFTER_PROCESSING = new Set<PayoutStatus>(["processing", "sent", "completed", "failed", "returned"]);
const BROADCAST = new Set<PayoutStatus>(["sent", "completed", "returned"]);
const TERMINAL = new Set<PayoutStatus>(["completed", "failed", "returned", "screening_failed", "velocity_blocked", "cancelled"]);

/** One payout consistent with its status; falls back to `created` when the lifecycle cannot fit before now. */
export function buildPayout(rng: Prng, spec: PayoutSpec): BuiltPayout {
  const { instrument } = spec;
  let status = spec.status;
  let life: Lifecycle | null = makeLifecycle(rng, status, instrument.rail, spec.createdS, spec.nowS);
  if (!life) {
    status = "created";
    life = { stamps: {}, updatedS: spec.createdS };
  }
  const fixedSide = rng.chance(0.6) ? "fixed_dest" : "fixed_source";
  const amounts = computeAmounts(rng, spec.sourceCurrency, instrument.currency, fixedSide, instrument.rail);
  const s = life.stamps;
  const crypto = instrument.rail !== "fiat";

  const payout: Payout = {
    id: makeId("pay_", spec.createdS * 1000 + rng.int(1000), rng),
    merchant_id: spec.merchantId,
    beneficiary_id: spec.beneficiary.id,
    instrument_id: instrument.id,
    ...(spec.batchId ? { batch_id: spec.batchId } : {}),
    status,
    method: instrument.method,
    source_amount: amounts.fields.source_amount,
    source_currency: spec.sourceCurrency,
    dest_amount: amounts.fields.dest_amount,
    dest_currency: instrument.currency,
    ...(amounts.fields.exchange_rate ? { exchange_rate: amounts.fields.exchange_rate } : {}),
    fee: amounts.fields.fee,
    fee_currency: spec.sourceCurrency,
    fee_bearer: rng.chance(0.85) ? "merchant" : "beneficiary",
    fixed_side: fixedSide,
    total_debited: amounts.fields.total_debited,
    total_debited_currency: spec.sourceCurrency,
    fee_finalized: TERMINAL.has(status),
    buffer_amount: amounts.fields.buffer_amount,
    buffer_currency: spec.sourceCurrency,
    rail_type: instrument.rail,
    purpose: rng.pick(PURPOSES),
    reference: spec.reference,
    created_at: isoSeconds(spec.createdS * 1000),
    updated_at: isoSeconds(life.updatedS * 1000),
  };
  if (AFTER_PROCESSING.has(status)) payout.rail_provider = instrument.provider;
  if (AFTER_PROCESSING.has(status) && status !== "processing") payout.rail_reference = `${instrument.provider.slice(0, 3).toUpperCase()}${rng.chars(RAIL_REF, 12)}`;
  if (crypto) {
    payout.network = instrument.network!;
    payout.wallet_address = instrument.walletAddress!;
    if (BROADCAST.has(status)) payout.tx_hash = makeTxHash(rng, instrument.network!);
  }
  if (s.screened_at !== undefined) payout.screened_at = isoSeconds(s.screened_at * 1000);
  if (s.approved_at !== undefined) payout.approved_at = isoSeconds(s.approved_at * 1000);
  if (s.processed_at !== undefined) payout.processed_at = isoSeconds(s.processed_at * 1000);
  if (s.completed_at !== undefined) payout.completed_at = isoSeconds(s.completed_at * 1000);
  if (s.failed_at !== undefined) payout.failed_at = isoSeconds(s.failed_at * 1000);
  if (s.cancelled_at !== undefined) payout.cancelled_at = isoSeconds(s.cancelled_at * 1000);
  const reason = failureReason(rng, status);
  if (reason) payout.failure_reason = reason;
  if (status === "cancelled") payout.cancelled_reason = cancelledReason(rng);
  if (rng.chance(0.1)) payout.metadata = { invoice_id: `INV-${rng.range(10000, 99999)}`, cost_center: rng.pick(["ops", "sales", "r&d", "finance"]) };

  return { payout, amounts, life, beneficiaryName: spec.beneficiary.name };
}
