import { buildPayout, type BuiltPayout } from "./build-payout.js";
import { planBatches, type BatchPlan } from "./batch-plan.js";
import { currency } from "./currencies.js";
import { isoSeconds, makeId } from "./ids.js";
import { formatMinor } from "./money.js";
import type { Beneficiary } from "./parties.js";
import { pickInstrument, pickSourceCurrency, pickStatus } from "./payout-choices.js";
import type { Prng } from "./prng.js";
import { makeReference } from "./references.js";
import type { Batch, PayoutStatus } from "./types.js";

// Batch counts (documented invariants, checked by the tests):
//   uploaded, validating: not validated yet, so valid/invalid/warning rows are 0;
//   later: total_rows = valid_rows + invalid_rows (validation_failed: all invalid);
//   warning_rows <= valid_rows;
//   confirmed and later: skipped_rows = invalid_rows (invalid rows are skipped), else 0;
//   processed_rows = payouts the batch created = its rows in batchRows (valid_rows once
//   processing/completed/partial/failed, 0 before); summary.estimated_debits = the sum of
//   its payouts' total_debited (an estimate from the file before payouts exist).

export interface GeneratedBatches {
  batches: Batch[];
  batchRows: Map<string, string[]>;
  payouts: BuiltPayout[];
}

interface Context {
  merchantId: string;
  beneficiaries: readonly Beneficiary[];
  nowS: number;
}

const WITH_PAYOUTS = new Set(["processing", "completed", "partial", "failed"]);
const VALIDATED = new Set(["validated", "confirmed", "cancelled", ...WITH_PAYOUTS]);

const PARTIAL_ROWS = { completed: 80, failed: 12, returned: 8 };

/** Payout status of a row; the first rows pin what the batch status promises. */
function rowStatus(rng: Prng, plan: BatchPlan, ageS: number, row: number): PayoutStatus {
  if (plan.status === "completed") return "completed";
  if (plan.status === "failed") return row === 0 || rng.chance(0.9) ? "failed" : "screening_failed";
  if (plan.status === "partial") return row === 0 ? "failed" : row === 1 ? "completed" : (rng.weighted(PARTIAL_ROWS) as PayoutStatus);
  return row === 0 ? "processing" : pickStatus(rng, ageS);
}

function buildRows(rng: Prng, ctx: Context, plan: BatchPlan, batchId: string, source: string, valid: number, confirmedS: number) {
  // Payouts are created in a shuffled order relative to the file's rows.
  const spread = Math.max(0, Math.min(Math.ceil(valid / 5), ctx.nowS - confirmedS - 1));
  const ranks = rng.shuffle(Array.from({ length: valid }, (_, i) => i));
  const built: BuiltPayout[] = [];
  for (let row = 0; row < valid; row++) {
    const createdS = confirmedS + 1 + Math.floor((ranks[row]! * spread) / Math.max(1, valid));
    const { beneficiary, instrument } = pickInstrument(rng, ctx.beneficiaries);
    built.push(
      buildPayout(rng, {
        merchantId: ctx.merchantId, beneficiary, instrument, sourceCurrency: source, batchId,
        status: rowStatus(rng, plan, ctx.nowS - createdS, row), createdS, nowS: ctx.nowS,
        reference: makeReference(rng, createdS * 1000, row + 1),
      }),
    );
  }
  const ids = built.map((b) => b.payout.id);
  const byCreation = [...built].sort((a, b) => (a.payout.created_at < b.payout.created_at ? -1 : a.payout.created_at > b.payout.created_at ? 1 : a.payout.id < b.payout.id ? -1 : 1));
  if (ids.length > 1 && byCreation.every((b, i) => b.payout.id === ids[i])) [ids[0], ids[1]] = [ids[1]!, ids[0]!];
  return { built, ids };
}

function makeBatch(rng: Prng, ctx: Context, plan: BatchPlan, out: GeneratedBatches): void {
  const id = makeId("bat_", plan.createdS * 1000 + rng.int(1000), rng);
  const total = plan.totalRows;
  const source = pickSourceCurrency(rng, "USD");
  const invalid = plan.status === "validation_failed" ? total : total >= 5000 ? 0 : VALIDATED.has(plan.status) ? Math.floor(total * rng.next() * 0.04) : 0;
  const valid = VALIDATED.has(plan.status) ? total - invalid : 0;
  const confirmedS = plan.createdS + Math.ceil(total / 50) + rng.range(120, Math.min(6 * 3600, Math.max(121, Math.floor((ctx.nowS - plan.createdS) / 3))));
  const confirmed = plan.status === "confirmed" || WITH_PAYOUTS.has(plan.status);
  const { built, ids } = WITH_PAYOUTS.has(plan.status) ? buildRows(rng, ctx, plan, id, source, valid, confirmedS) : { built: [], ids: [] };

  let updatedS = confirmed ? confirmedS : plan.createdS + (plan.status === "uploaded" ? 0 : Math.min(60 + Math.ceil(total / 50), ctx.nowS - plan.createdS));
  for (const b of built) updatedS = Math.max(updatedS, b.life.updatedS);
  const batch: Batch = {
    id, merchant_id: ctx.merchantId, uploaded_by: plan.uploadedBy, status: plan.status,
    file_name: plan.fileName, file_format: plan.fileFormat,
    file_size: plan.fileFormat === "csv" ? 120 + total * rng.range(90, 110) : 4200 + total * rng.range(38, 46),
    total_rows: total, valid_rows: valid, invalid_rows: invalid,
    warning_rows: valid > 0 ? Math.floor(valid * rng.next() * 0.05) : 0,
    skipped_rows: confirmed ? invalid : 0, processed_rows: ids.length,
    created_at: isoSeconds(plan.createdS * 1000), updated_at: "",
  };
  if (VALIDATED.has(plan.status)) {
    const scale = currency(source).scale;
    const methods: Record<string, number> = {};
    let sum = 0n;
    for (const b of built) {
      sum += b.amounts.totalMinor;
      methods[b.payout.method] = (methods[b.payout.method] ?? 0) + 1;
    }
    if (built.length === 0) {
      sum = BigInt(valid) * BigInt(rng.range(50, 900)) * 10n ** BigInt(scale);
      methods[source === "EUR" ? "sepa" : source === "USDC" ? "stablecoin" : "bank_transfer"] = valid;
    }
    batch.summary = { estimated_debits: [{ currency: source, amount: formatMinor(sum, scale) }], methods };
    batch.source_currency = source;
  }
  if (["uploaded", "validating", "validated"].includes(plan.status)) batch.expires_at = isoSeconds((plan.createdS + 86_400) * 1000);
  if (confirmed) batch.confirmed_at = isoSeconds(confirmedS * 1000);
  if (["completed", "partial", "failed"].includes(plan.status)) {
    updatedS = Math.min(ctx.nowS, updatedS + rng.range(1, 120));
    batch.completed_at = isoSeconds(updatedS * 1000);
  }
  batch.updated_at = isoSeconds(updatedS * 1000);
  out.batches.push(batch);
  out.batchRows.set(id, ids);
  out.payouts.push(...built);
}

export function generateBatches(rng: Prng, ctx: Context, startS: number): GeneratedBatches {
  const out: GeneratedBatches = { batches: [], batchRows: new Map(), payouts: [] };
  for (const plan of planBatches(rng, startS, ctx.nowS)) makeBatch(rng, ctx, plan, out);
  return out;
}
