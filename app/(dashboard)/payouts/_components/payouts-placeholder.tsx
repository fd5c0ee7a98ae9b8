import { ListPagePlaceholder } from "@/components/ui/list-page-placeholder";

/** What the server sends for /payouts: the page's frame with skeleton rows, no data, no zone. */
export function PayoutsPlaceholder() {
  return <ListPagePlaceholder title="Payouts" subtitle="Newest first" noun="payouts" toolbar={[96, 144, 80, 160, 160]} cells={["w-32", "w-20", "w-56", "ml-auto w-24"]} />;
}
