import { transactionListSpec } from "@/lib/filters/list-queries";
import { dataRoute, queryOf } from "@/lib/http/data-route";
import { listFilteredTransactions } from "@/lib/transactions/filtered-transactions";

export const GET = dataRoute((request, { anton, signal }) => listFilteredTransactions(anton, queryOf(transactionListSpec, request), { signal }));
