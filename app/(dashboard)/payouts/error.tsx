"use client";

import { PageError, type SegmentErrorProps } from "@/components/ui/page-error";

export default function PayoutsError(props: SegmentErrorProps) {
  return <PageError title="The payouts page failed to show" {...props} />;
}
