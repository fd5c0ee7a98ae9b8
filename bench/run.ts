import { resolve } from "node:path";
import { browserPayouts } from "./browser-payouts";
import { exportThroughput } from "./export-throughput";
import { load } from "./load";
import { describeMachine, formatMachine } from "./lib/machine";
import { formatOutput, writeResult, type Benchmark } from "./lib/report";
import { proxyOverhead } from "./proxy-overhead";
import { sandboxStart } from "./sandbox-start";

// `npm run bench [-- <name>… ] [--runs=N] [--requests=N] [--warmup=N] [--profile]`: runs the named
// benchmarks (all by default) one after the other, prints a table per benchmark and the
// machine, and writes bench/results/<name>.json. Benchmarks, not tests: nothing here fails on a
// slow figure; it fails only when a benchmark cannot run.

const BENCHMARKS: Benchmark[] = [sandboxStart, proxyOverhead, browserPayouts, exportThroughput, load];
const RESULTS_DIR = resolve(import.meta.dirname, "results");

function parseArgs(argv: string[]) {
  const names: string[] = [];
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const flag = /^--([a-z-]+)(?:=(.+))?$/.exec(arg);
    if (flag) flags.set(flag[1] ?? "", flag[2] ?? "1");
    else if (arg === "-h") flags.set("help", "1");
    else names.push(arg);
  }
  return { names, flags };
}

async function main() {
  const { names, flags } = parseArgs(process.argv.slice(2));
  if (flags.has("help")) {
    console.log(`usage: npm run bench -- [${BENCHMARKS.map((b) => b.name).join(" | ")}]… [--runs=N] [--requests=N] [--warmup=N] [--profile]`);
    for (const b of BENCHMARKS) console.log(`  ${b.name.padEnd(16)} ${b.description}`);
    return;
  }
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(", ")}; known: ${BENCHMARKS.map((b) => b.name).join(", ")}`);
  const selected = names.length ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;

  const machine = describeMachine();
  console.log(formatMachine(machine));
  let failed = 0;
  for (const benchmark of selected) {
    const startedAt = new Date();
    console.log(`\nRunning ${benchmark.name}: ${benchmark.description}…`);
    try {
      const output = await benchmark.run(flags);
      console.log(`\n${formatOutput(benchmark.name, output)}`);
      console.log(`\nResults: ${writeResult(RESULTS_DIR, benchmark.name, machine, startedAt, output)}`);
    } catch (error) {
      failed++;
      console.error(`\n${benchmark.name} could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
