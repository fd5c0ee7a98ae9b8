"use client";

import { useState, type FormEvent } from "react";

type FormState = { kind: "idle" } | { kind: "submitting" } | { kind: "error"; message: string };

async function signIn(email: string, password: string): Promise<string | undefined> {
  const response = await fetch("/api/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.ok) return undefined;
  if (response.status === 429) {
    const minutes = Math.ceil(Number(response.headers.get("Retry-After") ?? 60) / 60);
    return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (response.status === 401) return "Email or password is incorrect.";
  return "Sign-in is unavailable right now. Try again shortly.";
}

export function LoginForm({ returnTo }: { returnTo: string }) {
  const [state, setState] = useState<FormState>({ kind: "idle" });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setState({ kind: "submitting" });
    const problem = await signIn(String(form.get("email") ?? ""), String(form.get("password") ?? "")).catch(
      () => "The dashboard cannot be reached. Check your connection.",
    );
    if (problem) setState({ kind: "error", message: problem });
    // A full navigation, so the server renders the app shell with the new session.
    else window.location.assign(returnTo);
  }

  return (
    <form className="mt-6 space-y-4" onSubmit={onSubmit} noValidate>
      <label className="block text-sm font-medium">
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus className="mt-1 block w-full rounded border border-gray-300 px-3 py-2" />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input name="password" type="password" autoComplete="current-password" required className="mt-1 block w-full rounded border border-gray-300 px-3 py-2" />
      </label>
      {state.kind === "error" && (
        <p role="alert" className="rounded bg-status-stopped-bg px-3 py-2 text-sm text-status-stopped">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={state.kind === "submitting"}
        className="w-full rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {state.kind === "submitting" ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
