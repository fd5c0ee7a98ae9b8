import { expect, type APIRequestContext } from "@playwright/test";

// The e2e sandbox's control endpoints (SANDBOX_CONTROL=1 in playwright.config.ts): what
// reached "Anton", and its fault knobs.

export const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4110}`;

/** One request the sandbox received; `url` is the request target, query included. */
export interface UpstreamRequest {
  method: string;
  path: string;
  status: number;
  url: string;
}

interface Stats {
  tokensMinted: number;
  requests: UpstreamRequest[];
}

export async function sandboxStats(request: APIRequestContext): Promise<Stats> {
  const response = await request.get(`${SANDBOX_URL}/__sandbox/stats`);
  expect(response.status(), "the e2e sandbox must run with SANDBOX_CONTROL=1").toBe(200);
  return (await response.json()) as Stats;
}

export async function resetSandboxStats(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${SANDBOX_URL}/__sandbox/reset-stats`)).status()).toBe(204);
}

export async function setSandboxFaults(request: APIRequestContext, faults: Record<string, number | boolean>): Promise<void> {
  const response = await request.post(`${SANDBOX_URL}/__sandbox/faults`, { data: faults });
  expect(response.status(), await response.text()).toBe(200);
}

/** The sandbox's rate limit as the e2e server starts it, to restore after raising it. */
export const E2E_SANDBOX_RATE_LIMIT = Number(process.env.SANDBOX_RATE_LIMIT_PER_MIN || 1000);

/** Runs `action`, then lists the upstream requests the sandbox received meanwhile. */
export async function upstreamDuring(request: APIRequestContext, action: () => Promise<void>): Promise<UpstreamRequest[]> {
  await resetSandboxStats(request);
  await action();
  return (await sandboxStats(request)).requests;
}
