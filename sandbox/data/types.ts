// The objects the sandbox serves, with the fields of shared/anton-api.md.
// Optional fields are omitted (never null) when they do not apply, as Anton does.

export const PAYOUT_STATUSES = [
  "created",
  "pending_screening",
  "screening_failed",
  "pending_approval",
  "approved",
  "processing",
  "sent",
  "completed",
  "failed",
  "returned",
  "cancelled",
  "manual_review",
  "velocity_blocked",
  "pending_engine_review",
] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

export const PAYOUT_METHODS = [
  "bank_transfer",
  "wire",
  "sepa",
  "swift",
  "ach",
  "faster_payment",
  "mobile_money",
  "wallet",
  "on_chain",
  "layer2",
  "exchange",
  "stablecoin",
] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

export type RailType = "fiat" | "crypto" | "stablecoin";

export interface Payout {
  id: string;
  merchant_id: string;
  beneficiary_id: string;
  instrument_id: string;
  batch_id?: string;
  status: PayoutStatus;
  method: PayoutMethod;
  source_amount: string;
  source_currency: string;
  dest_amount: string;
  dest_currency: string;
  exchange_rate?: string;
  fee: string;
  fee_currency: string;
  fee_bearer: "merchant" | "beneficiary";
  fixed_side: "fixed_dest" | "fixed_source";
  total_debited: string;
  total_debited_currency: string;
  fee_finalized: boolean;
  buffer_amount: string;
  buffer_currency: string;
  rail_type: RailType;
  rail_provider?: string;
  rail_reference?: string;
  network?: string;
  wallet_address?: string;
  tx_hash?: string;
  purpose: string;
  reference: string;
  created_at: string;
  updated_at: string;
  screened_at?: string;
  approved_at?: string;
  processed_at?: string;
  completed_at?: string;
  failed_at?: string;
  cancelled_at?: string;
  failure_reason?: string;
  cancelled_reason?: string;
  metadata?: Record<string, string>;
}

export const BATCH_STATUSES = [
  "uploaded",
  "validating",
  "validated",
  "validation_failed",
  "confirmed",
  "processing",
  "completed",
  "partial",
  "failed",
  "cancelled",
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export interface BatchSummary {
  estimated_debits: Array<{ currency: string; amount: string }>;
  methods: Record<string, number>;
}

export interface Batch {
  id: string;
  merchant_id: string;
  uploaded_by: string;
  status: BatchStatus;
  file_name: string;
  file_format: "csv" | "xlsx";
  file_size: number;
  total_rows: number;
  valid_rows: number;
  invalid_rows: number;
  warning_rows: number;
  skipped_rows: number;
  processed_rows: number;
  summary?: BatchSummary;
  source_currency?: string;
  expires_at?: string;
  confirmed_at?: string;
  completed_at?: string;
  created_at: string;
  updated_at: string;
}

export const TRANSACTION_TYPES = ["payout", "deposit", "fee", "fx_exchange", "refund", "hold", "release"] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export const TRANSACTION_STATUSES = ["pending", "completed", "failed", "reversed"] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export interface MerchantTransaction {
  id: string;
  type: TransactionType;
  status: TransactionStatus;
  /** Signed decimal string: debits are negative. */
  amount: string;
  currency: string;
  created_at: string;
  account_id: string;
  reference: string;
  counterparty_name: string;
}

/** Shape inferred (anton-api.md only says "one funding account per currency"). */
export interface Account {
  id: string;
  merchant_id: string;
  currency: string;
  name: string;
  status: "active";
  created_at: string;
}

export interface Balance {
  id: string;
  merchant_id: string;
  currency: string;
  available: string;
  pending: string;
  total: string;
  updated_at: string;
}
