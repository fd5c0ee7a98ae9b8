import type { StatusTone } from "@/lib/status-tone";

// The dot is the badge's ::before, not an element: a table draws a badge in every row.
const BADGE = "inline-block max-w-full truncate rounded-full px-2 py-0.5 align-middle text-xs font-medium before:me-1.5 before:inline-block before:size-1.5 before:rounded-full before:align-middle";

const TONES: Record<StatusTone, string> = {
  progress: `${BADGE} bg-status-progress-bg text-status-progress before:bg-status-progress`,
  attention: `${BADGE} bg-status-attention-bg text-status-attention before:bg-status-attention`,
  done: `${BADGE} bg-status-done-bg text-status-done before:bg-status-done`,
  stopped: `${BADGE} bg-status-stopped-bg text-status-stopped before:bg-status-stopped`,
  neutral: `${BADGE} bg-status-neutral-bg text-status-neutral before:bg-status-neutral`,
};

interface StatusBadgeProps {
  /** What the badge reads: a label for known values, the raw value for unknown ones. */
  label: string;
  tone: StatusTone;
  title?: string;
}

/** A status as a coloured pill; the colour repeats the text, never replaces it. */
export function StatusBadge({ label, tone, title }: StatusBadgeProps) {
  return (
    <span title={title} className={TONES[tone]}>
      {label}
    </span>
  );
}
