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
