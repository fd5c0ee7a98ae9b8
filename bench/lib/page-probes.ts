// Scripts the browser benchmark runs inside the page. They are plain JavaScript strings, not
// functions handed to page.evaluate: tsx compiles functions with helpers (`__name`) that do
// not exist in the page. Times are performance.now(), whose zero is the navigation start.

export const ROW_SELECTOR = '[data-testid="data-table-row"]';
export const REGION_SELECTOR = '[role="region"][aria-label="Payouts table"]';
const LOADED_COUNT_SELECTOR = '[data-testid="loaded-count"]';

/** What the init script leaves on `window.__bench`. */
export interface PageMarks {
  /** The first table row was inserted into the DOM. */
  rowInDom?: number;
  /** The first requestAnimationFrame after that: the frame that draws it begins. */
  rowFrame?: number;
  /** A task queued from that frame ran: the frame was produced (style, layout, paint handed to the compositor). */
  rowPainted?: number;
  longTasks: { start: number; duration: number }[];
  longFrames: LongFrame[];
}

/**
 * A frame over 50 ms as Chromium's Long Animation Frames API reports it, split into where
 * its time went. `scriptMs` excludes the style and layout scripts forced (`forcedLayoutMs`);
 * `renderMs` is the frame's own style, layout and paint after the animation callbacks.
 */
export interface LongFrame {
  start: number;
  duration: number;
  scriptMs: number;
  forcedLayoutMs: number;
  renderMs: number;
  /** The frame's scripts by what invoked them ("DIV.onscroll", "FrameRequestCallback"…), forced layout included. */
  scripts: { invoker: string; ms: number }[];
}

