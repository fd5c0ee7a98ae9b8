import { DPOP_ALGS } from "./dpop-proof.js";

export const DPOP_ALGS_PARAM = `algs="${DPOP_ALGS.join(" ")}"`;

/** `WWW-Authenticate: DPoP error="…", error_description="…", algs="…"` (RFC 9449 §7.1). */
export function dpopChallenge(code: string, description: string): string {
  return `DPoP error="${code}", error_description="${description.replace(/["\\]/g, "'")}", ${DPOP_ALGS_PARAM}`;
}
