import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { MONO_TEXT } from "@/components/ui/id-text";
import type { Batch } from "@/lib/api/batches";
import { formatDateTime } from "@/lib/dates";
import { BatchStatusBadge } from "../../_components/batch-status-badge";
import { MoneyList } from "../../_components/money-list";
import { LiveStatus } from "./live-status";

const count = new Intl.NumberFormat("en-US");

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Stat({ label, value, tone }: { label: string; value: number; tone?: "stopped" | "attention" }) {
  const color = value > 0 && tone === "stopped" ? "text-status-stopped" : value > 0 && tone === "attention" ? "text-status-attention" : "text-gray-900";
  return (
    <div className="min-w-24 rounded-md border border-gray-200 px-3 py-2">
      <dt className="text-xs text-gray-500">{label}</dt>
      <dd className={`text-lg font-semibold tabular-nums ${color}`}>{count.format(value)}</dd>
    </div>
  );
}

function When({ label, iso, timeZone }: { label: string; iso: string | undefined; timeZone: string }) {
  if (!iso) return null;
  return (
    <div className="flex gap-2">
      <dt className="w-24 shrink-0 text-gray-500">{label}</dt>
      <dd>
        <time dateTime={iso} title={`${formatDateTime(iso, "UTC")} UTC`} className="tabular-nums">
          {formatDateTime(iso, timeZone)}
        </time>
      </dd>
    </div>
  );
}

interface BatchHeaderProps {
  batch: Batch;
  timeZone: string;
  live: boolean;
  updatedAt: number;
  refreshing: boolean;
}

/** Who uploaded which file when, what validation made of its rows, and where the batch stands. */
export function BatchHeader({ batch, timeZone, live, updatedAt, refreshing }: BatchHeaderProps) {
  const debits = batch.summary?.estimated_debits;
  return (
    <header className="rounded-lg border border-gray-200 bg-white p-4">
      <nav aria-label="Breadcrumb" className="mb-1 flex min-w-0 gap-1.5 text-sm text-gray-500">
        <Link href="/batches" className="shrink-0 hover:text-brand hover:underline">
          Batches
        </Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page" className="truncate">
          {batch.file_name}
        </span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="truncate text-xl font-semibold tracking-tight">{batch.file_name}</h1>
            <BatchStatusBadge status={batch.status} />
          </div>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-gray-600">
            <span className="inline-flex items-center gap-1">
              <span className={MONO_TEXT}>{batch.id}</span>
              <CopyButton value={batch.id} label="batch ID" />
            </span>
            <span aria-hidden="true">·</span>
            <span>
              {batch.file_format.toUpperCase()}, {fileSize(batch.file_size)}
            </span>
            <span aria-hidden="true">·</span>
            <span>uploaded by {batch.uploaded_by}</span>
          </p>
        </div>
        <LiveStatus live={live} updatedAt={updatedAt} refreshing={refreshing} timeZone={timeZone} />
      </div>
      <div className="mt-4 flex flex-wrap items-start gap-x-8 gap-y-4">
        <dl className="flex flex-wrap gap-2" aria-label="Rows">
          <Stat label="Rows in file" value={batch.total_rows} />
          <Stat label="Valid" value={batch.valid_rows} />
          <Stat label="Invalid" value={batch.invalid_rows} tone="stopped" />
          <Stat label="Warnings" value={batch.warning_rows} tone="attention" />
          <Stat label="Skipped" value={batch.skipped_rows} tone="attention" />
          <Stat label="Processed" value={batch.processed_rows} />
        </dl>
        <dl className="text-sm">
          <div className="flex gap-2">
            <dt className="w-24 shrink-0 text-gray-500">Est. debits</dt>
            <dd>
              <MoneyList amounts={debits} className="!items-start" />
            </dd>
          </div>
        </dl>
        <dl className="space-y-0.5 text-sm" aria-label="Timestamps">
          <When label="Uploaded" iso={batch.created_at} timeZone={timeZone} />
          <When label="Confirmed" iso={batch.confirmed_at} timeZone={timeZone} />
          <When label="Completed" iso={batch.completed_at} timeZone={timeZone} />
          <When label="Expires" iso={batch.expires_at} timeZone={timeZone} />
          <When label="Last updated" iso={batch.updated_at} timeZone={timeZone} />
        </dl>
      </div>
    </header>
  );
}