/** Installed with addInitScript, before any of the page's own scripts. */
export const INIT_SCRIPT = `(() => {
  if (window.__bench) return;
  const bench = (window.__bench = { longTasks: [], longFrames: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = e.scripts || [];
        const forcedLayoutMs = scripts.reduce((sum, s) => sum + (s.forcedStyleAndLayoutDuration || 0), 0);
        const scriptMs = scripts.reduce((sum, s) => sum + s.duration, 0) - forcedLayoutMs;
        const end = e.startTime + e.duration;
        bench.longFrames.push({ start: e.startTime, duration: e.duration, scriptMs, forcedLayoutMs, renderMs: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0, scripts: scripts.map((s) => ({ invoker: s.invoker, ms: s.duration })) });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
  const observer = new MutationObserver(() => {
    if (bench.rowInDom !== undefined || !document.querySelector(${JSON.stringify(ROW_SELECTOR)})) return;
    bench.rowInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      bench.rowFrame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.rowPainted = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export interface FirstRowsSample {
  rowInDom: number;
  rowPainted: number;
  fcp: number;
  htmlResponseEnd: number;
  domContentLoaded: number;
  lastScriptEnd: number;
  scriptKiB: number;
  apiStart: number;
  apiEnd: number;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
}

/** After the first rows painted: the marks plus the navigation, paint and resource timings. */
export const FIRST_ROWS_TIMINGS = `(() => {
  const b = window.__bench;
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const resources = performance.getEntriesByType("resource");
  const api = resources.filter((e) => new URL(e.name).pathname === "/api/payouts").sort((x, y) => x.startTime - y.startTime)[0];
  const scripts = resources.filter((e) => e.initiatorType === "script" || /\\.js(\\?|$)/.test(e.name));
  const tasks = b.longTasks.filter((t) => t.start < b.rowPainted);
  return {
    rowInDom: b.rowInDom,
    rowPainted: b.rowPainted,
    fcp: fcp ? fcp.startTime : NaN,
    htmlResponseEnd: nav ? nav.responseEnd : NaN,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
    lastScriptEnd: Math.max(0, ...scripts.filter((e) => e.startTime < b.rowInDom).map((e) => e.responseEnd)),
    scriptKiB: scripts.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0) / 1024,
    apiStart: api ? api.startTime : NaN,
    apiEnd: api ? api.responseEnd : NaN,
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
})()`;

export const FIRST_PAINT = `(() => { const e = performance.getEntriesByName("first-contentful-paint")[0]; return e ? e.startTime : undefined; })()`;

export interface LoadResult {
  loaded: number;
  ms: number;
  scrolls: number;
  clicks: number;
  /** The table's footer says every payout is loaded (fewer than asked for exist). */
  allLoaded: boolean;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
  /** Time between requestAnimationFrame callbacks while loading, ms: pages arriving while the table scrolls. */
  frameMs: number[];
}

/**
 * Scrolls the table's region to the bottom until the summary's loaded count reaches `target`
 * (the table asks for the next page itself near the end). If the count stops moving for a
 * second it presses the footer's "Load more" or "Retry". Bounded by `timeoutMs`.
 */
export function loadRowsScript(target: number, timeoutMs: number): string {
  return `(async () => {
  const region = document.querySelector(${JSON.stringify(REGION_SELECTOR)});
  if (!region) throw new Error("no Payouts table region on the page");
  const loaded = () => Number((document.querySelector(${JSON.stringify(LOADED_COUNT_SELECTOR)})?.textContent ?? "0").replace(/[^0-9]/g, ""));
  const allLoaded = () => /All [0-9,]+ payouts loaded/.test(region.textContent ?? "");
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const started = performance.now();
  const frameMs = [];
  let loading = true, lastFrame = started;
  const onFrame = (now) => { frameMs.push(now - lastFrame); lastFrame = now; if (loading) requestAnimationFrame(onFrame); };
  requestAnimationFrame(onFrame);
  const deadline = started + ${timeoutMs};
  let scrolls = 0, clicks = 0;
  while (loaded() < ${target} && !allLoaded() && performance.now() < deadline) {
    const before = loaded();
    region.scrollTop = region.scrollHeight;
    scrolls++;
    let still = performance.now();
    while (loaded() === before && !allLoaded() && performance.now() < deadline) {
      await sleep(20);
      if (performance.now() - still < 1000) continue;
      const button = [...region.querySelectorAll("button")].find((b) => /^(Load more|Retry)$/.test((b.textContent ?? "").trim()));
      if (button) { button.click(); clicks++; }
      still = performance.now();
    }
  }
  loading = false;
  const tasks = window.__bench.longTasks.filter((t) => t.start >= started);
  return {
    frameMs,
    loaded: loaded(), ms: performance.now() - started, scrolls, clicks, allLoaded: allLoaded(),
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
})()`;
}

export interface FrameRun {
  /** Time between consecutive requestAnimationFrame callbacks, ms; `down[i]` says which way the region was moving. */
  deltas: number[];
  down: boolean[];
  start: number;
  end: number;
  /** The run hit its time limit before finishing. */
  truncated: boolean;
  maxRenderedRows: number;
  renderedRowsAtEnd: number;
  scrolledPx: number;
  longTasks: { start: number; duration: number }[];
  longFrames: LongFrame[];
}

/**
 * A requestAnimationFrame loop that records frame durations. With `stepPx` it scrolls the
 * region by that much per frame from the top to the bottom and back; with 0 it only watches
 * frames go by (the baseline). It stops after `maxFrames` frames (0: no limit while scrolling),
 * and in any case after `timeoutMs`.
 */
export function frameLoopScript(stepPx: number, maxFrames: number, timeoutMs: number): string {
  return `new Promise((resolve) => {
  const region = document.querySelector(${JSON.stringify(REGION_SELECTOR)});
  if (!region) throw new Error("no Payouts table region on the page");
  const rows = () => region.querySelectorAll(${JSON.stringify(ROW_SELECTOR)}).length;
  const step = ${stepPx};
  const bottom = region.scrollHeight - region.clientHeight;
  const deltas = [], down = [];
  let position = region.scrollTop, goingDown = true, last, maxRenderedRows = rows(), scrolledPx = 0, frames = 0;
  const start = performance.now();
  const deadline = start + ${timeoutMs};
  const finish = (truncated) => {
    const end = performance.now();
    resolve({
      deltas, down, start, end, truncated, maxRenderedRows, renderedRowsAtEnd: rows(), scrolledPx,
      longTasks: window.__bench.longTasks.filter((t) => t.start >= start && t.start <= end),
      longFrames: window.__bench.longFrames.filter((f) => f.start >= start && f.start <= end),
    });
  };
  const tick = (now) => {
    if (last !== undefined) { deltas.push(now - last); down.push(goingDown); }
    last = now;
    if (++frames % 10 === 0) maxRenderedRows = Math.max(maxRenderedRows, rows());
    if (performance.now() > deadline) return finish(true);
    if (${maxFrames} > 0 && deltas.length >= ${maxFrames}) return finish(false);
    if (step === 0) {
      // the baseline: watch only
    } else if (goingDown) {
      const next = Math.min(bottom, position + step);
      scrolledPx += next - position;
      position = next;
      region.scrollTop = position;
      if (position >= bottom) goingDown = false;
    } else {
      if (position <= 0) return finish(false);
      const next = Math.max(0, position - step);
      scrolledPx += position - next;
      position = next;
      region.scrollTop = position;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;
}
