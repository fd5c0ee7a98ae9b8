import { payoutListSpec } from "@/lib/filters/list-queries";
import { dataRoute, queryOf } from "@/lib/http/data-route";

export const GET = dataRoute((request, { anton, signal }) => anton.listPayouts(queryOf(payoutListSpec, request), { signal }));
