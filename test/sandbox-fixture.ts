import { generateKeyPairSync, randomBytes } from "node:crypto";
import { vi } from "vitest";
import type { SandboxConfig } from "@/sandbox/config";
import { startSandbox, type SandboxHandle } from "@/sandbox/server";
import { CALM_FAULTS } from "./calm-faults";

export type KeyKind = "ES256" | "Ed25519";

export interface SandboxFixture {
  sandbox: SandboxHandle;
  /** Route handler modules imported fresh, so each fixture gets its own memoised Anton client. */
  importRoute<T>(path: string): Promise<T>;
  /** Forgets the dashboard's Anton client (cached token, learned clock, nonces): the next route call starts cold. */
  forgetClient(): void;
  close(): Promise<void>;
}

const CLIENT_MEMO = Symbol.for("anton-dashboard.lib.anton.client");

function keyPair(kind: KeyKind) {
  const { privateKey, publicKey } =
    kind === "ES256" ? generateKeyPairSync("ec", { namedCurve: "P-256" }) : generateKeyPairSync("ed25519");
  return { privateJwk: privateKey.export({ format: "jwk" }), publicJwk: publicKey.export({ format: "jwk" }) };
}

/**
 * Starts the real sandbox on an ephemeral port and points the dashboard's environment at
 * it, the way `npm start` does in sandbox mode. Route handlers are then called as Next
 * calls them, and talk to the sandbox over real HTTP.
 */
export async function startSandboxFixture(
  options: {
    key?: KeyKind;
    alg?: "EdDSA" | "Ed25519";
    sandbox?: Partial<SandboxConfig>;
    /** Extra dashboard environment, e.g. `{ ANTON_TIMEOUT_MS: "1000" }`; unstubbed on close. */
    env?: Record<string, string>;
  } = {},
): Promise<SandboxFixture> {
  const { privateJwk, publicJwk } = keyPair(options.key ?? "ES256");
  const clientId = `ant_oc_sandbox_${randomBytes(16).toString("hex")}`;
  const clientSecret = `ant_ocs_sandbox_${randomBytes(24).toString("hex")}`;
  const sandbox = await startSandbox({
    port: 0,
    host: "127.0.0.1",
    clientId,
    clientSecret,
    dpopPublicKeys: [publicJwk],
    seed: "integration",
    ...CALM_FAULTS,
    controlEnabled: false,
    ...options.sandbox,
  });
  vi.stubEnv("ANTON_API_BASE_URL", sandbox.url);
  vi.stubEnv("ANTON_CLIENT_ID", clientId);
  vi.stubEnv("ANTON_CLIENT_SECRET", clientSecret);
  vi.stubEnv("ANTON_DPOP_PRIVATE_KEY", JSON.stringify(privateJwk));
  vi.stubEnv("ANTON_DPOP_PRIVATE_KEY_FILE", "");
  vi.stubEnv("ANTON_DPOP_ALG", options.alg ?? "");
  for (const [name, value] of Object.entries(options.env ?? {})) vi.stubEnv(name, value);
  vi.resetModules();
  // getAntonClient keeps one client per process on globalThis (Next loads each route's
  // bundle separately, and they must share one token cache); a new fixture needs a new one.
  const forgetClient = () => void delete (globalThis as Record<symbol, unknown>)[CLIENT_MEMO];
  forgetClient();
  return {
    sandbox,
    importRoute: <T>(path: string) => import(/* @vite-ignore */ `@/app/api/${path}/route`) as Promise<T>,
    forgetClient,
    close: async () => {
      vi.unstubAllEnvs();
      await sandbox.close();
    },
  };
}

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next does: a Request and a params promise. */
export function callRoute(handler: RouteHandler, url: string, params: Record<string, string> = {}, signal?: AbortSignal) {
  return handler(new Request(new URL(url, "http://localhost:3000"), { signal }), { params: Promise.resolve(params) });
}
