import { dataRoute, queryOf } from "@/lib/http/data-route";

export const GET = dataRoute((request, { anton, signal }) => {
  queryOf({}, request);
  return anton.listBalances({ signal });
});
