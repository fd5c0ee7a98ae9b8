// What the dashboard's own /api routes answer, as the browser sees it. Plain types (the
// server validated the shapes); enum-like fields are `string` so a status Anton adds
// tomorrow still renders.

export interface ListPage<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
}

export interface Payout {
  id: string;
  merchant_id: string;
  beneficiary_id: string;
  instrument_id: string;
  batch_id?: string;
  status: string;
  method: string;
  source_amount: string;
  source_currency: string;
  dest_amount: string;
  dest_currency: string;
  exchange_rate?: string | number;
  fee: string;
  fee_currency: string;
  fee_bearer: string;
  fixed_side: string;
  total_debited: string;
  total_debited_currency: string;
  fee_finalized: boolean;
  buffer_amount: string;
  buffer_currency: string;
  rail_type: string;
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
  metadata?: Record<string, unknown>;
}

export interface ApiErrorBody {
  error: { code: string; message: string; request_id?: string };
}
