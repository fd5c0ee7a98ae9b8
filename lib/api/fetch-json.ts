import { ApiError, apiErrorFrom } from "./api-error";

/** Sends the browser to sign in, coming back to exactly this page and its filters. */
function redirectToSignIn(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  // A full navigation on purpose: the server must render sign-in without the dead session.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
}

/**
 * GET one of the dashboard's own JSON routes. Non-2xx answers throw an ApiError; a 401
 * (the session ended) also starts the trip to the sign-in page. Aborts pass through.
 */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { Accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, "network_error", "The dashboard cannot be reached. Check your connection.");
  }
  if (!response.ok) {
    const error = await apiErrorFrom(response);
    if (response.status === 401 && typeof window !== "undefined") redirectToSignIn();
    throw error;
  }
  return (await response.json()) as T;
}
