import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { summarizeTrace, TRACE_CATEGORIES, type TraceSummary } from "./lib/chrome-trace";
import { root, startDashboardStack, type DashboardStack } from "./lib/dashboard-stack";
import { readCpuTimes, stolenPercent } from "./lib/machine";
import { buildId, waitForOtherBuilds } from "./lib/next-build";
import {
  FIRST_PAINT,
  FIRST_ROWS_TIMINGS,
  frameLoopScript,
  INIT_SCRIPT,
  loadRowsScript,
  REGION_SELECTOR,
  ROW_SELECTOR,
  type FirstRowsSample,
  type FrameRun,
  type LoadResult,
  type LongFrame,
  type PageMarks,
} from "./lib/page-probes";
import { intFlag, SUMMARY_COLUMNS, summaryRow, type Benchmark, type BenchOutput, type Flags, type Table } from "./lib/report";
import { quantile, round, summarize } from "./lib/stats";

// Issue 5: "A benchmark under bench/ prints, on a production build, time to first rows, and
// frame timing while scrolling through 10,000 loaded payouts. Targets: first rows within 1.5 s
// of navigation; no frame over 50 ms while scrolling." Debian's Chromium, driven by
// Playwright, against `npm start` in sandbox mode on ports of its own.
//   first rows: fresh context per run, navigation start → first table row painted;
//               baseline: first contentful paint of /login (no data), interleaved.
//   scrolling:  load --rows payouts, then a requestAnimationFrame loop while the table's
//               region scrolls --scroll-step px per frame down and back up;
//               baseline: the same loop on the same page, not scrolling.

const TARGET_FIRST_ROWS_MS = 1_500;
const TARGET_FRAME_MS = 50;
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const NAVIGATION_TIMEOUT_MS = 30_000;
const LOAD_TIMEOUT_MS = 300_000;
const FRAME_LOOP_TIMEOUT_MS = 300_000;
/** The whole measurement, whatever happens inside it; the finally blocks then close Chromium and the stack. */
const OVERALL_TIMEOUT_MS = 20 * 60_000;
const TRACE_DIR = resolve(import.meta.dirname, "results/browser-payouts-traces");
/** Frames in the traced scroll pass of --profile: enough to see the pattern, a trace file of tens of MB. */
const TRACED_FRAMES = 300;
/** rAF times are whole vsync intervals (16.7 ms): a 3-interval frame reads 50.0x ms and is not "over 50 ms". */
const VSYNC_SLACK_MS = 0.5;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

interface Params {
  runs: number;
  warmup: number;
  rows: number;
  stepPx: number;
  idleFrames: number;
  /** Frames at rest after the scrolling pass; 0: as many as the pass had. */
  restFrames: number;
  profile: boolean;
}

interface ScrollResult {
  load: LoadResult;
  idle: FrameRun;
  scroll: FrameRun;
  /** The same page at rest again after scrolling, for as many frames as the pass (not when traced). */
  rest?: FrameRun;
  /** Requests for the page after --rows, held unanswered while measuring. */
  heldRequests: number;
  /** CPU time the hypervisor gave to other guests while scrolling, in %; undefined off Linux. */
  stolenPct?: number;
}

interface Measured {
  firstRows: FirstRowsSample[];
  loginPaint: number[];
  scroll: ScrollResult;
  traces?: { firstRows?: TraceSummary; scroll?: TraceSummary; scrollFrames: number };
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function newPage(browser: Browser, storageState?: StorageState): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...(storageState ? { storageState } : {}) });
  context.setDefaultTimeout(NAVIGATION_TIMEOUT_MS);
  await context.addInitScript({ content: INIT_SCRIPT });
  return { context, page: await context.newPage() };
}

/** Signs in through the API the way the login page does (same-origin Origin header) and keeps the cookie. */
async function signIn(browser: Browser, stack: DashboardStack): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    const response = await context.request.post(`${stack.dashboard}/api/session`, {
      headers: { origin: stack.dashboard },
      data: { email: stack.state.demoEmail, password: stack.state.demoPassword },
      timeout: NAVIGATION_TIMEOUT_MS,
    });
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** One fresh context: navigation start → first table row in the DOM and painted, plus where the time went. */
async function firstRowsRun(browser: Browser, dashboard: string, storageState: StorageState): Promise<FirstRowsSample> {
  const { context, page } = await newPage(browser, storageState);
  try {
    await page.goto(`${dashboard}/payouts`, { waitUntil: "commit" });
    // A function, not a string: the page's CSP forbids eval. No named inner functions (tsx's __name).
    await page.waitForFunction(() => (window as unknown as { __bench?: PageMarks }).__bench?.rowPainted !== undefined, undefined, { polling: 25 });
    if (!new URL(page.url()).pathname.startsWith("/payouts")) throw new Error(`/payouts went to ${page.url()}`);
    if (!(await page.locator(ROW_SELECTOR).first().isVisible())) throw new Error("the first row is in the DOM but not visible");
    return (await page.evaluate(FIRST_ROWS_TIMINGS)) as FirstRowsSample;
  } finally {
    await context.close();
  }
}

