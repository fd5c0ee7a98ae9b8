import "server-only";

import { balanceSchema, listSchema, type Balance, type List } from "../schemas";
import type { AntonFetch } from "../transport";
import { parseResponse, type RequestOptions } from "./shared";

const balanceList = listSchema(balanceSchema);

/** One balance per currency: `{data: Balance[]}`. */
export async function listBalances(anton: AntonFetch, options: RequestOptions = {}): Promise<List<Balance>> {
  const response = await anton(["v1", "balances"], { signal: options.signal });
  return parseResponse(balanceList, response, "balances");
}
