"use client";

import type { ReactNode } from "react";
import { Button } from "./button";

export interface SegmentErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * What a route segment's error.tsx shows when a page fails to render (data errors have
 * their own states in the tables): a title, the digest to quote to support, Try again.
 */
export function PageError({ title, error, reset, children }: SegmentErrorProps & { title: string; children?: ReactNode }) {
  return (
    <div role="alert" className="mx-auto mt-16 max-w-md rounded-lg border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-base font-semibold">{title}</h1>
      <p className="mt-1 text-sm text-gray-600">Try again; if it happens again, quote this reference to support.</p>
      {error.digest && <code className="mt-2 block font-mono text-xs text-gray-500">{error.digest}</code>}
      <div className="mt-4 flex justify-center gap-2">
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
        {children}
      </div>
    </div>
  );
}