/** Baseline: a fresh, signed-out context's first contentful paint of /login. */
async function loginPaintRun(browser: Browser, dashboard: string): Promise<number> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${dashboard}/login`, { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { polling: 25 });
    return (await page.evaluate(FIRST_PAINT)) as number;
  } finally {
    await context.close();
  }
}

interface ScrollOptions {
  /** Stop scrolling after this many frames (0: down to the bottom and back up). */
  maxFrames: number;
  /** Called just before the scrolling frames; returns what to call just after them. */
  startTrace?: () => Promise<() => Promise<void>>;
  /** Watch the page at rest after scrolling (--rest-frames). */
  measureRest: boolean;
}

/** Loads `rows` payouts, holds any further page request, then idle frames (baseline), scrolling frames and (unless traced) frames at rest again. */
async function scrollFrames(browser: Browser, dashboard: string, storageState: StorageState, params: Params, options: ScrollOptions): Promise<ScrollResult> {
  const { context, page } = await newPage(browser, storageState);
  try {
    await page.goto(`${dashboard}/payouts`, { waitUntil: "commit" });
    await page.waitForSelector(ROW_SELECTOR);
    const load = (await page.evaluate(loadRowsScript(params.rows, LOAD_TIMEOUT_MS))) as LoadResult;
    if (load.loaded < params.rows && !load.allLoaded) throw new Error(`only ${load.loaded} of ${params.rows} payouts loaded within ${LOAD_TIMEOUT_MS / 1000} s`);
    // Reaching the end asks for the next page; hold it, so the frames measure the loaded rows only.
    let heldRequests = 0;
    await page.route(/\/api\/payouts\?/, () => {
      heldRequests++;
    });
    await page.evaluate(`document.querySelector(${JSON.stringify(REGION_SELECTOR)}).scrollTop = 0`);
    await page.waitForTimeout(1_000);
    const idle = (await page.evaluate(frameLoopScript(0, params.idleFrames, FRAME_LOOP_TIMEOUT_MS))) as FrameRun;
    const stopTrace = await options.startTrace?.();
    const cpuBefore = readCpuTimes();
    const scroll = (await page.evaluate(frameLoopScript(params.stepPx, options.maxFrames, FRAME_LOOP_TIMEOUT_MS))) as FrameRun;
    const stolenPct = stolenPercent(cpuBefore, readCpuTimes());
    await stopTrace?.();
    // As long as the pass, not scrolling: a frame over 50 ms here has a cause outside
    // scrolling (the garbage collector compacting once the page goes quiet, the machine).
    const rest = options.measureRest ? ((await page.evaluate(frameLoopScript(0, params.restFrames || scroll.deltas.length, FRAME_LOOP_TIMEOUT_MS))) as FrameRun) : undefined;
    await page.unrouteAll({ behavior: "ignoreErrors" });
    return { load, idle, scroll, rest, heldRequests, stolenPct };
  } finally {
    await context.close();
  }
}

/** --profile: one more first-rows navigation and TRACED_FRAMES more scrolling frames, each under a Chromium trace. */
async function profile(browser: Browser, dashboard: string, storageState: StorageState, params: Params): Promise<Measured["traces"]> {
  mkdirSync(TRACE_DIR, { recursive: true });
  const summaries: NonNullable<Measured["traces"]> = { scrollFrames: 0 };
  const save = (name: string, buffer: Buffer) => {
    writeFileSync(resolve(TRACE_DIR, `${name}.json`), buffer);
    return summarizeTrace(buffer.toString("utf8"));
  };
  await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  await firstRowsRun(browser, dashboard, storageState);
  summaries.firstRows = save("first-rows", await browser.stopTracing());
  const traced = await scrollFrames(browser, dashboard, storageState, params, {
    maxFrames: TRACED_FRAMES,
    measureRest: false,
    startTrace: async () => {
      await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
      return async () => {
        summaries.scroll = save("scroll", await browser.stopTracing());
      };
    },
  });
  summaries.scrollFrames = traced.scroll.deltas.length;
  return summaries;
}

async function measure(stack: DashboardStack, params: Params): Promise<Measured> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  try {
    const storageState = await signIn(browser, stack);
    for (let i = 0; i < params.warmup; i++) {
      await loginPaintRun(browser, stack.dashboard);
      await firstRowsRun(browser, stack.dashboard, storageState);
    }
    const firstRows: FirstRowsSample[] = [];
    const loginPaint: number[] = [];
    for (let i = 0; i < params.runs; i++) {
      // Alternate which goes first, so neither always follows the other.
      if (i % 2 === 0) loginPaint.push(await loginPaintRun(browser, stack.dashboard));
      firstRows.push(await firstRowsRun(browser, stack.dashboard, storageState));
      if (i % 2 === 1) loginPaint.push(await loginPaintRun(browser, stack.dashboard));
      console.error(`  first rows run ${i + 1}/${params.runs}: ${round(firstRows.at(-1)?.rowPainted ?? Number.NaN, 0)} ms (login paint ${round(loginPaint.at(-1) ?? Number.NaN, 0)} ms)`);
    }
    console.error(`  loading ${params.rows} payouts, then idle and scrolling frames…`);
    const scroll = await scrollFrames(browser, stack.dashboard, storageState, params, { maxFrames: 0, measureRest: true });
    console.error(`  loaded ${scroll.load.loaded} in ${round(scroll.load.ms / 1000, 1)} s; ${scroll.scroll.deltas.length} scrolling frames`);
    const traces = params.profile ? await profile(browser, stack.dashboard, storageState, params) : undefined;
    return { firstRows, loginPaint, scroll, ...(traces ? { traces } : {}) };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  over50: number;
  /** Frames no longer than 1.5 idle intervals: nothing dropped. */
  onTime: number;
}

function frameStats(deltas: readonly number[], interval: number): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    over50: framesOver50(deltas).length,
    onTime: sorted.filter((d) => d <= interval * 1.5).length,
  };
}

/**
 * Each frame over 50 ms, placed in its pass: "down 992/998: 83.4". Slow frames bunched at
 * one place (the end of the list, where the next page is asked for) have a different cause
 * from slow frames spread evenly (garbage collection).
 */
function whereFramesWereSlow(deltas: readonly number[], down: readonly boolean[]): string {
  const downCount = down.filter(Boolean).length;
  return framesOver50(deltas)
    .map(({ ms, i }) => (down[i] ? `down ${i + 1}/${downCount}` : `up ${i + 1 - downCount}/${deltas.length - downCount}`) + `: ${round(ms, 1)}`)
    .join(", ");
}

/** Each frame over 50 ms of a run that does not scroll: "frame 710: 66.6". */
function whereRestFramesWereSlow(deltas: readonly number[]): string {
  return framesOver50(deltas)
    .map(({ ms, i }) => `frame ${i + 1}: ${round(ms, 1)}`)
    .join(", ");
}

function framesOver50(deltas: readonly number[]): { ms: number; i: number }[] {
  return deltas.map((ms, i) => ({ ms, i })).filter(({ ms }) => ms > TARGET_FRAME_MS + VSYNC_SLACK_MS);
}

/** `tasks` undefined: long tasks are not split by direction, so the cells stay empty. */
function frameRow(label: string, s: FrameStats, tasks?: FrameRun["longTasks"]): (string | number)[] {
  const longest = tasks ? round(Math.max(0, ...tasks.map((t) => t.duration))) : "";
  const onTime = `${round((100 * s.onTime) / s.frames, 1)}%`;
  return [label, s.frames, round(s.median), round(s.p95), round(s.p99), round(s.max), onTime, s.over50, tasks ? tasks.length : "", longest];
}

/** Where the slow frames' time went, as Chromium's Long Animation Frames API splits it. */
function longFramesTable(frames: readonly LongFrame[]): Table {
  const median = (f: (frame: LongFrame) => number) => round(quantile(frames.map(f).sort((a, b) => a - b), 0.5), 1);
  const total = (f: (frame: LongFrame) => number) => round(frames.reduce((sum, frame) => sum + f(frame), 0), 0);
  const parts: [string, (frame: LongFrame) => number][] = [
    ["frame", (frame) => frame.duration],
    ["script (page and bench)", (frame) => frame.scriptMs],
    ["style and layout forced by script", (frame) => frame.forcedLayoutMs],
    ["the frame's own style, layout and paint", (frame) => frame.renderMs],
    ["other (tasks outside scripts, idle waits)", (frame) => frame.duration - frame.scriptMs - frame.forcedLayoutMs - frame.renderMs],
  ];
  const byInvoker = new Map<string, number>();
  for (const frame of frames) for (const script of frame.scripts) byInvoker.set(script.invoker, (byInvoker.get(script.invoker) ?? 0) + script.ms);
  const invokers = [...byInvoker].sort((a, b) => b[1] - a[1]).slice(0, 6);
  return {
    title: `Long animation frames (over 50 ms of main-thread work) while scrolling: ${frames.length}; where their time went, ms`,
    columns: ["", "median", "total"],
    rows: frames.length === 0 ? [] : [...parts.map(([label, f]) => [label, median(f), total(f)]), ...invokers.map(([invoker, ms]) => [`  script invoked by ${invoker}`, "", round(ms, 0)])],
  };
}

function traceTables(traces: NonNullable<Measured["traces"]>): Table[] {
  const passes = [
    { summary: traces.firstRows, what: "one /payouts navigation to first rows", perFrame: 0 },
    { summary: traces.scroll, what: `${traces.scrollFrames} scrolling frames`, perFrame: traces.scrollFrames },
  ];
  return passes.flatMap(({ summary, what, perFrame }): Table[] =>
    summary
      ? [
          {
            title: `Trace (--profile, timings inflated): renderer main thread during ${what}: busy ${round(summary.busyMs, 0)} of ${round(summary.windowMs, 0)} ms; self time per event`,
            columns: ["event", "ms", ...(perFrame ? ["ms per frame"] : []), "count"],
            rows: summary.events.map((e) => [e.name, round(e.ms, 1), ...(perFrame ? [round(e.ms / perFrame, 2)] : []), e.count]),
          },
          {
            title: `Trace: the longest main-thread tasks during ${what} (largest self times inside, ms)`,
            columns: ["task ms", "inside"],
            rows: summary.longest.map((t) => [round(t.ms, 1), t.inside]),
          },
        ]
      : [],
  );
}

function report(stack: DashboardStack, params: Params, measured: Measured): BenchOutput {
  const { firstRows, loginPaint, scroll } = measured;
  const pick = (f: (s: FirstRowsSample) => number) => summarize(firstRows.map(f));
  const painted = pick((s) => s.rowPainted);
  const login = summarize(loginPaint);
  const interval = quantile([...scroll.idle.deltas].sort((a, b) => a - b), 0.5);
  const scrolling = frameStats(scroll.scroll.deltas, interval);
  const down = frameStats(scroll.scroll.deltas.filter((_, i) => scroll.scroll.down[i]), interval);
  const up = frameStats(scroll.scroll.deltas.filter((_, i) => !scroll.scroll.down[i]), interval);
  const idle = frameStats(scroll.idle.deltas, interval);
  const rest = scroll.rest && frameStats(scroll.rest.deltas, interval);
  const loading = frameStats(scroll.load.frameMs, interval);
  const median = (f: (s: FirstRowsSample) => number) => round(pick(f).median, 0);
  const scrollSeconds = (scroll.scroll.end - scroll.scroll.start) / 1000;
  const slowFrames = whereFramesWereSlow(scroll.scroll.deltas, scroll.scroll.down);

  return {
    parameters: {
      runs: params.runs,
      warmup: params.warmup,
      rows: params.rows,
      "scroll-step px/frame": params.stepPx,
      "idle frames": params.idleFrames,
      "rest frames": params.restFrames || "as many as the scrolling pass",
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      chromium: CHROMIUM,
      dashboard: stack.dashboard,
      build: stack.reusedBuild ? "existing .next" : "built by this run",
      profile: params.profile ? "on (extra traced passes after the measured ones)" : "off",
    },
    tables: [
      {
        title: `Time to first rows, ms from navigation start, fresh context each run (${params.runs} runs, interleaved with the baseline)`,
        columns: SUMMARY_COLUMNS,
        rows: [
          summaryRow("/payouts: first row painted (frame after insertion)", painted, 0),
          summaryRow("/payouts: first row in the DOM", pick((s) => s.rowInDom), 0),
          summaryRow("/payouts: first contentful paint (skeleton)", pick((s) => s.fcp), 0),
          summaryRow("baseline: /login first contentful paint", login, 0),
        ],
      },
      {
        title: "Where the first-rows time goes (medians, ms from navigation start)",
        columns: ["step", "ms"],
        rows: [
          ["HTML received (navigation responseEnd)", median((s) => s.htmlResponseEnd)],
          ["DOMContentLoaded done", median((s) => s.domContentLoaded)],
          ["last script loaded before the first row", median((s) => s.lastScriptEnd)],
          ["first GET /api/payouts sent", median((s) => s.apiStart)],
          ["first GET /api/payouts answered", median((s) => s.apiEnd)],
          ["  its duration", round(summarize(firstRows.map((s) => s.apiEnd - s.apiStart)).median, 0)],
          ["first row in the DOM", median((s) => s.rowInDom)],
          ["first row painted", median((s) => s.rowPainted)],
          ["long tasks before then: count / total ms / longest ms", `${pick((s) => s.longTasks).median} / ${median((s) => s.longTaskMs)} / ${median((s) => s.longestTaskMs)}`],
          ["JavaScript fetched, KiB (encoded)", round(pick((s) => s.scriptKiB).median, 0)],
        ],
      },
      {
        title: `Loading ${params.rows.toLocaleString("en-US")} payouts by scrolling the table to its end (before the frame measurements)`,
        columns: ["loaded", "seconds", "scrolls to the end", "footer clicks", "long tasks", "long task total ms", "longest ms", "frames", `> ${TARGET_FRAME_MS} ms`, "longest frame"],
        rows: [
          [
            scroll.load.loaded,
            round(scroll.load.ms / 1000, 1),
            scroll.load.scrolls,
            scroll.load.clicks,
            scroll.load.longTasks,
            round(scroll.load.longTaskMs, 0),
            round(scroll.load.longestTaskMs, 0),
            loading.frames,
            loading.over50,
            round(loading.max, 1),
          ],
        ],
      },
      {
        title: `Frame durations, ms (time between requestAnimationFrame callbacks) with ${scroll.load.loaded.toLocaleString("en-US")} payouts loaded`,
        columns: ["", "frames", "median", "p95", "p99", "max", "on time", `> ${TARGET_FRAME_MS} ms`, "long tasks", "longest task"],
        rows: [
          frameRow(`scrolling ${params.stepPx} px/frame, down and back up`, scrolling, scroll.scroll.longTasks),
          frameRow("  down", down),
          frameRow("  up", up),
          frameRow("baseline: same page, not scrolling", idle, scroll.idle.longTasks),
          ...(rest && scroll.rest ? [frameRow("at rest after scrolling, as many frames", rest, scroll.rest.longTasks)] : []),
        ],
      },
      longFramesTable(scroll.scroll.longFrames),
      {
        title: "Rendered row elements (virtualisation)",
        columns: ["", "rows in the DOM"],
        rows: [
          ["most seen while scrolling (sampled every 10 frames)", scroll.scroll.maxRenderedRows],
          ["at the end", scroll.scroll.renderedRowsAtEnd],
          ["payouts loaded", scroll.load.loaded],
        ],
      },
      ...(measured.traces ? traceTables(measured.traces) : []),
    ],
    figures: {
      "first rows painted, median / p90 / max ms": `${round(painted.median, 0)} / ${round(painted.p90, 0)} / ${round(painted.max, 0)}`,
      "baseline /login first paint, median ms": round(login.median, 0),
      "ratio (first rows median / login paint median)": round(painted.median / login.median),
      "target first rows": `within ${TARGET_FIRST_ROWS_MS} ms: ${painted.max <= TARGET_FIRST_ROWS_MS ? "met in every run" : painted.median <= TARGET_FIRST_ROWS_MS ? `met at the median, NOT in ${firstRows.filter((s) => s.rowPainted > TARGET_FIRST_ROWS_MS).length} of ${firstRows.length} runs` : "NOT met at the median"}`,
      "scrolling frames, median / p95 / p99 / max ms": `${round(scrolling.median, 1)} / ${round(scrolling.p95, 1)} / ${round(scrolling.p99, 1)} / ${round(scrolling.max, 1)}`,
      "scrolling frames over 50 ms": `${scrolling.over50} of ${scrolling.frames}`,
      "where (direction, frame of that direction: ms)": slowFrames || "none",
      "CPU taken by the hypervisor while scrolling (steal)": scroll.stolenPct === undefined ? "not measured (no /proc/stat)" : `${round(scroll.stolenPct, 1)} %`,
      "scrolling long tasks, count / longest ms": `${scroll.scroll.longTasks.length} / ${round(Math.max(0, ...scroll.scroll.longTasks.map((t) => t.duration)), 0)}`,
      "baseline idle frames, median / p95 ms": `${round(idle.median, 1)} / ${round(idle.p95, 1)}`,
      "ratio (scrolling p95 / idle p95)": round(scrolling.p95 / idle.p95),
      "while pages arrived (loading by scrolling to the end), frames over 50 ms / longest ms": `${loading.over50} of ${loading.frames} / ${round(loading.max, 1)}`,
      ...(rest && scroll.rest ? { "at rest after scrolling, frames over 50 ms": `${rest.over50} of ${rest.frames}${rest.over50 ? ` (${whereRestFramesWereSlow(scroll.rest.deltas)})` : ""}` } : {}),
      "target frames": `no frame over ${TARGET_FRAME_MS} ms while scrolling: ${scrolling.over50 === 0 ? "met" : `NOT met (${scrolling.over50} frames)`} in this run`,
      "rendered rows at the end / most seen": `${scroll.scroll.renderedRowsAtEnd} / ${scroll.scroll.maxRenderedRows}`,
    },
    notes: [
      `Scrolled ${Math.round(scroll.scroll.scrolledPx).toLocaleString("en-US")} px in ${round(scrollSeconds, 1)} s${scroll.scroll.truncated ? " (the loop hit its time limit before getting back to the top)" : ""}. ${scroll.heldRequests} request(s) for the page after the loaded ones were held unanswered while measuring, so the frames cover exactly the loaded rows.`,
      "Headless Chromium with --disable-gpu: rasterising is done in software on the same cores as the dashboard and the sandbox. On a busy 2-core machine single runs are rough; compare the ratios, and re-run when it is quiet.",
      ...(measured.traces ? [`Chromium traces (open in chrome://tracing or the DevTools Performance panel): ${TRACE_DIR}`] : []),
    ],
    samples: {
      firstRowPaintedMs: firstRows.map((s) => round(s.rowPainted, 1)),
      firstRowInDomMs: firstRows.map((s) => round(s.rowInDom, 1)),
      loginPaintMs: loginPaint.map((v) => round(v, 1)),
      scrollFrameMs: scroll.scroll.deltas.map((v) => round(v, 2)),
      idleFrameMs: scroll.idle.deltas.map((v) => round(v, 2)),
      restFrameMs: scroll.rest?.deltas.map((v) => round(v, 2)) ?? [],
      loadingFrameMs: scroll.load.frameMs.map((v) => round(v, 2)),
      scrollLongTaskMs: scroll.scroll.longTasks.map((t) => round(t.duration, 1)),
    },
  };
}

