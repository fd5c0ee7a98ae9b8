import { listBatchRows } from "@/lib/batches/batch-rows";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";
import { batchPayoutListSpec } from "@/lib/filters/list-queries";
import { dataRoute, pathParam, queryOf } from "@/lib/http/data-route";

export const GET = dataRoute<{ id: string }>((request, { anton, signal }, { id }) =>
  listBatchRows(anton, pathParam(id, ID_PATTERNS.batch, "id", "bat_01HX…"), queryOf(batchPayoutListSpec, request), { signal }),
);
