import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { findBatch } from "@/lib/batches/find-batch";
import { BatchPlaceholder } from "./_components/batch-placeholder";
import { BatchView } from "./_components/batch-view";

interface BatchPageProps {
  params: Promise<{ batchId: string }>;
}

export async function generateMetadata({ params }: BatchPageProps): Promise<Metadata> {
  const lookup = await findBatch((await params).batchId);
  // Metadata resolves before anything is sent (next.config.ts), so this answers 404.
  if (lookup.kind === "not_found") notFound();
  return { title: lookup.kind === "found" ? `${lookup.batch.file_name} · Batches` : "Batch" };
}

export default async function BatchPage({ params }: BatchPageProps) {
  const { batchId } = await params;
  const lookup = await findBatch(batchId);
  if (lookup.kind === "not_found") notFound();
  // The view reads its filters and the open payout from the URL (useSearchParams).
  return (
    <Suspense fallback={<BatchPlaceholder />}>
      <BatchView batchId={batchId} initialBatch={lookup.kind === "found" ? lookup.batch : undefined} />
    </Suspense>
  );
}
