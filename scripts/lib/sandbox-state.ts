import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashPassword } from "@/lib/session/password";

/** Everything sandbox mode generates once and keeps (git-ignored) so restarts keep sessions and keys. */
export interface SandboxState {
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
  demoEmail: string;
  demoPassword: string;
  dpopPublicJwk: JsonWebKey;
  dpopPrivateKeyFile: string;
  usersFile: string;
}

const STATE_FILE = "credentials.json";
const PRIVATE_KEY_FILE = "dpop-private-key.json";
const USERS_FILE = "users.json";

const hex = (bytes: number) => randomBytes(bytes).toString("hex");

function writeSecret(path: string, content: string) {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

async function createState(dir: string): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const demoPassword = `demo-${hex(6)}`;
  const demoEmail = "demo@sandbox.anton.test";
  writeSecret(join(dir, PRIVATE_KEY_FILE), JSON.stringify(privateKey.export({ format: "jwk" }), null, 2));
  writeSecret(
    join(dir, USERS_FILE),
    JSON.stringify([{ email: demoEmail, name: "Demo Finance", password_hash: await hashPassword(demoPassword) }], null, 2),
  );
  writeSecret(
    join(dir, STATE_FILE),
    JSON.stringify(
      {
        clientId: `ant_oc_sandbox_${hex(16)}`,
        clientSecret: `ant_ocs_sandbox_${hex(24)}`,
        sessionSecret: randomBytes(32).toString("base64url"),
        demoEmail,
        demoPassword,
        dpopPublicJwk: publicKey.export({ format: "jwk" }),
      },
      null,
      2,
    ),
  );
}

export async function ensureSandboxState(dir: string): Promise<SandboxState> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(join(dir, STATE_FILE)) || !existsSync(join(dir, PRIVATE_KEY_FILE)) || !existsSync(join(dir, USERS_FILE))) {
    await createState(dir);
  }
  const stored = JSON.parse(readFileSync(join(dir, STATE_FILE), "utf8")) as Omit<SandboxState, "dpopPrivateKeyFile" | "usersFile">;
  return { ...stored, dpopPrivateKeyFile: join(dir, PRIVATE_KEY_FILE), usersFile: join(dir, USERS_FILE) };
}
