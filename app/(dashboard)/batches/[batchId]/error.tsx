"use client";

import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

/** A render error on one batch's page (data errors have their own states in each panel). */
export default function BatchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-16 max-w-md rounded-lg border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-base font-semibold">This batch failed to show</h1>
      <p className="mt-1 text-sm text-gray-600">Try again; if it happens again, quote this reference to support.</p>
      {error.digest && <code className="mt-2 block font-mono text-xs text-gray-500">{error.digest}</code>}
      <div className="mt-4 flex justify-center gap-2">
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
        <Link href="/batches" className={buttonClass()}>
          All batches
        </Link>
      </div>
    </div>
  );
}
