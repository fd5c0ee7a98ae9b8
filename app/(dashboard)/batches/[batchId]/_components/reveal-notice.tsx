import { Button } from "@/components/ui/button";
import type { RevealState } from "./use-reveal-payout";

const count = new Intl.NumberFormat("en-US");

const ELSEWHERE = {
  other_batch: "The linked payout belongs to another batch, so it has no row here.",
  filtered: "The linked payout's row is hidden by the filters.",
  not_found: "The linked payout is not among this batch's rows.",
  bound: "The linked payout's row was not among the first rows loaded.",
} as const;

/** Where the linked payout's row is while the table looks for it, or why it is not shown. */
export function RevealNotice({ state, onClearFilters }: { state: RevealState; onClearFilters: () => void }) {
  if (state.kind === "searching") {
    return (
      <p role="status" className="text-sm text-gray-600">
        Finding the linked payout&apos;s row… {count.format(state.loaded)} rows loaded
      </p>
    );
  }
  if (state.kind !== "elsewhere") return null;
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-gray-600">
      {ELSEWHERE[state.reason]}
      {state.reason === "filtered" && (
        <Button size="sm" onClick={onClearFilters}>
          Clear filters
        </Button>
      )}
    </p>
  );
}
