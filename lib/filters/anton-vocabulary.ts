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

/** Longer than any ID Anton issues; a longer one is refused here, naming its parameter. */
export const MAX_ID_LENGTH = 128;

const idPattern = (prefix: string) => new RegExp(`^${prefix}_[a-zA-Z0-9]{1,${MAX_ID_LENGTH - prefix.length - 1}}$`);

export const ID_PATTERNS = {
  payout: idPattern("pay"),
  batch: idPattern("bat"),
  beneficiary: idPattern("ben"),
  instrument: idPattern("ins"),
} as const;

/** Anton's payout filter takes ISO 4217 codes only (so USDC cannot be a dest_currency filter). */
export const DEST_CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** Account currencies include 4-letter ones such as USDC. */
export const ACCOUNT_CURRENCY_PATTERN = /^[A-Z]{3,4}$/;
