// The enum values and ID patterns Anton documents (shared/anton-api.md). Filters refuse
// anything else before a request goes upstream; responses keep unknown values as sent.

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

export const TERMINAL_PAYOUT_STATUSES: readonly string[] = [
  "completed",
  "failed",
  "returned",
  "screening_failed",
  "velocity_blocked",
  "cancelled",
];

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

export const TRANSACTION_TYPES = ["payout", "deposit", "fee", "fx_exchange", "refund", "hold", "release"] as const;
export const TRANSACTION_STATUSES = ["pending", "completed", "failed", "reversed"] as const;

export const ID_PATTERNS = {
  payout: /^pay_[a-zA-Z0-9]+$/,
  batch: /^bat_[a-zA-Z0-9]+$/,
  beneficiary: /^ben_[a-zA-Z0-9]+$/,
  instrument: /^ins_[a-zA-Z0-9]+$/,
} as const;

/** Anton's payout filter takes ISO 4217 codes only (so USDC cannot be a dest_currency filter). */
export const DEST_CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** Account currencies include 4-letter ones such as USDC. */
export const ACCOUNT_CURRENCY_PATTERN = /^[A-Z]{3,4}$/;
