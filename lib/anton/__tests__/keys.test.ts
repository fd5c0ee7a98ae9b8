import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { ConfigError } from "@/lib/anton/errors";
import { loadDpopKey } from "@/lib/anton/keys";

import { generateTestKey } from "./helpers/keys";

const inline = (value: string) => ({ variable: "ANTON_DPOP_PRIVATE_KEY" as const, value });

/** RFC 7638 thumbprint computed by hand: required members, lexicographic order, no spaces. */
function rfc7638(jwk: JsonWebKey): string {
  const members = jwk.kty === "EC" ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  return createHash("sha256").update(JSON.stringify(members)).digest("base64url");
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe("loadDpopKey", () => {
  it.each([
    ["ES256", "pem", "ES256"],
    ["ES256", "jwk", "ES256"],
    ["Ed25519", "pem", "EdDSA"],
    ["Ed25519", "jwk", "EdDSA"],
  ] as const)("loads a %s key from %s and derives alg %s", async (kind, format, alg) => {
    const key = generateTestKey(kind);
    const text = format === "pem" ? key.pem : JSON.stringify(key.privateJwk);
    const loaded = await loadDpopKey(inline(text));
    expect(loaded.alg).toBe(alg);
    expect(loaded.publicJwk).toEqual(
      kind === "ES256"
        ? { kty: "EC", crv: "P-256", x: key.publicJwk.x, y: key.publicJwk.y }
        : { kty: "OKP", crv: "Ed25519", x: key.publicJwk.x },
    );
    expect(loaded.publicJwk).not.toHaveProperty("d");
    expect(loaded.thumbprint).toBe(rfc7638(key.publicJwk));
    expect(loaded.privateKey.extractable).toBe(false);
  });

  it("sends the fully-specified Ed25519 alg when ANTON_DPOP_ALG=Ed25519", async () => {
    const loaded = await loadDpopKey(inline(generateTestKey("Ed25519").pem), "Ed25519");
    expect(loaded.alg).toBe("Ed25519");
  });

  it("refuses an ANTON_DPOP_ALG that does not fit the key", async () => {
    const err1 = await configError(loadDpopKey(inline(generateTestKey("ES256").pem), "EdDSA"));
    expect(err1.variable).toBe("ANTON_DPOP_ALG");
    const err2 = await configError(loadDpopKey(inline(generateTestKey("Ed25519").pem), "ES256"));
    expect(err2.variable).toBe("ANTON_DPOP_ALG");
  });

  it("accepts a PEM whose newlines arrived as literal \\n", async () => {
    const pem = generateTestKey("ES256").pem.replace(/\n/g, "\\n");
    await expect(loadDpopKey(inline(pem))).resolves.toMatchObject({ alg: "ES256" });
  });

  it("reads ANTON_DPOP_PRIVATE_KEY_FILE", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anton-key-"));
    const path = join(dir, "dpop.jwk.json");
    writeFileSync(path, JSON.stringify(generateTestKey("Ed25519").privateJwk));
    await expect(loadDpopKey({ variable: "ANTON_DPOP_PRIVATE_KEY_FILE", path })).resolves.toMatchObject({ alg: "EdDSA" });
    const missing = await configError(loadDpopKey({ variable: "ANTON_DPOP_PRIVATE_KEY_FILE", path: join(dir, "nope") }));
    expect(missing.message).toBe("ANTON_DPOP_PRIVATE_KEY_FILE names a file that cannot be read");
  });

  it.each([
    ["RSA", () => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()],
    ["P-384", () => generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()],
    ["Ed448", () => generateKeyPairSync("ed448").privateKey.export({ type: "pkcs8", format: "pem" }).toString()],
  ])("refuses a %s key, naming the variable", async (_, make) => {
    const error = await configError(loadDpopKey(inline(make())));
    expect(error.variable).toBe("ANTON_DPOP_PRIVATE_KEY");
    expect(error.message).toMatch(/ES256 \(P-256\) or Ed25519/);
  });

  it("refuses public-only and garbage input without echoing it", async () => {
    const key = generateTestKey("ES256");
    for (const text of [JSON.stringify(key.publicJwk), "not a key at all SECRETISH", key.pem.replace("BEGIN PRIVATE", "BEGIN PUBLIC")]) {
      const error = await configError(loadDpopKey(inline(text)));
      expect(error.variable).toBe("ANTON_DPOP_PRIVATE_KEY");
      expect(error.message).not.toContain("SECRETISH");
      expect(error.message).not.toContain(String(key.publicJwk.x));
      expect(`${error.stack}`).not.toContain("MIG");
    }
  });
});
