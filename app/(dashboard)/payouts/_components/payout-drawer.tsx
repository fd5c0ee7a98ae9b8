"use client";

import { useId, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Drawer } from "@/components/ui/drawer";
import { ChevronDownIcon, ChevronUpIcon, CloseIcon } from "@/components/ui/icons";
import { Money } from "@/components/ui/money";
import { usePendingValue } from "@/components/ui/use-pending-value";
import { ApiError } from "@/lib/api/api-error";
import { usePayout } from "@/lib/api/payouts";
import type { Payout } from "@/lib/api/types";
import { PayoutEconomics } from "./payout-economics";
import { PartiesFields, RailFields, RecordFields } from "./payout-fields";
import { PayoutStatusBadge } from "./payout-status-badge";
import { PayoutTimelineView } from "./payout-timeline-view";

interface PayoutDrawerProps {
  openId: string | undefined;
  /** The loaded rows: the drawer reads from them and steps through them. */
  payouts: readonly Payout[];
  timeZone: string;
  onNavigate: (id: string) => void;
  onClose: () => void;
  /** Loads the next page when stepping past the last loaded row; resolves to all rows. */
  loadMore?: () => Promise<readonly Payout[]>;
}

const count = new Intl.NumberFormat("en-US");
const NEXT_KEYS = new Set(["ArrowDown", "ArrowRight"]);
const PREVIOUS_KEYS = new Set(["ArrowUp", "ArrowLeft"]);

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-t border-gray-100 px-6 py-4">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-gray-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** One payout in full (linkable as ?payout=pay_…); arrow keys step through the loaded list. */
export function PayoutDrawer({ openId: idInUrl, payouts, timeZone, onNavigate, onClose, loadMore }: PayoutDrawerProps) {
  const titleId = useId();
  // Steps show at once and count from the last one taken, even before the URL catches up,
  // so holding an arrow key walks row by row instead of repeating a stale step.
  const [openId, setOpenId] = usePendingValue(idInUrl, idInUrl ?? "");
  const go = (id: string) => {
    setOpenId(id);
    onNavigate(id);
  };
  const index = openId ? payouts.findIndex((payout) => payout.id === openId) : -1;
  const loaded = index >= 0 ? payouts[index] : undefined;
  // Only a payout that is not among the loaded rows (a pasted link) is fetched on its own.
  const detail = usePayout(openId, loaded === undefined);
  const payout = loaded ?? detail.data;

  const previousId = index > 0 ? payouts[index - 1]?.id : undefined;
  const nextId = index >= 0 ? payouts[index + 1]?.id : undefined;
  const canLoadMore = index >= 0 && index === payouts.length - 1 && loadMore !== undefined;

  async function step(delta: 1 | -1) {
    if (delta === -1 && previousId) return go(previousId);
    if (delta === 1 && nextId) return go(nextId);
    if (delta === 1 && canLoadMore) {
      const rows = await loadMore();
      const following = rows[index + 1];
      if (following) go(following.id);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if ((event.target as HTMLElement).closest("input, textarea, select")) return;
    if (NEXT_KEYS.has(event.key)) {
      event.preventDefault();
      void step(1);
    } else if (PREVIOUS_KEYS.has(event.key)) {
      event.preventDefault();
      void step(-1);
    }
  }

  return (
    <Drawer open={idInUrl !== undefined} onClose={onClose} labelledBy={titleId} onKeyDown={onKeyDown}>
      <div className="flex h-full flex-col">
        <header className="flex items-start gap-3 border-b border-gray-200 px-6 py-4">
          <div className="min-w-0 flex-1">
            <h2 id={titleId} className="text-base font-semibold">
              Payout <span className="font-mono text-sm font-normal text-gray-700">{openId}</span>
            </h2>
            <p className="mt-0.5 text-xs text-gray-500" aria-live="polite">
              {index >= 0 ? `${count.format(index + 1)} of ${count.format(payouts.length)} loaded · ↑ ↓ to step, Esc to close` : "Not among the loaded rows · Esc to close"}
            </p>
          </div>
          <div className="flex items-center gap-1">
            {openId && <CopyButton value={openId} label="payout ID" className="size-8" />}
            <Button variant="ghost" size="sm" aria-label="Previous payout" disabled={!previousId} onClick={() => void step(-1)} className="size-8 px-0">
              <ChevronUpIcon />
            </Button>
            <Button variant="ghost" size="sm" aria-label="Next payout" disabled={!nextId && !canLoadMore} onClick={() => void step(1)} className="size-8 px-0">
              <ChevronDownIcon />
            </Button>
            <Button variant="ghost" size="sm" aria-label="Close" onClick={onClose} className="size-8 px-0">
              <CloseIcon />
            </Button>
          </div>
        </header>
        <div className="flex-1 overflow-y-auto">
          {payout ? (
            <PayoutContent payout={payout} timeZone={timeZone} />
          ) : detail.isError ? (
            <DrawerError error={detail.error} onRetry={() => void detail.refetch()} />
          ) : (
            <p role="status" className="px-6 py-8 text-sm text-gray-500">
              Loading payout…
            </p>
          )}
        </div>
      </div>
    </Drawer>
  );
}

function PayoutContent({ payout, timeZone }: { payout: Payout; timeZone: string }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-6 py-4">
        <PayoutStatusBadge status={payout.status} />
        <span className="text-lg font-semibold">
          <Money amount={payout.source_amount} currency={payout.source_currency} />
          <span className="mx-2 text-gray-500" aria-hidden="true">→</span>
          <span className="sr-only"> to </span>
          <Money amount={payout.dest_amount} currency={payout.dest_currency} />
        </span>
      </div>
      <Section title="Lifecycle">
        <PayoutTimelineView payout={payout} timeZone={timeZone} />
      </Section>
      <Section title="Economics">
        <PayoutEconomics payout={payout} />
      </Section>
      <Section title="Parties and reference">
        <PartiesFields payout={payout} />
      </Section>
      <Section title="Rail">
        <RailFields payout={payout} />
      </Section>
      <Section title="Record">
        <RecordFields payout={payout} timeZone={timeZone} />
      </Section>
    </>
  );
}

function DrawerError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const apiError = error instanceof ApiError ? error : undefined;
  return (
    <div role="alert" className="px-6 py-8 text-sm">
      <p className="font-medium text-gray-900">{apiError?.status === 404 ? "No payout with this ID." : "The payout could not be loaded."}</p>
      <p className="mt-1 text-gray-600">{apiError?.message ?? "Something went wrong."}</p>
      {apiError?.requestId && <p className="mt-1 text-xs text-gray-500">Request ID <code className="font-mono">{apiError.requestId}</code></p>}
      {apiError?.status !== 404 && (
        <Button className="mt-3" onClick={onRetry}>
          Retry
        </Button>
      )}
    </div>
  );
}
