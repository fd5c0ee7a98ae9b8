"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ID_PATTERNS } from "@/lib/filters/anton-vocabulary";

/** "Go to batch": a pasted batch ID opens that batch, once it looks like one. */
export function GoToBatch() {
  const router = useRouter();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = draft.trim();
    if (!ID_PATTERNS.batch.test(value)) {
      setError("A batch ID looks like bat_01HX… (letters and digits after bat_).");
      return;
    }
    setError(undefined);
    router.push(`/batches/${value}`);
  }

  return (
    <form onSubmit={submit} role="search" aria-label="Go to batch" className="relative flex items-center gap-2">
      <label htmlFor={`${id}-input`} className="text-sm text-gray-600">
        Go to batch
      </label>
      <input
        id={`${id}-input`}
        value={draft}
        placeholder="bat_01HX…"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setDraft(event.target.value);
          if (error) setError(undefined);
        }}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`h-8 w-64 rounded-md border bg-white px-2.5 font-mono text-sm shadow-xs placeholder:font-sans placeholder:text-gray-500 ${error ? "border-status-stopped" : "border-gray-300"}`}
      />
      <Button type="submit">Open</Button>
      {error && (
        <p id={`${id}-error`} role="alert" className="absolute top-full right-0 z-20 mt-1 w-max max-w-80 rounded bg-status-stopped px-2 py-1 text-xs text-white shadow">
          {error}
        </p>
      )}
    </form>
  );
}
