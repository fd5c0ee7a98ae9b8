"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageError, type SegmentErrorProps } from "@/components/ui/page-error";

export default function BatchError(props: SegmentErrorProps) {
  return (
    <PageError title="This batch failed to show" {...props}>
      <Link href="/batches" className={buttonClass()}>
        All batches
      </Link>
    </PageError>
  );
}
