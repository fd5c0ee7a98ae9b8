import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside a React Server bundle; under test we are the server.
    alias: { "server-only": new URL("./test/server-only-stub.ts", import.meta.url).pathname },
  },
  test: {
    include: ["{app,components,lib,sandbox,scripts}/**/__tests__/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: integration suites start servers; keep files from starving each other.
    maxWorkers: 2,
  },
});
