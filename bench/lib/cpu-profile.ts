import { existsSync, readdirSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Reads V8 .cpuprofile files (node --cpu-prof) and says where the CPU time went inside a
// time window, by area (next, zod, iron-session, lib/anton, node core, GC…) and by function.
// Turbopack bundles app code into hashed chunks, so locations are mapped back to their
// sources through the chunks' source maps. Profile timestamps are CLOCK_MONOTONIC µs, the
// same clock as process.hrtime, so a window taken in another process applies.

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Window {
  fromUs: number;
  toUs: number;
}

export interface ProfileSummary {
  /** CPU-busy ms in the window (idle excluded). */
  busyMs: number;
  windowMs: number;
  /** `ms`: self time; `onStackMs`: samples with the area anywhere on the (synchronous) stack. */
  areas: { area: string; ms: number; onStackMs: number }[];
  functions: { name: string; area: string; ms: number }[];
}

export function readProfiles(dir: string): { file: string; profile: CpuProfile }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => ({ file: join(dir, f), profile: JSON.parse(readFileSync(join(dir, f), "utf8")) as CpuProfile }));
}

export const profileMentions = (profile: CpuProfile, fragment: string) => profile.nodes.some((n) => n.callFrame.url.includes(fragment));

const maps = new Map<string, SourceMap | undefined>();

function sourceMapFor(url: string): SourceMap | undefined {
  if (!maps.has(url)) {
    let map: SourceMap | undefined;
    try {
      const path = fileURLToPath(url);
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, "utf8")));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** The original source (and 1-based line) of a frame, through the chunk's source map where there is one. */
function sourceOf(frame: CallFrame): { source: string; line: number } {
  const generated = { source: frame.url, line: frame.lineNumber + 1 };
  if (!frame.url.startsWith("file:") || !frame.url.includes("/.next/")) return generated;
  const entry = sourceMapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !("originalSource" in entry)) return generated;
  return { source: entry.originalSource.replace(/^(?:\.\.\/)+/, "").replace(/%40/g, "@"), line: entry.originalLine + 1 };
}

const NATIVE: Record<string, string> = { "(garbage collector)": "GC", "(program)": "(program)" };

/** node:internal/webstreams/readablestream → "node webstreams"; node:_http_server → "node http". */
function nodeArea(source: string): string {
  const first = source.replace(/^node:(internal\/)?/, "").split("/")[0] ?? "";
  return `node ${first.replace(/^_/, "").replace(/_.*$/, "")}`;
}

function areaOf(frame: CallFrame, source: string): string {
  if (!frame.url) return NATIVE[frame.functionName] ?? "native code (V8 / C++ bindings)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg === "next") {
    const bundled = /dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    return bundled ? `next (bundled ${bundled})` : "next";
  }
  if (pkg) return pkg;
  if (source.startsWith("node:internal/deps/undici")) return "undici (fetch)";
  if (source.startsWith("node:")) return nodeArea(source);
  const project = /(?:^|\/)((?:lib|sandbox|scripts)\/[^/]+|app|components|proxy\.ts)(?:\/|$)/.exec(source.replace(/^file:\/\//, ""))?.[1];
  return project ?? (source.includes("/.next/") ? ".next chunk (unmapped)" : "other");
}

const shortSource = (source: string) =>
  source.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(?=(?:lib|app|sandbox|scripts|bench|\.next)\/)/, "");

/** Self time per area and per function, and time with each area anywhere on the stack, for samples inside the window. */
export function summarizeProfile(profile: CpuProfile, window: Window, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const frames = new Map<number, { area: string; name: string }>();
  const frameOf = (id: number) => {
    let frame = frames.get(id);
    if (!frame) {
      const callFrame = byId.get(id)?.callFrame ?? { functionName: "(unknown)", url: "", lineNumber: 0, columnNumber: 0 };
      const { source, line } = sourceOf(callFrame);
      frame = { area: areaOf(callFrame, source), name: `${callFrame.functionName || "(anonymous)"}${source ? ` ${shortSource(source)}:${line}` : ""}` };
      frames.set(id, frame);
    }
    return frame;
  };
  const stacks = new Map<number, Set<string>>();
  const areasOnStack = (id: number): Set<string> => {
    let set = stacks.get(id);
    if (!set) {
      const parent = parentOf.get(id);
      set = new Set(parent === undefined ? [] : areasOnStack(parent));
      if (parent !== undefined) set.add(frameOf(id).area); // not the synthetic (root)
      stacks.set(id, set);
    }
    return set;
  };

  const self = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const id = profile.samples[i] ?? -1;
    if (t < window.fromUs || t > window.toUs || byId.get(id)?.callFrame.functionName === "(idle)") continue;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }

  const areas = new Map<string, { area: string; ms: number; onStackMs: number }>();
  const areaEntry = (area: string) => areas.get(area) ?? areas.set(area, { area, ms: 0, onStackMs: 0 }).get(area)!;
  const functions = new Map<string, { name: string; area: string; ms: number }>();
  let busyUs = 0;
  for (const [id, us] of self) {
    busyUs += us;
    const { area, name } = frameOf(id);
    areaEntry(area).ms += us / 1000;
    for (const onStack of areasOnStack(id)) areaEntry(onStack).onStackMs += us / 1000;
    const entry = functions.get(name) ?? { name, area, ms: 0 };
    entry.ms += us / 1000;
    functions.set(name, entry);
  }
  return {
    busyMs: busyUs / 1000,
    windowMs: (window.toUs - window.fromUs) / 1000,
    areas: [...areas.values()].sort((a, b) => b.onStackMs - a.onStackMs),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
  };
}
