import { describe, expect, it } from "vitest";
import { readSessionConfig } from "../config";
import { hashPassword } from "../password";

const SECRET = "s".repeat(40);

describe("readSessionConfig", () => {
  it("names SESSION_SECRET when it is missing or short, without echoing it", () => {
    expect(() => readSessionConfig({ DASHBOARD_USERS: "[]" })).toThrow(/^SESSION_SECRET /);
    expect(() => readSessionConfig({ SESSION_SECRET: "short-secret-value" })).toThrow(/^SESSION_SECRET must be at least 32/);
    try {
      readSessionConfig({ SESSION_SECRET: "short-secret-value" });
    } catch (error) {
      expect(String(error)).not.toContain("short-secret-value");
    }
  });

  it("names the users variable when the users are malformed", async () => {
    expect(() => readSessionConfig({ SESSION_SECRET: SECRET })).toThrow(/^DASHBOARD_USERS /);
    expect(() => readSessionConfig({ SESSION_SECRET: SECRET, DASHBOARD_USERS: "{not json" })).toThrow(/^DASHBOARD_USERS is not valid JSON/);
    expect(() =>
      readSessionConfig({ SESSION_SECRET: SECRET, DASHBOARD_USERS: JSON.stringify([{ email: "a@x.test", name: "A", password_hash: "hunter2" }]) }),
    ).toThrow(/^DASHBOARD_USERS entry 0\.password_hash/);
    expect(() => readSessionConfig({ SESSION_SECRET: SECRET, DASHBOARD_USERS_FILE: "/nonexistent/users.json" })).toThrow(
      /^DASHBOARD_USERS_FILE names a file that cannot be read/,
    );
    const hash = await hashPassword("pw");
    const config = readSessionConfig({
      SESSION_SECRET: SECRET,
      SESSION_IDLE_TIMEOUT_S: "600",
      DASHBOARD_USERS: JSON.stringify([{ email: "Finance@X.test", name: "Fin", password_hash: hash }]),
    });
    expect(config.users[0]?.email).toBe("finance@x.test");
    expect(config.idleTimeoutSeconds).toBe(600);
    expect(config.maxAgeSeconds).toBe(8 * 3600);
  });

  it("refuses a timeout that is not a positive whole number", () => {
    expect(() => readSessionConfig({ SESSION_SECRET: SECRET, SESSION_MAX_AGE_S: "-5", DASHBOARD_USERS: "[]" })).toThrow(/^SESSION_MAX_AGE_S /);
  });
});
