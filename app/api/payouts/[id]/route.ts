import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { dataRoute, pathParam, queryOf } from "@/lib/http/data-route";

export const GET = dataRoute<{ id: string }>((request, { anton, signal }, { id }) => {
  queryOf({}, request);
  return anton.getPayout(pathParam(id, ID_PATTERNS.payout, "id", "pay_01HX…"), { signal });
});
