import { describe, expect, it } from "vitest";
import { LoginRateLimiter } from "../login-rate-limit";

const WINDOW = 15 * 60_000;

function limiterAt(start = 1_000_000) {
  const clock = { now: start };
  const limiter = new LoginRateLimiter({ perEmail: 5, perAddress: 20, windowMs: WINDOW }, () => clock.now);
  return { clock, limiter };
}

describe("LoginRateLimiter", () => {
  it("locks an email after 5 failures and opens again when the window passes", () => {
    const { clock, limiter } = limiterAt();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(limiter.check("a@x.test", "10.0.0.1")).toEqual({ allowed: true });
      limiter.recordFailure("a@x.test", "10.0.0.1");
      clock.now += 1_000;
    }
    const locked = limiter.check("a@x.test", "10.0.0.2");
    expect(locked.allowed).toBe(false);
    // The first failure was 5 s ago, so the lock lasts the rest of its 15 minutes.
    expect(locked).toEqual({ allowed: false, retryAfterSeconds: WINDOW / 1000 - 5 });
    // Another email from the same address is not locked by this one.
    expect(limiter.check("b@x.test", "10.0.0.1")).toEqual({ allowed: true });

    clock.now += WINDOW - 5_000 + 1;
    expect(limiter.check("a@x.test", "10.0.0.1")).toEqual({ allowed: true });
  });

  it("locks a client address after 20 failures across different emails", () => {
    const { limiter } = limiterAt();
    for (let attempt = 0; attempt < 20; attempt++) limiter.recordFailure(`user${attempt}@x.test`, "10.9.9.9");
    expect(limiter.check("fresh@x.test", "10.9.9.9").allowed).toBe(false);
    expect(limiter.check("fresh@x.test", "10.9.9.8").allowed).toBe(true);
  });

  it("forgets an email's failures after a successful sign-in", () => {
    const { limiter } = limiterAt();
    for (let attempt = 0; attempt < 4; attempt++) limiter.recordFailure("a@x.test", "10.0.0.1");
    limiter.recordSuccess("a@x.test");
    limiter.recordFailure("a@x.test", "10.0.0.1");
    expect(limiter.check("a@x.test", "10.0.0.1").allowed).toBe(true);
  });
});
