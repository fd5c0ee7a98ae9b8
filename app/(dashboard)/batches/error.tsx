"use client";

import { PageError, type SegmentErrorProps } from "@/components/ui/page-error";

export default function BatchesError(props: SegmentErrorProps) {
  return <PageError title="The batches page failed to show" {...props} />;
}
