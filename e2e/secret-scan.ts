import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// What must never leave the server: the values sandbox mode generated (client secret, session
// secret, DPoP private key, demo password) and the shapes of what lib/anton handles (access
// tokens and proofs are JWTs, Anton client secrets start with ant_ocs_, private keys are PEM
// or a JWK with "d"). A scan reports which of them a text contains, never the value itself.

export interface Secret {
  name: string;
  value: string;
}

interface Pattern {
  name: string;
  pattern: RegExp;
}

/** Shapes that are secret wherever they appear (responses, bundles, logs). */
export const SECRET_SHAPES: Pattern[] = [
  // Two base64url JSON segments joined by a dot: a JWT. Our own cursors are one segment, no dot.
  { name: "a JWT (access token or DPoP proof)", pattern: /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}/ },
  { name: "an Anton client secret (ant_ocs_…)", pattern: /ant_ocs_/ },
  { name: "a PEM private key", pattern: /PRIVATE KEY-----/ },
  { name: "a private JWK member \"d\"", pattern: /\\?"d\\?"\s*:\s*\\?"[A-Za-z0-9_-]{32,}/ },
  { name: "a DPoP Authorization header", pattern: /DPoP\s+eyJ/ },
];

/** Names that mean server configuration reached a place the browser reads. */
export const SERVER_CONFIG_NAMES: Pattern[] = ["ANTON_CLIENT_SECRET", "ANTON_DPOP_PRIVATE_KEY", "SESSION_SECRET"].map((name) => ({
  name: `the variable name ${name}`,
  pattern: new RegExp(name),
}));

interface Credentials {
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
  demoPassword: string;
}

/** The secrets of one sandbox-mode state folder (`.sandbox/e2e`, …). */
export function stateSecrets(dir: string, { demoPassword = true } = {}): Secret[] {
  const credentials = JSON.parse(readFileSync(join(dir, "credentials.json"), "utf8")) as Credentials;
  const jwk = JSON.parse(readFileSync(join(dir, "dpop-private-key.json"), "utf8")) as { d: string };
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64");
  return [
    { name: `${dir}: client secret`, value: credentials.clientSecret },
    { name: `${dir}: client credentials as a Basic header`, value: basic },
    { name: `${dir}: session secret`, value: credentials.sessionSecret },
    { name: `${dir}: DPoP private key "d"`, value: jwk.d },
    ...(demoPassword ? [{ name: `${dir}: demo password`, value: credentials.demoPassword }] : []),
  ];
}

/** Every sandbox-mode state folder under `.sandbox/` (the default one included); one being written right now is skipped. */
export function allStateSecrets(root = ".sandbox"): Secret[] {
  if (!existsSync(root)) return [];
  const dirs = [root, ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name))];
  return dirs.flatMap((dir) => {
    try {
      return stateSecrets(dir);
    } catch {
      return [];
    }
  });
}

/** Secret values configured in the environment (real Anton settings, if any). */
export function environmentSecrets(env: Record<string, string | undefined>): Secret[] {
  return ["ANTON_CLIENT_SECRET", "SESSION_SECRET", "ANTON_DPOP_PRIVATE_KEY"]
    .filter((name) => (env[name]?.length ?? 0) >= 8)
    .map((name) => ({ name: `the value of ${name}`, value: env[name] as string }));
}

/** What a text gives away: the names of the secrets and shapes found in it. */
export function findSecrets(text: string, secrets: readonly Secret[], shapes: readonly Pattern[] = SECRET_SHAPES): string[] {
  return [
    ...secrets.filter((secret) => secret.value.length >= 8 && text.includes(secret.value)).map((secret) => secret.name),
    ...shapes.filter((shape) => shape.pattern.test(text)).map((shape) => shape.name),
  ];
}
