import Link from "next/link";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import type { Payout } from "@/lib/api/types";
import { formatDateTime } from "@/lib/dates";
import { methodLabel } from "@/lib/payout-labels";
import { humanizeCode } from "@/lib/payout-status";

/** Fields the drawer shows in its own sections; anything else Anton sends goes under "Other fields". */
const SHOWN = new Set([
  "id", "merchant_id", "beneficiary_id", "instrument_id", "batch_id", "status", "method", "source_amount", "source_currency",
  "dest_amount", "dest_currency", "exchange_rate", "fee", "fee_currency", "fee_bearer", "fixed_side", "total_debited",
  "total_debited_currency", "fee_finalized", "buffer_amount", "buffer_currency", "rail_type", "rail_provider", "rail_reference",
  "network", "wallet_address", "tx_hash", "purpose", "reference", "created_at", "updated_at", "screened_at", "approved_at",
  "processed_at", "completed_at", "failed_at", "cancelled_at", "failure_reason", "cancelled_reason", "metadata",
]);

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 py-1.5 text-sm">
      <dt className="text-gray-500">{label}</dt>
      <dd className="min-w-0 break-words text-gray-900">{children ?? <span className="text-gray-500">—</span>}</dd>
    </div>
  );
}

function Id({ value, label }: { value: string | undefined; label: string }) {
  if (!value) return <span className="text-gray-500">—</span>;
  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <span className="truncate font-mono text-[0.8rem]">{value}</span>
      <CopyButton value={value} label={label} />
    </span>
  );
}

const mono = (value: string | undefined) => (value ? <span className="font-mono text-[0.8rem] break-all">{value}</span> : undefined);

export function PartiesFields({ payout }: { payout: Payout }) {
  return (
    <dl>
      <Field label="Beneficiary"><Id value={payout.beneficiary_id} label="beneficiary ID" /></Field>
      <Field label="Instrument"><Id value={payout.instrument_id} label="instrument ID" /></Field>
      <Field label="Batch">
        {payout.batch_id ? (
          <span className="inline-flex items-center gap-1">
            <Link href={`/batches/${payout.batch_id}?payout=${payout.id}`} prefetch={false} className="font-mono text-[0.8rem] text-brand hover:underline">
              {payout.batch_id}
            </Link>
            <CopyButton value={payout.batch_id} label="batch ID" />
          </span>
        ) : (
          <span className="text-gray-500">Not from a batch</span>
        )}
      </Field>
      <Field label="Merchant"><Id value={payout.merchant_id} label="merchant ID" /></Field>
      <Field label="Reference"><span className="whitespace-pre-wrap">{payout.reference}</span></Field>
      <Field label="Purpose">{humanizeCode(payout.purpose)}</Field>
    </dl>
  );
}

export function RailFields({ payout }: { payout: Payout }) {
  return (
    <dl>
      <Field label="Method">{methodLabel(payout.method)}</Field>
      <Field label="Rail">{humanizeCode(payout.rail_type)}</Field>
      <Field label="Provider">{payout.rail_provider}</Field>
      <Field label="Rail reference">{mono(payout.rail_reference)}</Field>
      <Field label="Network">{payout.network}</Field>
      <Field label="Wallet address">{mono(payout.wallet_address)}</Field>
      <Field label="Transaction hash">{mono(payout.tx_hash)}</Field>
    </dl>
  );
}

export function RecordFields({ payout, timeZone }: { payout: Payout; timeZone: string }) {
  const extras = Object.entries(payout).filter(([key]) => !SHOWN.has(key));
  const metadata = Object.entries(payout.metadata ?? {});
  return (
    <dl>
      <Field label="Created">{formatDateTime(payout.created_at, timeZone)}</Field>
      <Field label="Last updated">{formatDateTime(payout.updated_at, timeZone)}</Field>
      {metadata.map(([key, value]) => (
        <Field key={`metadata.${key}`} label={`metadata.${key}`}>{mono(typeof value === "string" ? value : JSON.stringify(value))}</Field>
      ))}
      {extras.map(([key, value]) => (
        <Field key={key} label={key}>{mono(typeof value === "string" ? value : JSON.stringify(value))}</Field>
      ))}
    </dl>
  );
}
