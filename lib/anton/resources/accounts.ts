import "server-only";

import { accountSchema, pageSchema, type Account, type Page } from "../schemas";
import type { AntonFetch } from "../transport";
import { parseResponse, type PageParams, type RequestOptions } from "./shared";

const accountPage = pageSchema(accountSchema, { hasMoreOptional: true });

/** The merchant's funding accounts, one per currency (a short list; paging is accepted). */
export async function listAccounts(
  anton: AntonFetch,
  params: PageParams = {},
  options: RequestOptions = {},
): Promise<Page<Account>> {
  const response = await anton(["v1", "accounts"], {
    query: { limit: params.limit, cursor: params.cursor },
    signal: options.signal,
  });
  return parseResponse(accountPage, response, "accounts");
}