async function run(flags: Flags): Promise<BenchOutput> {
  const params: Params = {
    runs: intFlag(flags, "runs", 7),
    warmup: Math.min(intFlag(flags, "warmup", 2), 5), // --warmup is shared with proxy-overhead (30 requests there)
    rows: intFlag(flags, "rows", 10_000),
    stepPx: intFlag(flags, "scroll-step", 400),
    idleFrames: intFlag(flags, "idle-frames", 300),
    restFrames: intFlag(flags, "rest-frames", 0),
    profile: flags.has("profile"),
  };
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}; set CHROMIUM_PATH`);
  await waitForOtherBuilds(root);
  const stack = await startDashboardStack({
    dashboardPort: intFlag(flags, "browser-dashboard-port", Number(process.env.BENCH_BROWSER_DASHBOARD_PORT ?? 3500)),
    sandboxPort: intFlag(flags, "browser-sandbox-port", Number(process.env.BENCH_BROWSER_SANDBOX_PORT ?? 4500)),
    startTimeoutS: intFlag(flags, "start-timeout-s", 600),
    stateDir: ".sandbox/bench-browser",
  });
  const build = buildId(root);
  try {
    const measured = await withDeadline(measure(stack, params), OVERALL_TIMEOUT_MS, "browser-payouts");
    const output = report(stack, params, measured);
    if (buildId(root) !== build) output.notes.unshift("WARNING: .next was rebuilt during this run (another next build in this checkout): the figures may mix two builds or include failed requests; run again.");
    return output;
  } finally {
    await stack.stop();
  }
}

export const browserPayouts: Benchmark = {
  name: "browser-payouts",
  description: "Chromium on /payouts: time to first rows, and frame timing while scrolling 10,000 loaded payouts",
  run,
};
