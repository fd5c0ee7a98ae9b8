import { queryOptions, useQuery } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

/** One account's balance: decimal strings at the currency's scale. */
export interface Balance {
  id: string;
  merchant_id: string;
  currency: string;
  available: string;
  pending: string;
  total: string;
  updated_at: string;
}

export function fetchBalances(signal?: AbortSignal): Promise<{ data: Balance[] }> {
  return fetchJson<{ data: Balance[] }>("/api/balances", signal);
}

/** Every account's balance, one per currency; a minute old at most when the page mounts again. */
export function balancesQueryOptions() {
  return queryOptions({
    queryKey: ["balances"] as const,
    queryFn: ({ signal }) => fetchBalances(signal),
    select: (body) => body.data,
    staleTime: 60_000,
  });
}

export function useBalances() {
  return useQuery(balancesQueryOptions());
}
