import { readFileSync } from "node:fs";

/** The demo sign-in that sandbox mode generated for the e2e server (.sandbox/e2e). */
export function demoLogin(): { email: string; password: string } {
  const state = JSON.parse(readFileSync(".sandbox/e2e/credentials.json", "utf8")) as { demoEmail: string; demoPassword: string };
  return { email: state.demoEmail, password: state.demoPassword };
}
