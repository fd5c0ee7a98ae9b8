import { humanizeCode } from "./payout-status";

// Display names for Anton's payout codes; anything unknown is humanised from its code.

const METHOD_LABELS: Record<string, string> = {
  bank_transfer: "Bank transfer",
  wire: "Wire",
  sepa: "SEPA",
  swift: "SWIFT",
  ach: "ACH",
  faster_payment: "Faster Payments",
  mobile_money: "Mobile money",
  wallet: "Wallet",
  on_chain: "On-chain",
  layer2: "Layer 2",
  exchange: "Exchange",
  stablecoin: "Stablecoin",
};

export function methodLabel(method: string): string {
  return METHOD_LABELS[method] ?? humanizeCode(method);
}

export function fixedSideLabel(fixedSide: string): string {
  if (fixedSide === "fixed_dest") return "Destination amount fixed";
  if (fixedSide === "fixed_source") return "Source amount fixed";
  return humanizeCode(fixedSide);
}

export function feeBearerLabel(bearer: string): string {
  if (bearer === "merchant") return "Paid by you";
  if (bearer === "beneficiary") return "Paid by the beneficiary";
  return humanizeCode(bearer);
}
