import { beforeAll, describe, expect, it } from "vitest";
import { generateDataset, type Dataset } from "../data/generate.js";
import { BATCH_STATUSES, PAYOUT_STATUSES, TRANSACTION_STATUSES, TRANSACTION_TYPES, type Payout } from "../data/types.js";
import { atScale, ratio, SCALES, units } from "./helpers/decimal.js";
import { TEST_NOW } from "./helpers/sandbox.js";
import { violations } from "./helpers/violations.js";

let data: Dataset;
let generationCpuMs = 0;
beforeAll(() => {
  // CPU time, not wall time: the suite shares two cores with other work.
  const started = process.cpuUsage();
  data = generateDataset("anton", TEST_NOW);
  const used = process.cpuUsage(started);
  generationCpuMs = (used.user + used.system) / 1000;
});

const NOW_ISO = new Date(TEST_NOW).toISOString().slice(0, 19) + "Z";
const count = <T>(items: T[], key: (i: T) => string) => items.reduce((m, i) => m.set(key(i), (m.get(key(i)) ?? 0) + 1), new Map<string, number>());

const newestFirst = <T extends { created_at: string; id: string }>(list: T[]) =>
  violations(list.slice(1).map((b, i) => ({ id: b.id, a: list[i]!, b })), ({ a, b }) => !(a.created_at > b.created_at || (a.created_at === b.created_at && a.id > b.id)) && `after ${a.id}`);

