import { describe, expect, it } from "vitest";
import type { SessionConfig } from "../config";
import { activeUser, isSecureRequest, needsTouch } from "../session";

const config: SessionConfig = {
  secret: "x".repeat(32),
  maxAgeSeconds: 8 * 3600,
  idleTimeoutSeconds: 30 * 60,
  users: [],
  trustProxy: false,
  sandboxMode: false,
};
const user = { email: "a@x.test", name: "A" };
const now = Date.UTC(2026, 10, 21, 12);

describe("activeUser", () => {
  it("accepts a fresh session", () => {
    expect(activeUser({ user, signedInAt: now - 1000, lastSeenAt: now - 1000 }, config, now)).toEqual(user);
  });

  it("refuses a session idle for longer than the idle timeout", () => {
    expect(activeUser({ user, signedInAt: now - 3_600_000, lastSeenAt: now - 31 * 60_000 }, config, now)).toBeUndefined();
  });

  it("refuses a session older than its absolute lifetime even when active", () => {
    expect(activeUser({ user, signedInAt: now - 8 * 3_600_000 - 1, lastSeenAt: now }, config, now)).toBeUndefined();
  });

  it("refuses an empty or partial session", () => {
    expect(activeUser({}, config, now)).toBeUndefined();
    expect(activeUser({ user }, config, now)).toBeUndefined();
  });

  it("asks for a touch only after a minute", () => {
    expect(needsTouch({ lastSeenAt: now - 30_000 }, now)).toBe(false);
    expect(needsTouch({ lastSeenAt: now - 61_000 }, now)).toBe(true);
  });
});

describe("isSecureRequest", () => {
  it("is not secure on localhost over http, secure elsewhere or behind https", () => {
    expect(isSecureRequest(new Headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSecureRequest(new Headers({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSecureRequest(new Headers({ host: "dash.example.com" }))).toBe(true);
    expect(isSecureRequest(new Headers({ host: "localhost:3000", "x-forwarded-proto": "https" }))).toBe(true);
  });
});
