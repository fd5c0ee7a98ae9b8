import type { Metadata } from "next";
import { Suspense } from "react";
import { TransactionsPlaceholder } from "./_components/transactions-placeholder";
import { TransactionsView } from "./_components/transactions-view";

export const metadata: Metadata = { title: "Transactions" };

export default function TransactionsPage() {
  // The view reads its filters from the URL (useSearchParams), hence the boundary.
  return (
    <Suspense fallback={<TransactionsPlaceholder />}>
      <TransactionsView />
    </Suspense>
  );
}
