import { formatDateTime } from "@/lib/dates";

/** A table's time: in the page's zone, with UTC on hover. */
export function Timestamp({ iso, timeZone }: { iso: string; timeZone: string }) {
  return (
    <time dateTime={iso} title={`${formatDateTime(iso, "UTC")} UTC`} className="tabular-nums text-gray-700">
      {formatDateTime(iso, timeZone)}
    </time>
  );
}
