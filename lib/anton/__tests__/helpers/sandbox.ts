// Tests may start the sandbox through its programmatic API; lib/anton itself never imports it.
import type { SandboxConfig } from "@/sandbox/config";
import { startSandbox, type SandboxHandle } from "@/sandbox/server";

import { CALM_FAULTS } from "@/test/calm-faults";
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from "./keys";

/** A real sandbox on an ephemeral port, registered for the given public keys. */
export function startTestSandbox(dpopPublicKeys: JsonWebKey[]): Promise<SandboxHandle> {
  const config: SandboxConfig = {
    port: 0,
    host: "127.0.0.1",
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    dpopPublicKeys,
    seed: "lib-anton-tests",
    controlEnabled: false,
    ...CALM_FAULTS,
  };
  return startSandbox(config);
}

/** "METHOD path status" for every request the sandbox answered, in order. */
export function requestLog(sandbox: SandboxHandle, path?: string): string[] {
  return sandbox.stats.requests
    .filter((r) => path === undefined || r.path === path)
    .map((r) => `${r.method} ${r.path} ${r.status}`);
}
