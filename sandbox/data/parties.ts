import { makeId } from "./ids.js";
import type { Prng } from "./prng.js";
import { makeCounterpartyName } from "./references.js";
import type { PayoutMethod, RailType } from "./types.js";

// Beneficiaries (ben_) and their payout instruments (ins_): each instrument fixes
// the destination currency, method, rail and, for crypto, network and address.

export interface Instrument {
  id: string;
  beneficiaryId: string;
  currency: string;
  method: PayoutMethod;
  rail: RailType;
  provider: string;
  network?: string;
  walletAddress?: string;
}

export interface Beneficiary {
  id: string;
  name: string;
  instruments: Instrument[];
}

/** Destination currency weights, and the methods that reach each one. */
const DEST: Record<string, { weight: number; methods: PayoutMethod[] }> = {
  USD: { weight: 22, methods: ["ach", "wire", "swift", "bank_transfer"] },
  EUR: { weight: 18, methods: ["sepa", "swift", "wire"] },
  GBP: { weight: 10, methods: ["faster_payment", "bank_transfer", "swift"] },
  CHF: { weight: 3, methods: ["bank_transfer", "swift"] },
  CAD: { weight: 4, methods: ["bank_transfer", "wire"] },
  AUD: { weight: 4, methods: ["bank_transfer", "swift"] },
  SGD: { weight: 3, methods: ["bank_transfer", "swift"] },
  INR: { weight: 7, methods: ["bank_transfer"] },
  MXN: { weight: 5, methods: ["bank_transfer", "wire"] },
  JPY: { weight: 4, methods: ["bank_transfer", "swift"] },
  BHD: { weight: 1, methods: ["bank_transfer", "swift"] },
  KWD: { weight: 1, methods: ["bank_transfer", "swift"] },
  XAF: { weight: 3, methods: ["mobile_money", "bank_transfer"] },
  USDC: { weight: 10, methods: ["stablecoin", "wallet", "exchange", "layer2"] },
  BTC: { weight: 5, methods: ["on_chain", "layer2", "exchange", "wallet"] },
};

const FIAT_PROVIDER: Partial<Record<PayoutMethod, string>> = {
  sepa: "Banking Circle",
  faster_payment: "ClearBank",
  ach: "Cross River",
  wire: "Citi",
  swift: "Citi",
  bank_transfer: "Thunes",
  mobile_money: "MFS Africa",
};

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const HEX = "0123456789abcdef";

function cryptoRoute(rng: Prng, currency: string, method: PayoutMethod): { network: string; walletAddress: string } {
  if (currency === "BTC") {
    const network = method === "layer2" ? "lightning" : "bitcoin";
    return { network, walletAddress: `bc1q${rng.chars(BECH32, 38)}` };
  }
  const network =
    method === "layer2" ? rng.pick(["base", "arbitrum", "polygon"]) : rng.pick(["ethereum", "solana", "tron", "polygon"]);
  if (network === "solana") return { network, walletAddress: rng.chars(B58, 44) };
  if (network === "tron") return { network, walletAddress: `T${rng.chars(B58, 33)}` };
  return { network, walletAddress: `0x${rng.chars(HEX, 40)}` };
}

/** A transaction hash in the shape of the network. */
export function makeTxHash(rng: Prng, network: string): string {
  if (network === "solana") return rng.chars(B58, 88);
  if (network === "bitcoin" || network === "lightning") return rng.chars(HEX, 64);
  return `0x${rng.chars(HEX, 64)}`;
}

const DEST_WEIGHTS: Record<string, number> = Object.fromEntries(Object.entries(DEST).map(([code, d]) => [code, d.weight]));

function makeInstrument(rng: Prng, beneficiaryId: string, ms: number): Instrument {
  const currency = rng.weighted(DEST_WEIGHTS);
  const method = rng.pick(DEST[currency]!.methods);
  const id = makeId("ins_", ms, rng);
  if (currency === "BTC" || currency === "USDC") {
    const rail: RailType = currency === "BTC" ? "crypto" : "stablecoin";
    const provider = method === "exchange" ? "Kraken" : currency === "BTC" ? "Fireblocks" : "Circle";
    return { id, beneficiaryId, currency, method, rail, provider, ...cryptoRoute(rng, currency, method) };
  }
  return { id, beneficiaryId, currency, method, rail: "fiat", provider: FIAT_PROVIDER[method] ?? "Thunes" };
}

/** `count` beneficiaries created before `startMs`, each with one to three instruments. */
export function generateBeneficiaries(rng: Prng, count: number, startMs: number): Beneficiary[] {
  const out: Beneficiary[] = [];
  for (let i = 0; i < count; i++) {
    const ms = startMs - rng.range(1, 400) * 86_400_000;
    const id = makeId("ben_", ms, rng);
    const n = rng.chance(0.7) ? 1 : rng.chance(0.7) ? 2 : 3;
    const instruments: Instrument[] = [];
    for (let k = 0; k < n; k++) instruments.push(makeInstrument(rng, id, ms + k * 1000));
    out.push({ id, name: makeCounterpartyName(rng), instruments });
  }
  return out;
}
