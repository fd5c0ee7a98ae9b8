import type { IncomingMessage } from "node:http";
import { OAuthError } from "../errors.js";
import { headerValues, readBody } from "../http.js";
import { nowSeconds, type SandboxState } from "../state.js";
import { dpopChallenge } from "./challenge.js";
import { authenticateClient } from "./client-auth.js";
import { ProofError, verifyProof } from "./dpop-proof.js";

// POST /oauth/token: client_credentials, client authenticated with HTTP Basic, token
// bound to the key of a DPoP proof that carries no ath. Errors are OAuth-shaped.

export interface TokenResponse {
  body: { access_token: string; token_type: "DPoP"; expires_in: number };
  headers: Record<string, string>;
}

const invalidRequest = (description: string) => new OAuthError(400, "invalid_request", description);

function parseForm(req: IncomingMessage, body: string): URLSearchParams {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw invalidRequest("Content-Type must be application/x-www-form-urlencoded");
  const form = new URLSearchParams(body);
  const names = [...form.keys()];
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw invalidRequest(`parameter ${repeated} is repeated`);
  return form;
}

export async function handleTokenRequest(req: IncomingMessage, url: string, state: SandboxState): Promise<TokenResponse> {
  if (req.method !== "POST") throw new OAuthError(405, "invalid_request", "the token endpoint only accepts POST", { Allow: "POST" });
  const body = await readBody(req);
  if (body === undefined) throw invalidRequest("request body is too large");
  const form = parseForm(req, body);
  const grant = form.get("grant_type");
  if (!grant) throw invalidRequest("grant_type is required");
  if (grant !== "client_credentials") throw new OAuthError(400, "unsupported_grant_type", "only client_credentials is supported");
  if (form.has("client_secret")) throw invalidRequest("client credentials must be sent with HTTP Basic, not in the body");

  const { config } = state;
  authenticateClient(headerValues(req, "authorization"), config.clientId, config.clientSecret);

  const nowS = nowSeconds(state);
  let jkt: string;
  try {
    ({ jkt } = verifyProof({
      proofs: headerValues(req, "dpop"),
      method: "POST",
      url,
      nowS,
      requireNonce: config.requireNonce,
      keys: state.keys,
      nonces: state.nonces,
      replay: state.replay,
    }));
  } catch (err) {
    if (!(err instanceof ProofError)) throw err;
    const headers: Record<string, string> = { "WWW-Authenticate": dpopChallenge(err.kind, err.message) };
    if (err.kind === "use_dpop_nonce") headers["DPoP-Nonce"] = state.nonces.issue();
    throw new OAuthError(400, err.kind, err.message, headers);
  }

  const accessToken = state.tokens.issue(config.clientId, jkt, nowS, config.tokenTtlS);
  state.stats.tokensMinted++;
  const headers: Record<string, string> = { "Cache-Control": "no-store", Pragma: "no-cache" };
  if (config.requireNonce) headers["DPoP-Nonce"] = state.nonces.issue();
  return { body: { access_token: accessToken, token_type: "DPoP", expires_in: config.tokenTtlS }, headers };
}
