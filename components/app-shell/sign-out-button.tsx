"use client";

import { useState } from "react";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);

  async function signOut() {
    setBusy(true);
    await fetch("/api/session", { method: "DELETE" }).catch(() => undefined);
    // A full navigation, not router.push: Back then asks the server for the old page,
    // which now refuses it, instead of showing it from the client-side cache.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/login");
  }

  return (
    <button type="button" onClick={signOut} disabled={busy} className="rounded border border-gray-300 px-3 py-1.5 hover:bg-gray-50">
      {busy ? "Signing out…" : "Sign out"}
    </button>
  );
}
