import Link from "next/link";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";

/** The reference; a payout's own transactions carry its ID, which opens that payout. */
export function TransactionReference({ reference }: { reference: string }) {
  if (ID_PATTERNS.payout.test(reference)) {
    return (
      <Link href={`/payouts?payout=${reference}`} prefetch={false} title={`Open payout ${reference}`} className="block truncate font-mono text-xs text-brand hover:underline">
        {reference}
      </Link>
    );
  }
  return (
    <span className="block truncate" title={reference}>
      {reference}
    </span>
  );
}