describe("size and spread", () => {
  it("is generated well under 3 s", () => {
    expect(generationCpuMs).toBeLessThan(3000);
  });

  it("has ≥ 20,000 payouts over the 18 months before now, some of them today", () => {
    expect(data.payouts.length).toBeGreaterThanOrEqual(20_000);
    const start = new Date(TEST_NOW);
    start.setUTCMonth(start.getUTCMonth() - 18);
    const startIso = start.toISOString().slice(0, 19) + "Z";
    expect(violations(data.payouts, (p) => !(p.created_at >= startIso && p.created_at <= NOW_ISO) && p.created_at)).toEqual([]);
    const months = new Set(data.payouts.map((p) => p.created_at.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(18);
    expect(data.payouts.filter((p) => p.created_at.slice(0, 10) === NOW_ISO.slice(0, 10)).length).toBeGreaterThanOrEqual(5);
  });

  it("has ≥ 40 batches and ≥ 50,000 transactions", () => {
    expect(data.batches.length).toBeGreaterThanOrEqual(40);
    expect(data.transactions.length).toBeGreaterThanOrEqual(50_000);
  });

  it("covers every status, type and ≥ 12 currencies with JPY, BHD, KWD, USDC", () => {
    expect(new Set(data.payouts.map((p) => p.status))).toEqual(new Set(PAYOUT_STATUSES));
    expect(new Set(data.batches.map((b) => b.status))).toEqual(new Set(BATCH_STATUSES));
    expect(new Set(data.transactions.map((x) => x.type))).toEqual(new Set(TRANSACTION_TYPES));
    expect(new Set(data.transactions.map((x) => x.status))).toEqual(new Set(TRANSACTION_STATUSES));
    const currencies = new Set(data.payouts.map((p) => p.dest_currency));
    expect(currencies.size).toBeGreaterThanOrEqual(12);
    for (const c of ["JPY", "BHD", "KWD", "USDC", "BTC", "XAF"]) expect(currencies).toContain(c);
    // Every status several times, so each filter finds rows.
    expect(Math.min(...count(data.payouts, (p) => p.status).values())).toBeGreaterThanOrEqual(5);
  });

  it("lists are newest first (created_at, then id)", () => {
    expect([...newestFirst(data.payouts), ...newestFirst(data.batches), ...newestFirst(data.transactions)]).toEqual([]);
  });
});

describe("identifiers", () => {
  it("are prefixed ULIDs whose time part is the creation time, unique per kind", () => {
    const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const timeOf = (id: string) => [...id.slice(4, 14)].reduce((t, c) => t * 32 + CROCKFORD.indexOf(c), 0);
    for (const [prefix, items] of [["pay_", data.payouts], ["bat_", data.batches], ["txn_", data.transactions], ["acc_", data.accounts]] as const) {
      const pattern = new RegExp(`^${prefix}[0-9A-HJKMNP-TV-Z]{26}$`);
      const list: Array<{ id: string; created_at: string }> = items;
      expect(violations(list, (x) => (!pattern.test(x.id) && "pattern") || (Math.floor(timeOf(x.id) / 1000) !== Date.parse(x.created_at) / 1000 && "time"))).toEqual([]);
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    }
    expect(data.merchantId).toMatch(/^mer_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(violations(data.payouts, (p) => (p.merchant_id !== data.merchantId || !/^ben_[0-9A-Z]{26}$/.test(p.beneficiary_id) || !/^ins_[0-9A-Z]{26}$/.test(p.instrument_id)) && "ids")).toEqual([]);
  });

  it("spread over a realistic set of beneficiaries, each instrument with one currency", () => {
    expect(new Set(data.payouts.map((p) => p.beneficiary_id)).size).toBeGreaterThanOrEqual(200);
    const instrument = new Map<string, string>();
    expect(
      violations(data.payouts, (p) => {
        const key = `${p.beneficiary_id}|${p.dest_currency}|${p.method}`;
        if ((instrument.get(p.instrument_id) ?? key) !== key) return "instrument changes owner, currency or method";
        instrument.set(p.instrument_id, key);
      }),
    ).toEqual([]);
  });
});

describe("payout amounts", () => {
  it("are decimal strings at each currency's scale", () => {
    expect(
      violations(data.payouts, (p) =>
        ![p.source_amount, p.fee, p.buffer_amount, p.total_debited].every((a) => atScale(a, p.source_currency)) || !atScale(p.dest_amount, p.dest_currency) ? "scale" : undefined,
      ),
    ).toEqual([]);
    expect(data.payouts.find((p) => p.dest_currency === "JPY")!.dest_amount).toMatch(/^\d+$/);
    expect(data.payouts.find((p) => p.dest_currency === "BTC")!.dest_amount).toMatch(/^\d+\.\d{8}$/);
    expect(data.payouts.find((p) => p.dest_currency === "KWD")!.dest_amount).toMatch(/^\d+\.\d{3}$/);
  });

  it("debit the source account: total_debited = source_amount + fee + buffer_amount", () => {
    const accounts = new Set(data.accounts.map((a) => a.currency));
    expect(
      violations(data.payouts, (p) => {
        if (!accounts.has(p.source_currency)) return "source is not an account currency";
        if (p.fee_currency !== p.source_currency || p.buffer_currency !== p.source_currency || p.total_debited_currency !== p.source_currency) return "currencies";
        if (units(p.total_debited) !== units(p.source_amount) + units(p.fee) + units(p.buffer_amount)) return "total_debited";
        if (units(p.source_amount) <= 0n || units(p.dest_amount) <= 0n) return "non-positive amount";
      }),
    ).toEqual([]);
  });

  it("carry exchange_rate only across currencies, and convert at that rate", () => {
    expect(
      violations(data.payouts, (p) => {
        if (p.source_currency === p.dest_currency) return (p.exchange_rate !== undefined || p.dest_amount !== p.source_amount) && "same currency";
        if (p.exchange_rate === undefined) return "missing exchange_rate";
        const { num, den } = ratio(p.exchange_rate);
        const ss = 10n ** BigInt(SCALES[p.source_currency]!);
        const ds = 10n ** BigInt(SCALES[p.dest_currency]!);
        if (p.fixed_side === "fixed_source") return units(p.dest_amount) !== (units(p.source_amount) * num * ds) / (ss * den) && "fixed_source conversion";
        const a = units(p.dest_amount) * ss * den;
        const b = num * ds;
        return units(p.source_amount) !== (a + b - 1n) / b && "fixed_dest conversion";
      }),
    ).toEqual([]);
  });
});

const STAMPS = ["screened_at", "approved_at", "processed_at", "completed_at", "failed_at", "cancelled_at"] as const;
const LIFECYCLE: Record<string, Array<(typeof STAMPS)[number]>> = {
  created: [], pending_screening: [], manual_review: [],
  pending_approval: ["screened_at"], pending_engine_review: ["screened_at"],
  screening_failed: ["screened_at", "failed_at"], velocity_blocked: ["screened_at", "failed_at"],
  approved: ["screened_at", "approved_at"],
  processing: ["screened_at", "approved_at", "processed_at"], sent: ["screened_at", "approved_at", "processed_at"],
  completed: ["screened_at", "approved_at", "processed_at", "completed_at"],
  failed: ["screened_at", "approved_at", "processed_at", "failed_at"], returned: ["screened_at", "approved_at", "processed_at", "failed_at"],
  cancelled: ["cancelled_at"],
};
const FAILED = new Set(["failed", "returned", "screening_failed", "velocity_blocked"]);

describe("payout lifecycle", () => {
  it("has exactly the timestamps of its status, strictly increasing, none after now", () => {
    expect(
      violations(data.payouts, (p) => {
        const expected = LIFECYCLE[p.status]!;
        if (STAMPS.filter((s) => p[s] !== undefined).join() !== expected.join()) return `${p.status} has the wrong timestamps`;
        const times = [p.created_at, ...expected.map((s) => p[s]!)];
        for (let i = 1; i < times.length; i++) if (!(times[i]! > times[i - 1]!)) return `${expected[i - 1]} is not after the step before`;
        if (!(p.updated_at >= times[times.length - 1]! && p.updated_at <= NOW_ISO)) return "updated_at";
      }),
    ).toEqual([]);
  });

  it("has failure_reason only when failed and cancelled_reason only when cancelled", () => {
    expect(
      violations(data.payouts, (p) =>
        (p.failure_reason !== undefined) !== FAILED.has(p.status) ? "failure_reason"
        : (p.cancelled_reason !== undefined) !== (p.status === "cancelled") ? "cancelled_reason"
        : p.fee_finalized !== ["completed", "cancelled", ...FAILED].includes(p.status) ? "fee_finalized"
        : undefined,
      ),
    ).toEqual([]);
  });

  it("omits fields that do not apply (never null)", () => {
    const hasNull = (v: unknown): boolean => v === null || (typeof v === "object" && Object.values(v as object).some(hasNull));
    expect(data.payouts.some(hasNull) || data.batches.some(hasNull) || data.transactions.some(hasNull)).toBe(false);
  });

  it("keeps method, rail and crypto fields consistent", () => {
    const FIAT = new Set(["bank_transfer", "wire", "sepa", "swift", "ach", "faster_payment", "mobile_money"]);
    const LOCAL: Record<string, string> = { sepa: "EUR", ach: "USD", faster_payment: "GBP" };
    expect(
      violations(data.payouts, (p) => {
        const rail = p.dest_currency === "USDC" ? "stablecoin" : p.dest_currency === "BTC" ? "crypto" : "fiat";
        if (p.rail_type !== rail) return "rail_type";
        if (FIAT.has(p.method) !== (rail === "fiat")) return "method does not fit the rail";
        if (LOCAL[p.method] && LOCAL[p.method] !== p.dest_currency) return "local scheme in a foreign currency";
        if ((p.network !== undefined && p.wallet_address !== undefined) !== (rail !== "fiat")) return "network/wallet_address";
        if ((p.tx_hash !== undefined) !== (rail !== "fiat" && ["sent", "completed", "returned"].includes(p.status))) return "tx_hash";
        if ((p.rail_provider !== undefined) !== ["processing", "sent", "completed", "failed", "returned"].includes(p.status)) return "rail_provider";
      }),
    ).toEqual([]);
  });

  it("has references that stress a CSV export", () => {
    const refs = data.payouts.map((p) => p.reference);
    for (const test of [/,/, /"/, /\n/, /[^\x00-\x7F]/, /\p{Extended_Pictographic}/u, /^=/, /^\+/, /^-/, /^@/, /日本/, /é/, /ü/]) {
      expect(refs.some((r) => test.test(r)), String(test)).toBe(true);
    }
  });
});

describe("batches", () => {
  const rowsOf = (id: string) => data.batchRows.get(id)!;
  const byId = () => new Map(data.payouts.map((p) => [p.id, p]));

  it("range from 1 to exactly 5,000 rows", () => {
    const sizes = data.batches.map((b) => b.total_rows);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(5000);
    expect(data.batches.find((b) => b.total_rows === 5000)!.processed_rows).toBe(5000);
  });

  it("have counts consistent with their payouts", () => {
    const payouts = byId();
    const fromBatches = data.payouts.filter((p) => p.batch_id !== undefined);
    expect(fromBatches.length).toBe([...data.batchRows.values()].reduce((n, r) => n + r.length, 0));
    for (const b of data.batches) {
      const rows = rowsOf(b.id).map((id) => payouts.get(id)!);
      if (b.status === "uploaded" || b.status === "validating") expect([b.valid_rows, b.invalid_rows, b.warning_rows]).toEqual([0, 0, 0]);
      else expect(b.total_rows).toBe(b.valid_rows + b.invalid_rows);
      expect(b.warning_rows).toBeLessThanOrEqual(b.valid_rows);
      expect(b.processed_rows).toBe(rows.length);
      expect(rows.every((p) => p.batch_id === b.id)).toBe(true);
      const confirmed = ["confirmed", "processing", "completed", "partial", "failed"].includes(b.status);
      expect(b.skipped_rows).toBe(confirmed ? b.invalid_rows : 0);
      expect(b.confirmed_at !== undefined).toBe(confirmed);
      expect(b.completed_at !== undefined).toBe(["completed", "partial", "failed"].includes(b.status));
      expect(b.file_name.endsWith(`.${b.file_format}`)).toBe(true);
      if (rows.length > 0) {
        expect(b.processed_rows).toBe(b.valid_rows);
        const sum = rows.reduce((s, p) => s + units(p.total_debited), 0n);
        expect(b.summary!.estimated_debits).toEqual([{ currency: b.source_currency, amount: expect.any(String) }]);
        expect(units(b.summary!.estimated_debits[0]!.amount)).toBe(sum);
        expect(rows.every((p) => p.source_currency === b.source_currency && p.created_at > b.confirmed_at!)).toBe(true);
        expect(Object.values(b.summary!.methods).reduce((a, n) => a + n, 0)).toBe(rows.length);
      }
      if (b.status === "completed") expect(rows.every((p) => p.status === "completed")).toBe(true);
      if (b.status === "failed") expect(rows.every((p) => p.status === "failed" || p.status === "screening_failed")).toBe(true);
      if (b.status === "partial") expect(new Set(rows.map((p) => p.status === "completed"))).toEqual(new Set([true, false]));
    }
  });

  it("keep a row order that is not their creation order", () => {
    const payouts = byId();
    for (const b of data.batches) {
      const rows = rowsOf(b.id);
      if (rows.length < 2) continue;
      const created = [...rows].sort((x, y) => {
        const [a, c] = [payouts.get(x)!, payouts.get(y)!];
        return a.created_at === c.created_at ? (a.id < c.id ? -1 : 1) : a.created_at < c.created_at ? -1 : 1;
      });
      expect(rows).not.toEqual(created);
    }
  });
});

describe("transactions and balances", () => {
  it("are at each currency's scale, in the account of their currency", () => {
    const accounts = new Map(data.accounts.map((a) => [a.id, a.currency]));
    expect(
      violations(data.transactions, (x) =>
        !atScale(x.amount, x.currency) ? "scale" : accounts.get(x.account_id) !== x.currency ? "account" : !(x.reference && x.counterparty_name) ? "reference/counterparty" : undefined,
      ),
    ).toEqual([]);
  });

  it("follow the payouts: debit and fee once processed, refund when failed or returned", () => {
    const byRef = new Map<string, Map<string, string>>();
    for (const x of data.transactions) {
      if (!x.reference.startsWith("pay_")) continue;
      const m = byRef.get(x.reference) ?? new Map<string, string>();
      m.set(x.type, x.amount);
      byRef.set(x.reference, m);
    }
    const debited = (p: Payout) => ["processing", "sent", "completed", "failed", "returned"].includes(p.status);
    expect(
      violations(data.payouts, (p) => {
        const entries = byRef.get(p.id);
        if (!debited(p)) return entries !== undefined && "ledger entries for a payout never debited";
        if (entries?.get("payout") !== `-${p.source_amount}`) return "payout debit";
        if (entries.get("fee") !== `-${p.fee}`) return "fee";
        const refund = p.status === "failed" || p.status === "returned" ? p.source_amount : undefined;
        if (entries.get("refund") !== refund) return "refund";
      }),
    ).toEqual([]);
  });

  it("give balances by the documented rule, one per account", () => {
    expect(data.balances.map((b) => b.currency).sort()).toEqual(data.accounts.map((a) => a.currency).sort());
    for (const b of data.balances) {
      let total = 0n;
      let holds = 0n;
      let pending = 0n;
      let pendingDebits = 0n;
      for (const x of data.transactions) {
        if (x.currency !== b.currency) continue;
        const v = units(x.amount);
        if (x.status === "completed") {
          if (x.type === "hold" || x.type === "release") holds += v;
          else total += v;
        } else if (x.status === "pending") {
          pending += v;
          if (v < 0n) pendingDebits += v;
        }
      }
      expect(units(b.total)).toBe(total);
      expect(units(b.pending)).toBe(pending);
      expect(units(b.available)).toBe(total + holds + pendingDebits);
      expect(units(b.available) > 0n).toBe(true);
      expect(holds < 0n).toBe(true);
      for (const a of [b.available, b.pending, b.total]) expect(atScale(a, b.currency)).toBe(true);
      expect(b.merchant_id).toBe(data.merchantId);
    }
  });
});

describe("determinism", () => {
  it("same seed and now give identical data; another seed does not", () => {
    const again = generateDataset("anton", TEST_NOW);
    expect(JSON.stringify(again.payouts) === JSON.stringify(data.payouts)).toBe(true);
    expect(JSON.stringify(again.transactions) === JSON.stringify(data.transactions)).toBe(true);
    expect(JSON.stringify(again.batches) === JSON.stringify(data.batches)).toBe(true);
    expect(JSON.stringify([...again.batchRows]) === JSON.stringify([...data.batchRows])).toBe(true);
    expect(again.balances).toEqual(data.balances);

    const otherSeed = generateDataset("another", TEST_NOW);
    expect(otherSeed.payouts[0]!.id).not.toBe(data.payouts[0]!.id);
    expect(otherSeed.balances).not.toEqual(data.balances);
  });
});
