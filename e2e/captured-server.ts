import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { connect } from "node:net";

// A second dashboard in sandbox mode, started the way `npm start` starts it, whose stdout and
// stderr (the sandbox's stderr included) go to a file the test can read. Playwright's own
// webServer pipes its output to the terminal, out of a test's reach. It runs in a process
// group of its own and is stopped whole.

export interface CapturedServer {
  baseURL: string;
  sandboxURL: string;
  stop(): Promise<void>;
}

interface Options {
  port: number;
  sandboxPort: number;
  stateDir: string;
  logFile: string;
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

export async function startCapturedServer(options: Options): Promise<CapturedServer> {
  for (const port of [options.port, options.sandboxPort]) {
    if (await isListening(port)) throw new Error(`port ${port} is taken; set E2E_LOG_PORT / E2E_LOG_SANDBOX_PORT`);
  }
  const log = openSync(options.logFile, "w");
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/lib/allow-server-only.mjs", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      SANDBOX_PORT: String(options.sandboxPort),
      SANDBOX_STATE_DIR: options.stateDir,
      SANDBOX_CONTROL: "1",
      ANTON_API_BASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  closeSync(log);
  const pid = child.pid!;
  const killNow = () => signalGroup(pid, "SIGKILL");
  process.once("exit", killNow);

  const stop = async () => {
    signalGroup(pid, "SIGTERM");
    for (let waited = 0; waited < 10_000 && signalGroup(pid, 0); waited += 100) await sleep(100);
    killNow();
    process.off("exit", killNow);
  };

  const baseURL = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the captured server exited (${child.exitCode}); see ${options.logFile}`);
    const status = await fetch(`${baseURL}/api/session`).then((r) => r.status, () => 0);
    if (status === 401) return { baseURL, sandboxURL: `http://127.0.0.1:${options.sandboxPort}`, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`the captured server did not answer within ${options.timeoutMs / 1000} s; see ${options.logFile}`);
}
