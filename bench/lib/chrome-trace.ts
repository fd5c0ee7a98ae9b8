// Reads a Chromium trace (browser.startTracing / stopTracing) and says where the page's main
// thread spent its time: self time per trace event (script, style, layout, paint, GC…) and
// the longest tasks with what was inside them. Only complete ("X") events are used.

export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "toplevel",
  "v8",
  "v8.execute",
  "blink.user_timing",
  // JS samples: the saved trace then shows call stacks in the DevTools Performance panel.
  "disabled-by-default-v8.cpu_profiler",
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
}

export interface TraceSummary {
  /** Main-thread time inside top-level tasks, ms. */
  busyMs: number;
  windowMs: number;
  /** Self time per event, ms, largest first. */
  events: { name: string; ms: number; count: number }[];
  /** The longest top-level tasks, each with its largest self times. */
  longest: { ms: number; inside: string }[];
}

/** "EventDispatch scroll", "FunctionCall chunk-abc.js", "Layout"… */
function labelOf(event: TraceEvent): string {
  const data = event.args?.data;
  if (event.name === "EventDispatch" && data?.type) return `EventDispatch (${data.type})`;
  if ((event.name === "FunctionCall" || event.name === "EvaluateScript") && data?.url) {
    const file = data.url.split("/").at(-1)?.split("?")[0] ?? data.url;
    return `${event.name} ${file}`;
  }
  return event.name;
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const candidates = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  let best: { pid: number; tid: number } | undefined;
  let bestBusy = -1;
  for (const c of candidates) {
    const busy = events.filter((e) => e.ph === "X" && e.pid === c.pid && e.tid === c.tid).reduce((s, e) => s + (e.dur ?? 0), 0);
    if (busy > bestBusy) [best, bestBusy] = [{ pid: c.pid, tid: c.tid }, busy];
  }
  return best;
}

/** Self time of each event on the busiest renderer main thread; top-level tasks are "RunTask"-like toplevel events. */
export function summarizeTrace(json: string, top = 14): TraceSummary | undefined {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const all = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const thread = mainThread(all);
  if (!thread) return undefined;
  const events = all
    .filter((e) => e.ph === "X" && e.pid === thread.pid && e.tid === thread.tid && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  if (events.length === 0) return undefined;

  // Nesting by time: a stack of open events; each event's self time is its duration minus its children's.
  const self = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  const tasks: { event: TraceEvent; inside: Map<string, number> }[] = [];
  const taskOf = new Map<TraceEvent, { event: TraceEvent; inside: Map<string, number> }>();
  for (const event of events) {
    while (stack.length && (stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0)) <= event.ts) stack.pop();
    const parent = stack.at(-1);
    self.set(event, event.dur ?? 0);
    if (parent) {
      self.set(parent, (self.get(parent) ?? 0) - Math.min(event.dur ?? 0, parent.ts + (parent.dur ?? 0) - event.ts));
      taskOf.set(event, taskOf.get(parent)!);
    } else {
      const task = { event, inside: new Map<string, number>() };
      tasks.push(task);
      taskOf.set(event, task);
    }
    stack.push(event);
  }

  const byLabel = new Map<string, { name: string; ms: number; count: number }>();
  for (const [event, us] of self) {
    const label = labelOf(event);
    const entry = byLabel.get(label) ?? { name: label, ms: 0, count: 0 };
    entry.ms += us / 1000;
    entry.count++;
    byLabel.set(label, entry);
    const inside = taskOf.get(event)!.inside;
    inside.set(label, (inside.get(label) ?? 0) + us / 1000);
  }
  const first = events[0]!;
  const last = events.reduce((end, e) => Math.max(end, e.ts + (e.dur ?? 0)), 0);
  return {
    busyMs: tasks.reduce((sum, t) => sum + (t.event.dur ?? 0), 0) / 1000,
    windowMs: (last - first.ts) / 1000,
    events: [...byLabel.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
    longest: tasks
      .sort((a, b) => (b.event.dur ?? 0) - (a.event.dur ?? 0))
      .slice(0, 5)
      .map((t) => ({
        ms: (t.event.dur ?? 0) / 1000,
        inside: [...t.inside.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
          .join(", "),
      })),
  };
}
