import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { batchPayoutListSpec } from "@/lib/filters/list-queries";
import { dataRoute, pathParam, queryOf } from "@/lib/http/data-route";

export const GET = dataRoute<{ id: string }>((request, { anton, signal }, { id }) => {
  const query = queryOf(batchPayoutListSpec, request);
  return anton.listBatchPayouts(pathParam(id, ID_PATTERNS.batch, "id", "bat_01HX…"), query, { signal });
});
