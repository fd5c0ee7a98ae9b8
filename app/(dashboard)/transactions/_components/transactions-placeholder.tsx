import { ListPagePlaceholder } from "@/components/ui/list-page-placeholder";

/** What the server sends for /transactions: the page's frame with skeletons, no data, no zone. */
export function TransactionsPlaceholder() {
  return (
    <ListPagePlaceholder
      title="Transactions"
      subtitle="Every movement on your accounts, newest first"
      noun="transactions"
      toolbar={[128, 80, 88, 144]}
      cells={["w-32", "w-20", "w-16", "w-24", "w-48"]}
      minHeightClass="min-h-[36rem]"
    >
      {/* The balances strip. */}
      <div className="flex gap-2" aria-hidden="true">
        {Array.from({ length: 4 }, (_, index) => (
          <span key={index} className="h-[5.75rem] w-52 animate-pulse rounded-lg border border-gray-200 bg-white" />
        ))}
      </div>
    </ListPagePlaceholder>
  );
}
