"use client";

import { Button } from "@/components/ui/button";

/** A render error in the batches pages (data errors have their own states in the tables). */
export default function BatchesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-16 max-w-md rounded-lg border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-base font-semibold">The batches page failed to show</h1>
      <p className="mt-1 text-sm text-gray-600">Reload the page; if it happens again, quote this reference to support.</p>
      {error.digest && <code className="mt-2 block font-mono text-xs text-gray-500">{error.digest}</code>}
      <Button variant="primary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
