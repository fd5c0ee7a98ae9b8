import type { StatusTone } from "@/lib/status-tone";

// The dot is the badge's ::before, not an element: a table draws a badge in every row.
const BADGE = "inline-block max-w-full rounded-full px-2 py-0.5 align-middle text-xs font-medium before:me-1.5 before:inline-block before:size-1.5 before:rounded-full before:align-middle";
// Known labels fit their columns and draw unclipped (a clip in every row costs every scroll
// frame); a raw value Anton added since may be any length, so it is cut with an ellipsis.
const KNOWN = `${BADGE} whitespace-nowrap`;
const UNKNOWN = `${BADGE} truncate`;

const TONES: Record<StatusTone, string> = {
  progress: "bg-status-progress-bg text-status-progress before:bg-status-progress",
  attention: "bg-status-attention-bg text-status-attention before:bg-status-attention",
  done: "bg-status-done-bg text-status-done before:bg-status-done",
  stopped: "bg-status-stopped-bg text-status-stopped before:bg-status-stopped",
  neutral: "bg-status-neutral-bg text-status-neutral before:bg-status-neutral",
};

// Every class string built once, not for every row on every scroll frame.
const withTones = (base: string) => Object.fromEntries(Object.entries(TONES).map(([tone, classes]) => [tone, `${base} ${classes}`])) as Record<StatusTone, string>;
const CLASSES = { known: withTones(KNOWN), unknown: withTones(UNKNOWN) };

interface StatusBadgeProps {
  /** What the badge reads: a label for known values, the raw value for unknown ones. */
  label: string;
  tone: StatusTone;
  /** False for a value this dashboard does not know yet: it says so on hover. */
  known: boolean;
}

/** A status as a coloured pill; the colour repeats the text, never replaces it. */
export function StatusBadge({ label, tone, known }: StatusBadgeProps) {
  return (
    <span title={known ? undefined : "A status this dashboard does not know yet"} className={CLASSES[known ? "known" : "unknown"][tone]}>
      {label}
    </span>
  );
}
