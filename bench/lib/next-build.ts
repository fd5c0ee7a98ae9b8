import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { resolve } from "node:path";
import { sleep } from "./processes";

// Other agents build in the same checkout. `next build` refuses to run twice at once and
// replaces .next while it runs, so a benchmark waits for a running build first, and says
// afterwards whether the build it measured changed under it.

/** Pids of `next build` processes whose working directory is `root` (Linux /proc; none elsewhere). */
function otherBuilds(root: string): number[] {
  if (!existsSync("/proc")) return [];
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      const isBuild = cmdline.some((arg) => /(^|\/)next$/.test(arg) || arg.endsWith("next/dist/bin/next")) && cmdline.includes("build");
      if (isBuild && readlinkSync(`/proc/${entry}/cwd`) === root) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** Waits (bounded) until no `next build` runs in `root`; fails with a message if one outlasts the wait. */
export async function waitForOtherBuilds(root: string, timeoutMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (let running = otherBuilds(root); running.length; running = otherBuilds(root)) {
    if (Date.now() > deadline) throw new Error(`another next build (pid ${running.join(", ")}) is still running in ${root} after ${timeoutMs / 1000} s`);
    if (!announced) console.error(`  waiting for another next build (pid ${running.join(", ")}) in this checkout to finish…`);
    announced = true;
    await sleep(2_000);
  }
}

/** The current .next/BUILD_ID, or undefined when there is no build. */
export function buildId(root: string): string | undefined {
  const file = resolve(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}
