import { breakdownBatch } from "@/lib/batches/batch-breakdown";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { dataRoute, pathParam, queryOf } from "@/lib/http/data-route";

/** The whole batch tallied by status, read upstream page by page (bounded; says when partial). */
export const GET = dataRoute<{ id: string }>((request, { anton, signal }, { id }) => {
  queryOf({}, request);
  return breakdownBatch(anton, pathParam(id, ID_PATTERNS.batch, "id", "bat_01HX…"), { signal });
});
