"use client";

import { TextFilter } from "@/components/filters/text-filter";
import { ChevronDownIcon } from "@/components/ui/icons";
import { useBalances } from "@/lib/api/balances";
import { transactionFilterSpec } from "@/lib/filters/list-queries";
import { validateField } from "@/lib/filters/validate-field";

interface CurrencyFilterProps {
  value: string | undefined;
  onChange: (currency: string | undefined) => void;
}

/**
 * The account to list: a choice of the merchant's account currencies (from the balances),
 * or, when those cannot be loaded, a code typed and checked against the shared spec.
 */
export function CurrencyFilter({ value, onChange }: CurrencyFilterProps) {
  const balances = useBalances();
  if (balances.isError) {
    return (
      <TextFilter
        key={value ?? ""}
        name="currency"
        label="Currency"
        placeholder="Currency (USD)"
        className="w-32"
        normalize={(typed) => typed.toUpperCase()}
        value={value}
        validate={(typed) => validateField(transactionFilterSpec, "currency", typed)}
        onCommit={onChange}
      />
    );
  }
  const currencies = [...new Set([...(balances.data ?? []).map((balance) => balance.currency), ...(value ? [value] : [])])].sort();
  return (
    <label className="relative">
      <span className="sr-only">Currency</span>
      <select
        name="currency"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || undefined)}
        className={`h-8 appearance-none rounded-md border bg-white py-0 pr-8 pl-3 text-sm font-medium shadow-xs ${value ? "border-brand/40 bg-brand-soft text-brand" : "border-gray-300 text-gray-800"}`}
      >
        <option value="">All accounts</option>
        {currencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency} account
          </option>
        ))}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-gray-500" />
    </label>
  );
}
