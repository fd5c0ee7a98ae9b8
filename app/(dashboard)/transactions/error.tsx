"use client";

import { PageError, type SegmentErrorProps } from "@/components/ui/page-error";

export default function TransactionsError(props: SegmentErrorProps) {
  return <PageError title="The transactions page failed to show" {...props} />;
}
