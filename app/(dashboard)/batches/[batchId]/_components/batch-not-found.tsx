import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { InboxIcon } from "@/components/ui/icons";

/** An unknown or malformed batch ID: say so plainly and offer the way back. */
export function BatchNotFound() {
  return (
    <div className="mx-auto mt-16 flex max-w-md flex-col items-center rounded-lg border border-gray-200 bg-white p-8 text-center">
      <div className="flex size-10 items-center justify-center rounded-full bg-gray-100 text-gray-500">
        <InboxIcon className="size-5" />
      </div>
      <h1 className="mt-3 text-base font-semibold">Batch not found</h1>
      <p className="mt-1 text-sm text-gray-600">
        No batch of this account has this ID. Check the link, or find the batch in the list. Batch IDs look like{" "}
        <code className="font-mono text-xs">bat_01HX…</code>.
      </p>
      <Link href="/batches" className={buttonClass("primary", "md", "mt-4")}>
        All batches
      </Link>
    </div>
  );
}
