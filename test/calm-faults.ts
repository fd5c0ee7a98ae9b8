import type { Faults } from "@/sandbox/config";

/**
 * The sandbox's fault knobs at rest, for tests: no latency, no failures, a rate limit no
 * test reaches, long-lived tokens. Each test sets only the fault it injects.
 */
export const CALM_FAULTS: Required<Faults> = {
  latencyMs: 0,
  failRate: 0,
  requireNonce: false,
  clockOffsetS: 0,
  rateLimitPerMin: 100_000,
  tokenTtlS: 28_800,
  tokenEndpointDown: false,
  malformedRate: 0,
  malformedKind: "html",
};
