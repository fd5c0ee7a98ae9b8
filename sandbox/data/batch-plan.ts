import type { Prng } from "./prng.js";
import type { BatchStatus } from "./types.js";

// The shape of the merchant's batch history before any payout is built: how many
// batches, their sizes, statuses, upload times and file names.

export interface BatchPlan {
  status: BatchStatus;
  totalRows: number;
  createdS: number;
  fileName: string;
  fileFormat: "csv" | "xlsx";
  uploadedBy: string;
}

const UPLOADERS = ["maria.garcia@merchant.example", "j.okafor@merchant.example", "finance-bot@merchant.example", "søren.jensen@merchant.example", "ops@merchant.example"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fileName(rng: Prng, createdS: number, format: "csv" | "xlsx"): string {
  const d = new Date(createdS * 1000);
  const y = d.getUTCFullYear();
  const m = MONTHS[d.getUTCMonth()]!;
  const base = rng.pick([
    `payroll-${y}-${m}`,
    `suppliers_week_${String(1 + Math.floor(d.getUTCDate() / 7))}_${y}`,
    `marketplace payouts ${y}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`,
    `Lieferanten ${m.toUpperCase()} ${y} (final)`,
    `affiliates-${y}${m}-v2`,
    `contractors_${m}_${y}`,
  ]);
  return `${base}.${format}`;
}

/** Statuses of the recent batches, newest first, with their age in seconds. */
const RECENT: Array<[BatchStatus, number]> = [
  ["validating", 5 * 60],
  ["uploaded", 20 * 60],
  ["confirmed", 40 * 60],
  ["validated", 3 * 3600],
  ["processing", 5 * 3600],
  ["validated", 20 * 3600],
  ["processing", 36 * 3600],
];

const OLDER: BatchStatus[] = [
  "validation_failed", "validation_failed",
  "cancelled", "cancelled", "cancelled",
  "failed", "failed",
  "partial", "partial", "partial", "partial", "partial",
];
const OLDER_COUNT = 39;

/** 46 batches: the recent ones still in progress, the older ones settled; one of exactly 5,000 rows. */
export function planBatches(rng: Prng, startS: number, nowS: number): BatchPlan[] {
  const olderStatuses: BatchStatus[] = [...OLDER];
  while (olderStatuses.length < OLDER_COUNT) olderStatuses.push("completed");
  rng.shuffle(olderStatuses);
  // One completed batch has exactly 5,000 rows; three other completed ones have 1, 2 and 3.
  const completed = olderStatuses.flatMap((status, i) => (status === "completed" ? [i] : []));
  const fixedSizes = new Map<number, number>([[completed[0]!, 5000], [completed[1]!, 1], [completed[2]!, 2], [completed[3]!, 3]]);

  const from = startS + 2 * 86_400;
  const to = nowS - 12 * 86_400;
  const olderTimes = Array.from({ length: OLDER_COUNT }, () => from + rng.int(to - from)).sort((a, b) => a - b);

  const size = () => Math.round(rng.logUniform(4, 700));

  const plans: BatchPlan[] = [];
  const add = (status: BatchStatus, createdS: number, totalRows: number) => {
    const fileFormat = rng.chance(0.7) ? "csv" : "xlsx";
    plans.push({ status, totalRows, createdS, fileFormat, fileName: fileName(rng, createdS, fileFormat), uploadedBy: rng.pick(UPLOADERS) });
  };
  olderStatuses.forEach((status, i) => add(status, olderTimes[i]!, fixedSizes.get(i) ?? size()));
  for (const [status, age] of RECENT) add(status, nowS - age, size());
  return plans;
}
