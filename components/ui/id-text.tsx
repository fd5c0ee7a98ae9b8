/** Anton's IDs today: a prefix and a ULID, `pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB`. ID columns are sized for them. */
const CURRENT_ID_LENGTH = 30;

/** How an ID or other opaque code reads in a table: monospaced, small, muted. */
export const MONO_TEXT = "font-mono text-xs text-gray-700";

const FITS = `${MONO_TEXT} whitespace-nowrap`;
const CUT = `${MONO_TEXT} min-w-0 truncate`;

/**
 * An ID in a table cell. One of today's length fits its column and draws unclipped (a clip
 * in every row costs every scroll frame); IDs are opaque, so a longer one is cut with an
 * ellipsis and shown whole on hover.
 */
export function IdText({ id }: { id: string }) {
  const fits = id.length <= CURRENT_ID_LENGTH;
  return (
    <span className={fits ? FITS : CUT} title={fits ? undefined : id}>
      {id}
    </span>
  );
}
