import { transactionListSpec } from "@/lib/filters/list-queries";
import { dataRoute, queryOf } from "@/lib/http/data-route";

// Passes straight through for now; server-side filtering by type, status and date is the
// transactions issue's work.
export const GET = dataRoute((request, { anton, signal }) => anton.listTransactions(queryOf(transactionListSpec, request), { signal }));
