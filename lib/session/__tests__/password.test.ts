import { describe, expect, it } from "vitest";
import { hashPassword, isPasswordHash, verifyPassword } from "../password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
    expect(isPasswordHash(hash)).toBe(true);
    await expect(verifyPassword("correct horse battery staple", hash)).resolves.toBe(true);
    await expect(verifyPassword("correct horse battery stapler", hash)).resolves.toBe(false);
  });

  it("salts every hash", async () => {
    const [first, second] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(first).not.toBe(second);
  });

  it("never matches a malformed stored hash", async () => {
    expect(isPasswordHash("plaintext")).toBe(false);
    expect(isPasswordHash("$scrypt$ln=3,r=8,p=1$c2FsdA==$aGFzaA==")).toBe(false);
    await expect(verifyPassword("plaintext", "plaintext")).resolves.toBe(false);
  });
});
