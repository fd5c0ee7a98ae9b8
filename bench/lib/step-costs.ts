import { unsealData } from "iron-session";
import type { AntonClient } from "@/lib/anton";
import { pageSchema, payoutSchema } from "@/lib/anton/schemas";
import { summarize, type Summary } from "./stats";

// In-process cost of single steps on one real page, to say where proxy time could go. These
// run in the bench process (same node), not inside the server.

export interface StepCosts {
  pageBytes: number;
  zod: Summary;
  stringify: Summary;
  parse: Summary;
  unseal: Summary;
}

function timeSync(runs: number, step: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    step();
    times.push(performance.now() - started);
  }
  return times;
}

export async function measureStepCosts(client: AntonClient, limit: number, seal: string, sessionSecret: string, runs = 200): Promise<StepCosts> {
  const raw = await client.request(["v1", "payouts"], { query: { limit } });
  const schema = pageSchema(payoutSchema);
  const validated = schema.parse(raw.body);
  const text = JSON.stringify(validated);
  const unseal: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await unsealData(seal, { password: sessionSecret });
    unseal.push(performance.now() - started);
  }
  return {
    pageBytes: Buffer.byteLength(text),
    zod: summarize(timeSync(runs, () => schema.parse(raw.body))),
    stringify: summarize(timeSync(runs, () => JSON.stringify(validated))),
    parse: summarize(timeSync(runs, () => JSON.parse(text))),
    unseal: summarize(unseal),
  };
}
