import { BATCH_STATUSES, type Batch, type Payout } from "../data/types.js";
import { notFound } from "../errors.js";
import { paginate, parsePaging, type Page } from "../pagination.js";
import type { Query } from "../query.js";
import { enumSet, pathId, PATTERNS } from "./params.js";
import type { Store } from "./store.js";

export function listBatches(store: Store, query: Query): Page<Batch> {
  const statuses = enumSet(query, "status", BATCH_STATUSES);
  const paging = parsePaging(query);
  return paginate(store.batches, paging, statuses ? (b) => statuses.has(b.status) : undefined);
}

export function getBatch(store: Store, id: string): Batch {
  const batch = store.batch(pathId(id, "id", PATTERNS.batch));
  if (!batch) throw notFound("batch not found");
  return batch;
}

/** GET /v1/batches/{id}/payouts: the batch's payouts in the uploaded file's row order. */
export function listBatchPayouts(store: Store, id: string, query: Query): Page<Payout> {
  const rows = store.batchPayouts(pathId(id, "id", PATTERNS.batch));
  if (!rows) throw notFound("batch not found");
  return paginate(rows, parsePaging(query));
}
