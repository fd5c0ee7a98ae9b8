import { spawn, type ChildProcess } from "node:child_process";
import type { SandboxState } from "./sandbox-state";

export interface RunningSandbox {
  url: string;
  stop(): void;
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the sandbox exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/.well-known/jwks.json`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the sandbox did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts `sandbox/main.ts` in its own process, registered with this state's client and key. */
export async function startSandboxProcess(state: SandboxState, env: NodeJS.ProcessEnv): Promise<RunningSandbox> {
  const port = env.SANDBOX_PORT ?? "4010";
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    env: {
      ...env,
      SANDBOX_PORT: port,
      SANDBOX_CLIENT_ID: state.clientId,
      SANDBOX_CLIENT_SECRET: state.clientSecret,
      SANDBOX_DPOP_PUBLIC_KEY: JSON.stringify(state.dpopPublicJwk),
    },
    // The IPC channel lets the sandbox notice when this process dies, however it dies.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.once("exit", stop);
  try {
    await waitUntilServing(url, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
