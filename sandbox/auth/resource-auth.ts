import type { IncomingMessage } from "node:http";
import { ApiError } from "../errors.js";
import { headerValues } from "../http.js";
import { nowSeconds, type SandboxState } from "../state.js";
import { TokenError } from "./access-token.js";
import { DPOP_ALGS_PARAM, dpopChallenge } from "./challenge.js";
import { ProofError, verifyProof } from "./dpop-proof.js";

// /v1 authentication (RFC 9449 §7): `Authorization: DPoP <token>` plus a proof whose
// key is the one the token is bound to (cnf.jkt) and whose ath hashes the token.

function refuse(code: "invalid_token" | "invalid_dpop_proof" | "use_dpop_nonce", message: string, extra: Record<string, string> = {}): ApiError {
  return new ApiError(401, code, message, undefined, { "WWW-Authenticate": dpopChallenge(code, message), ...extra });
}

/** Throws a 401 ApiError unless the request carries a valid DPoP-bound token and proof. */
export function authenticateResource(req: IncomingMessage, url: string, state: SandboxState): void {
  const authorization = headerValues(req, "authorization");
  if (authorization.length === 0) {
    throw new ApiError(401, "unauthorized", "authorization is required", undefined, { "WWW-Authenticate": `DPoP ${DPOP_ALGS_PARAM}` });
  }
  if (authorization.length > 1) throw refuse("invalid_token", "exactly one Authorization header is allowed");
  const m = /^(\S+) +([A-Za-z0-9\-._~+/]+=*)$/.exec(authorization[0]!);
  if (!m || m[1]!.toLowerCase() !== "dpop") throw refuse("invalid_token", "the access token is DPoP-bound: use the DPoP authorization scheme");
  const token = m[2]!;

  const nowS = nowSeconds(state);
  const { config } = state;
  let jkt: string;
  try {
    ({ jkt } = verifyProof({
      proofs: headerValues(req, "dpop"),
      method: req.method ?? "",
      url,
      nowS,
      accessToken: token,
      requireNonce: config.requireNonce,
      keys: state.keys,
      nonces: state.nonces,
      replay: state.replay,
    }));
  } catch (err) {
    if (!(err instanceof ProofError)) throw err;
    throw refuse(err.kind, err.message, err.kind === "use_dpop_nonce" ? { "DPoP-Nonce": state.nonces.issue() } : {});
  }

  try {
    const claims = state.tokens.verify(token, nowS);
    if (claims.cnf.jkt !== jkt) throw new TokenError("access token is bound to a different key");
    if (claims.sub !== config.clientId) throw new TokenError("access token belongs to another client");
  } catch (err) {
    if (!(err instanceof TokenError)) throw err;
    throw refuse("invalid_token", err.message);
  }
}
