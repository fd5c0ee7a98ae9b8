import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { assertPortFree, killGroup, sleep, spawnGroup, waitForHttp, type Env, type GroupProcess } from "./processes";

// The dashboard as users run it: `npm start` in sandbox mode (production build, the sandbox
// as a child), in a process group of its own that `stop()` kills whole.

export const root = resolve(import.meta.dirname, "../..");
export const STATE_DIR = ".sandbox/bench";
export const SESSION_COOKIE = "anton_dashboard_session";

/** What sandbox mode wrote to `<state dir>/credentials.json` (plus the DPoP key file next to it). */
export interface StackState {
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
  demoEmail: string;
  demoPassword: string;
  dpopPrivateJwk: string;
}

export interface DashboardStack {
  dashboard: string;
  sandbox: string;
  /** Whether `npm start` found an existing .next build (false: it built one first). */
  reusedBuild: boolean;
  state: StackState;
  /** With `profileDir`: asks the profiled processes to write their CPU profiles now, and waits for them. */
  flushProfiles(): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  dashboardPort: number;
  sandboxPort: number;
  startTimeoutS: number;
  /** When set, the dashboard and sandbox processes write CPU profiles here as they exit. */
  profileDir?: string;
  /** Sandbox state folder (credentials, keys), relative to the checkout; default STATE_DIR. */
  stateDir?: string;
  /** Extra environment for `npm start` and the sandbox it starts (e.g. SANDBOX_CONTROL=1). */
  env?: Env;
}

/** Preloads bench/fixtures/cpu-profiler.mjs (node 20 refuses --cpu-prof in NODE_OPTIONS). */
function profilerEnv(dir: string) {
  const preload = `--import ${pathToFileURL(resolve(root, "bench/fixtures/cpu-profiler.mjs")).href}`;
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${preload}`.trim(), BENCH_CPU_PROFILE_DIR: dir };
}

/** SIGUSR2 to every process bench/fixtures/cpu-profiler.mjs announced; waits (bounded) for the files. */
async function requestProfiles(dir: string, timeoutMs = 60_000): Promise<void> {
  const names = readdirSync(dir).filter((f) => f.endsWith(".pid")).map((f) => f.slice(0, -".pid".length));
  for (const name of names) {
    try {
      process.kill(Number(name.split("-").at(-1)), "SIGUSR2");
    } catch {
      // already gone: it wrote its profile at exit, or never will
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !names.every((n) => existsSync(resolve(dir, `${n}.cpuprofile`)))) await sleep(100);
}

function readState(stateDir: string): StackState {
  const dir = resolve(root, stateDir);
  const credentials = JSON.parse(readFileSync(resolve(dir, "credentials.json"), "utf8")) as Omit<StackState, "dpopPrivateJwk">;
  return { ...credentials, dpopPrivateJwk: readFileSync(resolve(dir, "dpop-private-key.json"), "utf8") };
}

export async function startDashboardStack(options: StackOptions): Promise<DashboardStack> {
  await assertPortFree(options.dashboardPort, "BENCH_DASHBOARD_PORT");
  await assertPortFree(options.sandboxPort, "BENCH_SANDBOX_PORT");
  const reusedBuild = existsSync(resolve(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
  const dashboard = `http://127.0.0.1:${options.dashboardPort}`;
  const sandbox = `http://127.0.0.1:${options.sandboxPort}`;
  const stateDir = options.stateDir ?? STATE_DIR;
  console.error(`npm start: dashboard ${dashboard}, sandbox ${sandbox}, state ${stateDir}${reusedBuild ? "" : " (no .next build yet: it builds first)"}`);

  const group: GroupProcess = spawnGroup("npm", ["start"], {
    cwd: root,
    env: {
      ...process.env,
      ANTON_API_BASE_URL: "", // sandbox mode even if .env.local names a real Anton
      PORT: String(options.dashboardPort),
      HOST: "127.0.0.1",
      SANDBOX_PORT: String(options.sandboxPort),
      SANDBOX_STATE_DIR: stateDir,
      SANDBOX_RATE_LIMIT_PER_MIN: "1000000", // the dashboard and the bench client share the limit
      NEXT_TELEMETRY_DISABLED: "1",
      ...(options.profileDir ? profilerEnv(options.profileDir) : {}),
      ...options.env,
    },
    onLine: (line) => process.stderr.write(`  │ ${line.includes("Sign in") ? `  Sign in    (demo user in ${stateDir}/credentials.json)` : line}\n`),
  });
  try {
    await waitForHttp(`${dashboard}/api/session`, group, { timeoutMs: options.startTimeoutS * 1000, intervalMs: 250, ready: (s) => s === 401 });
    const flushProfiles = () => (options.profileDir ? requestProfiles(options.profileDir) : Promise.resolve());
    return { dashboard, sandbox, reusedBuild, state: readState(stateDir), flushProfiles, stop: () => killGroup(group) };
  } catch (error) {
    await killGroup(group);
    throw error;
  }
}

const sessionCookieOf = (response: Response) =>
  response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith(`${SESSION_COOKIE}=`));

/** A signed-in browser, as far as the data API can tell: it keeps the newest session cookie. */
export class DashboardUser {
  private constructor(
    private readonly dashboard: string,
    private cookie: string,
  ) {}

  /** Signs in as the demo user the way the login page does (JSON body, same-origin Origin header). */
  static async signIn(stack: DashboardStack): Promise<DashboardUser> {
    const response = await fetch(`${stack.dashboard}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: stack.dashboard },
      body: JSON.stringify({ email: stack.state.demoEmail, password: stack.state.demoPassword }),
      signal: AbortSignal.timeout(30_000),
    });
    const cookie = sessionCookieOf(response);
    if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return new DashboardUser(stack.dashboard, cookie);
  }

  get sessionCookie(): string {
    return this.cookie;
  }

  /** GET a dashboard path; fails on anything but 200. proxy.ts renews the session now and then. */
  async getJson<T>(path: string): Promise<T> {
    const response = await fetch(`${this.dashboard}${path}`, { headers: { cookie: this.cookie }, signal: AbortSignal.timeout(30_000) });
    const body = (await response.json()) as T;
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body)}`);
    this.cookie = sessionCookieOf(response) ?? this.cookie;
    return body;
  }
}
