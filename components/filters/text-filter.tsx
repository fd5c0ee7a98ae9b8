"use client";

import { useId, useState, type FormEvent } from "react";

interface TextFilterProps {
  /** The URL parameter: also the input's name. */
  name: string;
  label: string;
  placeholder?: string;
  value: string | undefined;
  /** The spec's verdict on a typed value: a message when refused. */
  validate: (value: string) => string | undefined;
  onCommit: (value: string | undefined) => void;
  /** E.g. upper-case a currency code as it is typed. */
  normalize?: (value: string) => string;
  className?: string;
}

/**
 * A free-text or ID filter. Applied on Enter or when focus leaves, only if the shared
 * spec accepts it; a refused value stays in the box, marked, and is not sent.
 * Remount it (key) when the URL value changes from elsewhere, e.g. "Clear filters".
 */
export function TextFilter({ name, label, placeholder, value, validate, onCommit, normalize = (v) => v, className = "w-44" }: TextFilterProps) {
  const [draft, setDraft] = useState(value ?? "");
  const [error, setError] = useState<string | undefined>(undefined);
  const errorId = useId();

  function commit(event?: FormEvent) {
    event?.preventDefault();
    const trimmed = draft.trim();
    if (trimmed === (value ?? "")) return setError(undefined);
    const problem = trimmed === "" ? undefined : validate(trimmed);
    setError(problem);
    if (!problem) onCommit(trimmed === "" ? undefined : trimmed);
  }

  return (
    <form onSubmit={commit} className={`relative ${className}`}>
      <label className="sr-only" htmlFor={`${errorId}-input`}>
        {label}
      </label>
      <input
        id={`${errorId}-input`}
        name={name}
        value={draft}
        placeholder={placeholder ?? label}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setDraft(normalize(event.target.value))}
        onBlur={() => commit()}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        className={`h-8 w-full rounded-md border bg-white px-2.5 text-sm shadow-xs placeholder:text-gray-500 ${error ? "border-status-stopped" : value ? "border-brand/40 bg-brand-soft/40" : "border-gray-300"}`}
      />
      {error && (
        <p id={errorId} role="alert" className="absolute top-full left-0 z-20 mt-1 w-max max-w-72 rounded bg-status-stopped px-2 py-1 text-xs text-white shadow">
          {label} {error}
        </p>
      )}
    </form>
  );
}
