import { ListPagePlaceholder } from "@/components/ui/list-page-placeholder";

/** What the server sends for /batches: the page's frame with skeleton rows, no data, no zone. */
export function BatchesPlaceholder() {
  return <ListPagePlaceholder title="Batches" subtitle="Newest first" noun="batches" toolbar={[96]} cells={["w-48", "w-20", "w-32", "ml-auto w-24"]} />;
}
