import { readSandboxConfig } from "./config.js";
import { startSandbox } from "./server.js";

// `npm run sandbox`: reads SANDBOX_*, starts the emulator, prints one line with the URL.

const started = performance.now();
let config;
try {
  config = readSandboxConfig(process.env);
} catch (err) {
  console.error(`sandbox: ${(err as Error).message}`);
  process.exit(1);
}

try {
  const sandbox = await startSandbox(config);
  const ms = Math.round(performance.now() - started);
  console.log(`Anton sandbox on ${sandbox.url} (seed "${config.seed}", ${sandbox.data.payouts.length} payouts, ready in ${ms} ms)`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Started by `npm start` with an IPC channel: end with the parent, even if it was killed.
  if (process.send) process.once("disconnect", stop);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  console.error(`sandbox: ${e.code === "EADDRINUSE" ? `port ${config.port} is already in use (set SANDBOX_PORT)` : e.message}`);
  process.exit(1);
}
