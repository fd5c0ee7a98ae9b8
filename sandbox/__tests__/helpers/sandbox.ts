import { startSandbox, type SandboxHandle } from "../../server.js";
import type { SandboxConfig } from "../../config.js";
import { TestClient } from "./client.js";
import { ed25519Key, es256Key, type TestKey } from "./keys.js";

export const TEST_NOW = Date.parse("2026-04-15T14:30:00Z");
export const CLIENT_ID = `ant_oc_sandbox_${"0123456789abcdef".repeat(2)}`;
/**
 * Not the documented hex shape on purpose: + : % space and é all change under
 * form-encoding, so every test mint exercises RFC 6749 §2.3.1 on both sides.
 */
export const CLIENT_SECRET = `ant_ocs_sandbox_${"fedcba98".repeat(4)}+x:50%41 é`;

export interface TestSandbox {
  sandbox: SandboxHandle;
  es256: TestKey;
  ed25519: TestKey;
  /** A client for the ES256 key. */
  client: TestClient;
  clientFor(key: TestKey): TestClient;
}

/** Starts a sandbox on an ephemeral port with an ES256 and an Ed25519 key registered. */
export async function startTestSandbox(overrides: Partial<SandboxConfig> = {}, keys?: { es256: TestKey; ed25519: TestKey }): Promise<TestSandbox> {
  const es256 = keys?.es256 ?? es256Key();
  const ed25519 = keys?.ed25519 ?? ed25519Key();
  const sandbox = await startSandbox({
    port: 0,
    host: "127.0.0.1",
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    dpopPublicKeys: [es256.publicJwk, ed25519.publicJwk],
    seed: "anton",
    now: TEST_NOW,
    latencyMs: 0,
    failRate: 0,
    requireNonce: false,
    clockOffsetS: 0,
    rateLimitPerMin: 1_000_000,
    tokenTtlS: 28_800,
    controlEnabled: false,
    ...overrides,
  });
  const clientFor = (key: TestKey) => new TestClient(sandbox.url, overrides.clientId ?? CLIENT_ID, overrides.clientSecret ?? CLIENT_SECRET, key);
  return { sandbox, es256, ed25519, client: clientFor(es256), clientFor };
}
