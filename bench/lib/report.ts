import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Machine } from "./machine";
import { round, type Summary } from "./stats";

export type Cell = string | number;

export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** What one benchmark hands back: tables to print, headline figures, and raw samples for JSON. */
export interface BenchOutput {
  parameters: Record<string, Cell>;
  tables: Table[];
  /** Headline figures (ms, MiB, ratios), flat so runs are easy to diff. */
  figures: Record<string, Cell>;
  /** One-line verdicts and caveats, printed under the tables. */
  notes: string[];
  /** Raw samples, kept in the JSON file only. */
  samples?: Record<string, number[]>;
}

/** `--name=value` options from the command line, e.g. `--runs=10 --requests=500`. */
export type Flags = ReadonlyMap<string, string>;

export interface Benchmark {
  name: string;
  description: string;
  run(flags: Flags): Promise<BenchOutput>;
}

/** A positive integer option, with its default; refuses anything else by name. */
export function intFlag(flags: Flags, name: string, fallback: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** The usual row of a latency or size table. */
export function summaryRow(label: string, s: Summary, digits = 2): Cell[] {
  return [label, s.n, round(s.median, digits), round(s.p90, digits), round(s.p99, digits), round(s.mean, digits), round(s.min, digits), round(s.max, digits)];
}
export const SUMMARY_COLUMNS = ["", "n", "median", "p90", "p99", "mean", "min", "max"];

export function formatTable(table: Table): string {
  const cells = [table.columns, ...table.rows].map((row) => row.map((cell) => String(cell)));
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ").trimEnd();
  const [header, ...body] = cells;
  return [table.title, line(header ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function formatOutput(name: string, output: BenchOutput): string {
  const parameters = Object.entries(output.parameters).map(([k, v]) => `${k}=${v}`).join(", ");
  const figures = Object.entries(output.figures).map(([k, v]) => `  ${k}: ${v}`);
  return [
    `── ${name} ${"─".repeat(Math.max(0, 70 - name.length))}`,
    ...(parameters ? [`Parameters: ${parameters}`] : []),
    "",
    ...output.tables.flatMap((t) => [formatTable(t), ""]),
    "Figures:",
    ...figures,
    ...(output.notes.length ? ["", ...output.notes.map((n) => `• ${n}`)] : []),
  ].join("\n");
}

/** Writes bench/results/<name>.json (git-ignored) and returns its path. */
export function writeResult(dir: string, name: string, machine: Machine, startedAt: Date, output: BenchOutput): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  const durationS = round((Date.now() - startedAt.getTime()) / 1000, 1);
  writeFileSync(path, `${JSON.stringify({ name, startedAt: startedAt.toISOString(), durationS, machine, ...output }, null, 2)}\n`);
  return path;
}
