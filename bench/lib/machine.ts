import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem, freemem, platform, release } from "node:os";

/** The machine a figure was taken on: figures from different machines are not comparable. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  /** 1, 5 and 15 minute load averages when the run started: > cores means a noisy run. */
  loadAverage: number[];
  os: string;
  node: string;
}

export function describeMachine(): Machine {
  const cpuList = cpus();
  const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    cpu: cpuList[0]?.model.trim() ?? "unknown",
    cores: cpuList.length,
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

export function formatMachine(m: Machine): string {
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM (${m.freeMemoryGiB} GiB free), ${m.os}, node ${m.node}`,
    `Load average (1/5/15 min): ${m.loadAverage.join(" / ")}${(m.loadAverage[0] ?? 0) > m.cores * 0.5 ? "  (busy machine: expect noisy figures)" : ""}`,
  ].join("\n");
}

/** All CPUs' time counters from /proc/stat (Linux only): how much went to other guests of the hypervisor. */
export interface CpuTimes {
  steal: number;
  total: number;
}

export function readCpuTimes(): CpuTimes | undefined {
  try {
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guest time is inside user.
    const fields = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return undefined;
    return { steal: fields[7]!, total: fields.reduce((sum, n) => sum + n, 0) };
  } catch {
    return undefined;
  }
}

/**
 * The share of CPU time the hypervisor gave to other guests between two readings, in %.
 * On a virtual machine, frames can be late for reasons no code in it controls; this says when.
 */
export function stolenPercent(before: CpuTimes | undefined, after: CpuTimes | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (100 * (after.steal - before.steal)) / (after.total - before.total);
}
