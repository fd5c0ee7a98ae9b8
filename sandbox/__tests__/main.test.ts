import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `npm run sandbox` (tsx sandbox/main.ts) as a process: one line with the URL, never the secret.

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const SECRET = `ant_ocs_sandbox_${"c3".repeat(24)}`;

function run(env: Record<string, string>): Promise<{ line: string; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", async (d) => {
      stdout += d;
      if (!stdout.includes("\n")) return;
      const line = stdout.split("\n")[0]!;
      try {
        const url = /(http:\/\/\S+)/.exec(line)![1]!;
        const jwks = await fetch(`${url}/.well-known/jwks.json`);
        expect(jwks.status).toBe(200);
      } catch (err) {
        reject(err);
      }
      child.kill("SIGTERM");
      child.on("exit", (code) => resolve({ line, code, stderr }));
    });
    child.on("exit", (code) => {
      if (!stdout.includes("\n")) resolve({ line: "", code, stderr });
    });
  });
}

describe("sandbox/main.ts", () => {
  it("starts, prints one line with the URL and not the secret, and stops on SIGTERM", async () => {
    const jwk = JSON.stringify(generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }));
    const { line, code } = await run({
      SANDBOX_PORT: "0",
      SANDBOX_CLIENT_ID: `ant_oc_sandbox_${"d4".repeat(16)}`,
      SANDBOX_CLIENT_SECRET: SECRET,
      SANDBOX_DPOP_PUBLIC_KEY: jwk,
    });
    expect(line).toMatch(/^Anton sandbox on http:\/\/127\.0\.0\.1:\d+ /);
    expect(line).not.toContain(SECRET);
    expect(code).toBe(0);
  });

  it("exits 1 naming the missing variable", async () => {
    const { code, stderr } = await run({ SANDBOX_CLIENT_ID: "", SANDBOX_CLIENT_SECRET: "", SANDBOX_DPOP_PUBLIC_KEY: "" });
    expect(code).toBe(1);
    expect(stderr).toContain("SANDBOX_CLIENT_ID");
  });
});
