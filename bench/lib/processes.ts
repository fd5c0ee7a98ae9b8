import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";

// Every server a benchmark starts runs in a process group of its own, and is stopped by
// killing the group (STACK-NOTES: killing the pid of a wrapper leaves its children holding
// the port). Groups still alive when the bench process exits, however it exits, are killed.

const live = new Set<number>();

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the whole group is gone
  }
}

process.on("exit", () => {
  for (const pgid of live) signalGroup(pgid, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const pgid of live) signalGroup(pgid, "SIGKILL");
    console.error(`\nbench: ${signal}, stopped ${live.size} process group(s)`);
    process.exit(130);
  });
}

export interface GroupProcess {
  child: ChildProcess;
  pid: number;
  /** The last lines the process wrote (stdout and stderr), for error messages. */
  tail(): string;
}

/** A child's environment; Next's types make NODE_ENV required on NodeJS.ProcessEnv, which a minimal env leaves out. */
export type Env = Record<string, string | undefined>;

interface GroupOptions {
  cwd: string;
  env?: Env;
  onLine?: (line: string) => void;
}

/** Spawns a command as the leader of a new process group, keeping its last output lines. */
export function spawnGroup(command: string, args: string[], options: GroupOptions): GroupProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: (options.env ?? process.env) as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`could not spawn ${command}`);
  const pid = child.pid;
  live.add(pid);
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      options.onLine?.(line);
      lines.push(line);
      if (lines.length > 40) lines.shift();
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return { child, pid, tail: () => lines.join("\n") };
}

/** SIGTERM to the whole group, then SIGKILL if anything in it is still alive after `graceMs`. */
export async function killGroup(group: GroupProcess, graceMs = 5_000): Promise<void> {
  if (!signalGroup(group.pid, "SIGTERM")) {
    live.delete(group.pid);
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!signalGroup(group.pid, 0)) break;
    await sleep(25);
  }
  signalGroup(group.pid, "SIGKILL");
  live.delete(group.pid);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One GET on a fresh connection; resolves with the status, or undefined if nothing answered. */
export function probe(url: string, timeoutMs = 1_000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(undefined));
    req.end();
  });
}

/** Polls `url` until `ready(status)`; fails when the deadline passes or the process exits. */
export async function waitForHttp(
  url: string,
  group: GroupProcess,
  { timeoutMs, intervalMs, ready = (s) => s === 200 }: { timeoutMs: number; intervalMs: number; ready?: (status: number) => boolean },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (group.child.exitCode !== null || group.child.signalCode !== null) {
      throw new Error(`the process exited (${group.child.exitCode ?? group.child.signalCode}) before ${url} answered:\n${group.tail()}`);
    }
    const status = await probe(url);
    if (status !== undefined && ready(status)) return;
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${group.tail()}`);
}

/** Refuses to run against a port something else is already listening on. */
export function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      reject(new Error(`port ${port} on 127.0.0.1 is already in use; stop what holds it or set ${variable}`));
    });
    socket.once("error", () => resolve());
  });
}

export interface Memory {
  /** Resident set size now, KiB. */
  rssKiB: number;
  /** Peak resident set size so far (VmHWM), KiB; undefined where /proc is missing. */
  peakKiB: number | undefined;
}

/** A process's memory from /proc/<pid>/status, or from `ps` where there is no /proc. */
export function readMemory(pid: number): Memory {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rssKiB: field("VmRSS"), peakKiB: field("VmHWM") };
  } catch {
    const rss = Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim());
    return { rssKiB: rss, peakKiB: undefined };
  }
}
