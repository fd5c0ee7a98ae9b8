import type { StatusTone } from "@/lib/status-tone";

const TONES: Record<StatusTone, { badge: string; dot: string }> = {
  progress: { badge: "bg-status-progress-bg text-status-progress", dot: "bg-status-progress" },
  attention: { badge: "bg-status-attention-bg text-status-attention", dot: "bg-status-attention" },
  done: { badge: "bg-status-done-bg text-status-done", dot: "bg-status-done" },
  stopped: { badge: "bg-status-stopped-bg text-status-stopped", dot: "bg-status-stopped" },
  neutral: { badge: "bg-status-neutral-bg text-status-neutral", dot: "bg-status-neutral" },
};

interface StatusBadgeProps {
  /** What the badge reads: a label for known values, the raw value for unknown ones. */
  label: string;
  tone: StatusTone;
  title?: string;
}

/** A status as a coloured pill; the colour repeats the text, never replaces it. */
export function StatusBadge({ label, tone, title }: StatusBadgeProps) {
  const style = TONES[tone];
  return (
    <span title={title} className={`inline-flex max-w-full items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style.badge}`}>
      <span aria-hidden="true" className={`size-1.5 shrink-0 rounded-full ${style.dot}`} />
      <span className="truncate">{label}</span>
    </span>
  );
}
