// `npm start`: serves the dashboard. With ANTON_API_BASE_URL unset it is sandbox mode:
// generate credentials once, start the local Anton sandbox, and point the dashboard at it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import nextEnv from "@next/env";
import next from "next";
import { readAntonConfig } from "@/lib/anton/config";
import { ConfigError } from "@/lib/config/config-error";
import { readSessionConfig } from "@/lib/session/config";
import { startSandboxProcess, type RunningSandbox } from "./lib/sandbox-process";
import { ensureSandboxState } from "./lib/sandbox-state";

const root = resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
nextEnv.loadEnvConfig(root, dev);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const sandboxMode = !process.env.ANTON_API_BASE_URL;

function fail(message: string): never {
  console.error(`\nCannot start the dashboard: ${message}\n`);
  process.exit(1);
}

async function prepareSandbox(): Promise<{ sandbox: RunningSandbox; demo: string }> {
  const state = await ensureSandboxState(resolve(root, process.env.SANDBOX_STATE_DIR ?? ".sandbox"));
  const sandbox = await startSandboxProcess(state, process.env);
  Object.assign(process.env, {
    ANTON_API_BASE_URL: sandbox.url,
    ANTON_CLIENT_ID: state.clientId,
    ANTON_CLIENT_SECRET: state.clientSecret,
    ANTON_DPOP_PRIVATE_KEY_FILE: state.dpopPrivateKeyFile,
    SESSION_SECRET: state.sessionSecret,
    DASHBOARD_USERS_FILE: state.usersFile,
    DASHBOARD_SANDBOX_MODE: "1",
  });
  delete process.env.ANTON_DPOP_PRIVATE_KEY;
  delete process.env.DASHBOARD_USERS;
  return { sandbox, demo: `${state.demoEmail} / ${state.demoPassword}` };
}

function validateConfig() {
  try {
    readAntonConfig(process.env);
    readSessionConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

function buildIfMissing() {
  if (dev || existsSync(resolve(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  console.log("No production build yet: running `next build` once (about a minute)…");
  const build = spawnSync(process.execPath, [resolve(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) fail("`next build` failed (see above).");
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const prepared = sandboxMode ? await prepareSandbox() : undefined;
  validateConfig();
  buildIfMissing();

  const app = next({ dev, dir: root, hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const trustProxy = process.env.DASHBOARD_TRUST_PROXY === "1" || process.env.DASHBOARD_TRUST_PROXY === "true";

  const server = createServer((request, response) => {
    // Sign-in rate limits key on the client address. Next keeps a client-sent
    // X-Forwarded-For, so unless a trusted proxy sits in front, replace it with the socket's.
    if (!trustProxy) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
    void handle(request, response);
  });
  server.listen(port, host, () => {
    const url = `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`;
    console.log(`\nAnton Merchant Dashboard${prepared ? " — sandbox mode" : ""}${dev ? " (dev)" : ""}`);
    console.log(`  Dashboard  ${url}`);
    if (prepared) {
      console.log(`  Sign in    ${prepared.demo}`);
      console.log(`  Sandbox    ${prepared.sandbox.url} (credentials and key in .sandbox/, git-ignored)`);
    }
    console.log("");
  });

  const shutdown = () => {
    prepared?.sandbox.stop();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
