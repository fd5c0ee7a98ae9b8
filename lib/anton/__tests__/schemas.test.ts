import { describe, expect, it } from "vitest";

import { batchSchema, merchantTransactionSchema, pageSchema, payoutSchema, balanceSchema } from "@/lib/anton/schemas";

const payout = {
  id: "pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB",
  merchant_id: "mer_1",
  beneficiary_id: "ben_1",
  instrument_id: "ins_1",
  status: "completed",
  method: "sepa",
  source_amount: "100.00",
  source_currency: "EUR",
  dest_amount: "15023",
  dest_currency: "JPY",
  exchange_rate: "150.23",
  fee: "1.50",
  fee_currency: "EUR",
  fee_bearer: "merchant",
  fixed_side: "fixed_source",
  total_debited: "101.50",
  total_debited_currency: "EUR",
  fee_finalized: true,
  buffer_amount: "0.00",
  buffer_currency: "EUR",
  rail_type: "fiat",
  purpose: "supplier",
  reference: "INV-1",
  created_at: "2026-04-15T14:30:00Z",
  updated_at: "2026-04-15T14:31:00Z",
};

describe("schemas", () => {
  it("keeps unknown enum values and unknown fields instead of crashing", () => {
    const parsed = payoutSchema.parse({
      ...payout,
      status: "held_for_compliance",
      method: "carrier_pigeon",
      rail_type: "quantum",
      fee_bearer: "split",
      fixed_side: "fixed_both",
      brand_new_field: { nested: 1 },
    });
    expect(parsed.status).toBe("held_for_compliance");
    expect(parsed.method).toBe("carrier_pigeon");
    expect(parsed.rail_type).toBe("quantum");
    expect(parsed.fee_bearer).toBe("split");
    expect(parsed).toHaveProperty("brand_new_field", { nested: 1 });

    const txn = merchantTransactionSchema.parse({
      id: "txn_1",
      type: "chargeback",
      status: "weird",
      amount: "-12.345",
      currency: "BHD",
      created_at: "2026-04-15T14:30:00Z",
      account_id: "acc_1",
      reference: "r",
      counterparty_name: "ACME",
    });
    expect(txn.type).toBe("chargeback");
    expect(txn.amount).toBe("-12.345");
  });

  it("keeps amounts as strings and refuses floats or malformed amounts", () => {
    expect(payoutSchema.parse(payout).source_amount).toBe("100.00");
    expect(payoutSchema.safeParse({ ...payout, fee: 1.5 }).success).toBe(false);
    expect(payoutSchema.safeParse({ ...payout, fee: "1e3" }).success).toBe(false);
    expect(payoutSchema.safeParse({ ...payout, fee: "1234567890123.00" }).success).toBe(false);
    expect(payoutSchema.safeParse({ ...payout, fee: "0.00000001" }).success).toBe(true);
  });

  it("treats absent optional fields as absent and requires the documented ones", () => {
    expect(payoutSchema.parse(payout)).not.toHaveProperty("batch_id");
    const withoutReference: Record<string, unknown> = { ...payout };
    delete withoutReference.reference;
    expect(payoutSchema.safeParse(withoutReference).success).toBe(false);
  });

  it("reads the list envelope and insists on a cursor while has_more is true", () => {
    const page = pageSchema(payoutSchema);
    expect(page.parse({ data: [payout], has_more: true, next_cursor: "eyJpZCI6InBheV9kZWY0NTYifQ" })).toEqual({
      data: [payout],
      has_more: true,
      next_cursor: "eyJpZCI6InBheV9kZWY0NTYifQ",
    });
    expect(page.parse({ data: [], has_more: false, next_cursor: null })).toEqual({ data: [], has_more: false });
    expect(page.safeParse({ data: [], has_more: true }).success).toBe(false);
    expect(page.safeParse({ data: [{ id: "pay_1" }], has_more: false }).success).toBe(false);
  });

  it("accepts a batch with an unknown status and format and a summary", () => {
    const batch = batchSchema.parse({
      id: "bat_1",
      merchant_id: "mer_1",
      uploaded_by: "user@example.com",
      status: "archived",
      file_name: "april.csv",
      file_format: "ods",
      file_size: 1234,
      total_rows: 10,
      valid_rows: 9,
      invalid_rows: 1,
      warning_rows: 0,
      skipped_rows: 0,
      processed_rows: 9,
      summary: { estimated_debits: [{ currency: "USD", amount: "10.00" }], methods: { ach: 9 }, extra: true },
      created_at: "2026-04-15T14:30:00Z",
      updated_at: "2026-04-15T14:30:00Z",
    });
    expect(batch.status).toBe("archived");
    expect(batch.file_format).toBe("ods");
  });

  it("validates balances", () => {
    const balance = { id: "bal_1", merchant_id: "mer_1", currency: "BTC", available: "0.12345678", pending: "0", total: "0.12345678", updated_at: "2026-04-15T14:30:00Z" };
    expect(balanceSchema.parse(balance)).toEqual(balance);
    expect(balanceSchema.safeParse({ ...balance, total: null }).success).toBe(false);
  });
});
