import { PAYOUT_STATUSES, type Payout } from "../data/types.js";
import { notFound } from "../errors.js";
import { paginate, parsePaging, type Page } from "../pagination.js";
import type { Query } from "../query.js";
import { enumSet, nonEmpty, pathId, PATTERNS, patterned, timestamp } from "./params.js";
import type { Store } from "./store.js";

// GET /v1/payouts: every filter of anton-api.md, combined with AND. Unknown
// parameters are ignored; a known one that is malformed is a 400 naming it.

export function listPayouts(store: Store, query: Query): Page<Payout> {
  const statuses = enumSet(query, "status", PAYOUT_STATUSES);
  const beneficiaryId = patterned(query, "beneficiary_id", PATTERNS.beneficiary);
  const instrumentId = patterned(query, "instrument_id", PATTERNS.instrument);
  const batchId = patterned(query, "batch_id", PATTERNS.batch);
  const destCurrency = patterned(query, "dest_currency", PATTERNS.destCurrency);
  const reference = nonEmpty(query, "reference");
  const after = timestamp(query, "created_after");
  const before = timestamp(query, "created_before");
  const paging = parsePaging(query);
  const created = store.payoutCreatedMs;

  return paginate(store.payouts, paging, (p, i) => {
    if (statuses && !statuses.has(p.status)) return false;
    if (beneficiaryId !== undefined && p.beneficiary_id !== beneficiaryId) return false;
    if (instrumentId !== undefined && p.instrument_id !== instrumentId) return false;
    if (batchId !== undefined && p.batch_id !== batchId) return false;
    if (destCurrency !== undefined && p.dest_currency !== destCurrency) return false;
    if (reference !== undefined && p.reference !== reference) return false;
    if (after !== undefined && created[i]! < after) return false;
    if (before !== undefined && created[i]! > before) return false;
    return true;
  });
}

export function getPayout(store: Store, id: string): Payout {
  const payout = store.payout(pathId(id, "id", PATTERNS.payout));
  if (!payout) throw notFound("payout not found");
  return payout;
}
