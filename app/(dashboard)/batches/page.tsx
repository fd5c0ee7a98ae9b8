import type { Metadata } from "next";
import { Suspense } from "react";
import { BatchesPlaceholder } from "./_components/batches-placeholder";
import { BatchesView } from "./_components/batches-view";

export const metadata: Metadata = { title: "Batches" };

export default function BatchesPage() {
  // The view reads its filter from the URL (useSearchParams), hence the boundary.
  return (
    <Suspense fallback={<BatchesPlaceholder />}>
      <BatchesView />
    </Suspense>
  );
}
