import "server-only";

import { batchSchema, pageSchema, payoutSchema, type Batch, type Page, type Payout } from "../schemas";
import type { AntonFetch } from "../transport";
import { BATCH_ID, parseResponse, pathId, type PageParams, type RequestOptions } from "./shared";

export interface ListBatchesParams extends PageParams {
  status?: readonly string[] | undefined;
}

/** GET /v1/batches/{id}/payouts takes only limit and cursor. */
export type ListBatchPayoutsParams = PageParams;

const batchPage = pageSchema(batchSchema);
const payoutPage = pageSchema(payoutSchema);

export async function listBatches(
  anton: AntonFetch,
  params: ListBatchesParams = {},
  options: RequestOptions = {},
): Promise<Page<Batch>> {
  const response = await anton(["v1", "batches"], {
    query: { limit: params.limit, cursor: params.cursor, status: params.status },
    signal: options.signal,
  });
  return parseResponse(batchPage, response, "batches page");
}

export async function getBatch(anton: AntonFetch, id: string, options: RequestOptions = {}): Promise<Batch> {
  const response = await anton(["v1", "batches", pathId(id, BATCH_ID, "id")], { signal: options.signal });
  return parseResponse(batchSchema, response, "batch");
}

/** Payouts a batch created, in the uploaded file's row order. */
export async function listBatchPayouts(
  anton: AntonFetch,
  batchId: string,
  params: ListBatchPayoutsParams = {},
  options: RequestOptions = {},
): Promise<Page<Payout>> {
  const response = await anton(["v1", "batches", pathId(batchId, BATCH_ID, "batchId"), "payouts"], {
    query: { limit: params.limit, cursor: params.cursor },
    signal: options.signal,
  });
  return parseResponse(payoutPage, response, "batch payouts page");
}
