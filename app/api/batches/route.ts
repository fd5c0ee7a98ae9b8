import { batchListSpec } from "@/lib/filters/list-queries";
import { dataRoute, queryOf } from "@/lib/http/data-route";

export const GET = dataRoute((request, { anton, signal }) => anton.listBatches(queryOf(batchListSpec, request), { signal }));
