// `npm test`: the whole suite. Unit and integration tests (Vitest), a fresh production
// build, then the browser journeys (Playwright in Chromium). Ends with one line,
// "N passed, N failed", totalled from both runners' JSON reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

rmSync("reports", { recursive: true, force: true });
mkdirSync("reports", { recursive: true });

const vitestStatus = run("Unit and integration tests (Vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=reports/vitest.json",
]);
const buildStatus = run("Production build (next build)", bin("next"), ["build"]);
const e2eStatus = buildStatus === 0 ? run("Browser journeys (Playwright)", bin("playwright"), ["test"]) : 1;

const vitest = readJson("reports/vitest.json");
const playwright = readJson("reports/playwright.json");
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);

// A runner that crashed before reporting counts as a failure, never as silence.
if (vitestStatus !== 0 && (vitest?.numFailedTests ?? 0) === 0) failed += 1;
if (buildStatus !== 0) failed += 1;
if (e2eStatus !== 0 && (playwright?.stats?.unexpected ?? 0) === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
