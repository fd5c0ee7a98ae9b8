import "server-only";

import { pageSchema, payoutSchema, type Page, type Payout } from "../schemas";
import type { AntonFetch } from "../transport";
import { parseResponse, pathId, PAYOUT_ID, type PageParams, type RequestOptions } from "./shared";

/** GET /v1/payouts filters (already validated by lib/filters). */
export interface ListPayoutsParams extends PageParams {
  status?: readonly string[] | undefined;
  beneficiary_id?: string | undefined;
  instrument_id?: string | undefined;
  batch_id?: string | undefined;
  dest_currency?: string | undefined;
  reference?: string | undefined;
  created_after?: string | undefined;
  created_before?: string | undefined;
}

const payoutPage = pageSchema(payoutSchema);

export async function listPayouts(
  anton: AntonFetch,
  params: ListPayoutsParams = {},
  options: RequestOptions = {},
): Promise<Page<Payout>> {
  const response = await anton(["v1", "payouts"], {
    // Only what the endpoint accepts is forwarded, whatever else `params` carries.
    query: {
      limit: params.limit,
      cursor: params.cursor,
      status: params.status,
      beneficiary_id: params.beneficiary_id,
      instrument_id: params.instrument_id,
      batch_id: params.batch_id,
      dest_currency: params.dest_currency,
      reference: params.reference,
      created_after: params.created_after,
      created_before: params.created_before,
    },
    signal: options.signal,
  });
  return parseResponse(payoutPage, response, "payouts page");
}

export async function getPayout(anton: AntonFetch, id: string, options: RequestOptions = {}): Promise<Payout> {
  const response = await anton(["v1", "payouts", pathId(id, PAYOUT_ID, "id")], { signal: options.signal });
  return parseResponse(payoutSchema, response, "payout");
}
