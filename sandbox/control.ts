import type { IncomingMessage, ServerResponse } from "node:http";
import { validateFaults, type Faults } from "./config.js";
import { ApiError, methodNotAllowed, notFound } from "./errors.js";
import { readBody, sendEmpty, sendJson } from "./http.js";
import type { SandboxStats } from "./state.js";

// /__sandbox/* (only with SANDBOX_CONTROL=1): lets tests in another process change
// the fault knobs and read the counters. Not part of the Anton API.

export interface Controls {
  setFaults(f: Partial<Faults>): void;
  resetStats(): void;
  stats: SandboxStats;
}

export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, controls: Controls): Promise<void> {
  const method = req.method ?? "";
  switch (path) {
    case "/__sandbox/faults": {
      if (method !== "POST") throw methodNotAllowed("POST");
      const text = await readBody(req);
      let faults: Partial<Faults>;
      try {
        faults = validateFaults(JSON.parse(text ?? ""));
      } catch (err) {
        throw new ApiError(400, "invalid_request", err instanceof SyntaxError ? "body must be JSON" : (err as Error).message);
      }
      controls.setFaults(faults);
      return sendJson(res, 200, { applied: faults });
    }
    case "/__sandbox/reset-stats":
      if (method !== "POST") throw methodNotAllowed("POST");
      controls.resetStats();
      return sendEmpty(res, 204);
    case "/__sandbox/stats":
      if (method !== "GET") throw methodNotAllowed("GET");
      return sendJson(res, 200, controls.stats);
    default:
      throw notFound(`no route for ${path}`);
  }
}
