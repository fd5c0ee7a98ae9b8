import type { Metadata } from "next";
import { Suspense } from "react";
import { PayoutsPlaceholder } from "./_components/payouts-placeholder";
import { PayoutsView } from "./_components/payouts-view";

export const metadata: Metadata = { title: "Payouts" };

export default function PayoutsPage() {
  // The view reads its filters from the URL (useSearchParams), hence the boundary.
  return (
    <Suspense fallback={<PayoutsPlaceholder />}>
      <PayoutsView />
    </Suspense>
  );
}
