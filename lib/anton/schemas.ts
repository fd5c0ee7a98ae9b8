import "server-only";

import { z } from "zod";

/**
 * Anton's objects, validated where they enter our server. Enum-like fields accept any string
 * (an unknown status is shown, not crashed on); objects are loose so new upstream fields pass.
 */

export const AMOUNT_PATTERN = /^-?\d{1,12}(\.\d+)?$/;

const amount = z.string().regex(AMOUNT_PATTERN, { error: "not a decimal amount string" });
const text = z.string();
/** Enum-like: documented values today, any string tomorrow. */
const open = z.string();
const timestamp = z.string();

export const payoutSchema = z.looseObject({
  id: text,
  merchant_id: text,
  beneficiary_id: text,
  instrument_id: text,
  batch_id: text.optional(),
  status: open,
  method: open,
  source_amount: amount,
  source_currency: text,
  dest_amount: amount,
  dest_currency: text,
  exchange_rate: z.union([text, z.number()]).optional(),
  fee: amount,
  fee_currency: text,
  fee_bearer: open,
  fixed_side: open,
  total_debited: amount,
  total_debited_currency: text,
  fee_finalized: z.boolean(),
  buffer_amount: amount,
  buffer_currency: text,
  rail_type: open,
  rail_provider: text.optional(),
  rail_reference: text.optional(),
  network: text.optional(),
  wallet_address: text.optional(),
  tx_hash: text.optional(),
  purpose: text,
  reference: text,
  created_at: timestamp,
  updated_at: timestamp,
  screened_at: timestamp.optional(),
  approved_at: timestamp.optional(),
  processed_at: timestamp.optional(),
  completed_at: timestamp.optional(),
  failed_at: timestamp.optional(),
  cancelled_at: timestamp.optional(),
  failure_reason: text.optional(),
  cancelled_reason: text.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export const batchSchema = z.looseObject({
  id: text,
  merchant_id: text,
  uploaded_by: text,
  status: open,
  file_name: text,
  file_format: open,
  file_size: z.number(),
  total_rows: z.number(),
  valid_rows: z.number(),
  invalid_rows: z.number(),
  warning_rows: z.number(),
  skipped_rows: z.number(),
  processed_rows: z.number(),
  summary: z
    .looseObject({
      estimated_debits: z.array(z.looseObject({ currency: text, amount })).optional(),
      methods: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  source_currency: text.optional(),
  expires_at: timestamp.optional(),
  confirmed_at: timestamp.optional(),
  completed_at: timestamp.optional(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const merchantTransactionSchema = z.looseObject({
  id: text,
  type: open,
  status: open,
  amount,
  currency: text,
  created_at: timestamp,
  account_id: text,
  reference: text,
  counterparty_name: text,
});

export const balanceSchema = z.looseObject({
  id: text,
  merchant_id: text,
  currency: text,
  available: amount,
  pending: amount,
  total: amount,
  updated_at: timestamp,
});

/** Funding account, one per currency. Anton documents little of it: only id and currency are required. */
export const accountSchema = z.looseObject({
  id: text,
  currency: text,
  merchant_id: text.optional(),
  name: text.optional(),
  status: open.optional(),
  created_at: timestamp.optional(),
});

/**
 * `{data, has_more, next_cursor?}`. `next_cursor` must be present when `has_more` is true;
 * a null cursor is read as absent. With `hasMoreOptional` (endpoints that may return
 * everything at once, like accounts) a missing `has_more` means false.
 */
export function pageSchema<T extends z.ZodType>(item: T, { hasMoreOptional = false } = {}) {
  return z
    .looseObject({
      data: z.array(item),
      has_more: hasMoreOptional ? z.boolean().default(false) : z.boolean(),
      next_cursor: z.string().min(1).nullish(),
    })
    .refine((page) => !page.has_more || typeof page.next_cursor === "string", {
      error: "has_more without next_cursor",
      path: ["next_cursor"],
    })
    .transform(({ data, has_more, next_cursor }) =>
      next_cursor ? { data, has_more, next_cursor } : { data, has_more },
    );
}

/** `{data: [...]}` for endpoints that return everything at once (balances). */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({ data: z.array(item) }).transform(({ data }) => ({ data }));
}

export type Payout = z.infer<typeof payoutSchema>;
export type Batch = z.infer<typeof batchSchema>;
export type MerchantTransaction = z.infer<typeof merchantTransactionSchema>;
export type Balance = z.infer<typeof balanceSchema>;
export type Account = z.infer<typeof accountSchema>;

export interface Page<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
}

export interface List<T> {
  data: T[];
}
