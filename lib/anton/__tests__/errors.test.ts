import { describe, expect, it, vi } from "vitest";

// Next loads lib/anton once per bundle while one client is shared through globalThis, so
// an error can be an instance of another copy of these classes.
async function twoCopies() {
  const first = await import("../errors");
  vi.resetModules();
  const second = await import("../errors");
  return { first, second };
}

describe("AntonError across copies of the module", () => {
  it("is recognised by every copy, by instanceof and isAntonError", async () => {
    const { first, second } = await twoCopies();
    expect(second.AntonError).not.toBe(first.AntonError);
    const foreign = new second.AntonError("not found", { status: 404, code: "not_found" });
    expect(foreign instanceof first.AntonError).toBe(true);
    expect(first.isAntonError(foreign)).toBe(true);
    expect(first.isAntonError(new second.AntonTimeoutError())).toBe(true);
  });

  it("keeps subclass checks exact, and refuses look-alikes", async () => {
    const { first } = await twoCopies();
    expect(new first.AntonError("x", { status: 500, code: "x" }) instanceof first.AntonTimeoutError).toBe(false);
    expect(new first.AntonTimeoutError() instanceof first.AntonTimeoutError).toBe(true);
    expect(first.isAntonError(new Error("plain"))).toBe(false);
    expect(first.isAntonError({ status: 404, code: "not_found", name: "AntonError" })).toBe(false);
    expect(first.isAntonError(null)).toBe(false);
  });
});
