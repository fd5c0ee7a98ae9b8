import type { Prng } from "./prng.js";

// Merchant references and counterparty names. A share of them are awkward on
// purpose: commas, double quotes, newlines, non-ASCII text, and leading = + - @
// (the characters a CSV export must neutralise).

export const AWKWARD_REFERENCES = [
  "ACME, Inc. invoice 2211",
  'Order "rush" #5521',
  "Line one\nLine two",
  'Quote "A, B"\nand more',
  "Café Zürich – März",
  "Überweisung für Müller GmbH",
  "日本の取引先 請求書 42",
  "Bonus 🎉 Q3",
  "Señor Núñez, pago final",
  "=HYPERLINK(\"http://example.com\",\"click\")",
  "=1+2",
  "+44 20 7946 0958",
  "-adjustment March",
  "@supplier-payout",
  "Tab\tseparated",
  "Ünïcödé “smart quotes”",
] as const;

const PREFIXES = ["INV", "PO", "ORD", "SUP", "PAY", "CTR", "RMB", "AFF"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A merchant reference for a payout created at `ms`. About 3% are awkward. */
export function makeReference(rng: Prng, ms: number, seq: number): string {
  if (rng.chance(0.03)) return rng.pick(AWKWARD_REFERENCES);
  const d = new Date(ms);
  const roll = rng.next();
  if (roll < 0.15) return `Payroll ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (roll < 0.2) return `Commission ${d.getUTCFullYear()}-W${String(1 + Math.floor(d.getUTCDate() / 7)).padStart(2, "0")}`;
  return `${rng.pick(PREFIXES)}-${d.getUTCFullYear()}-${String(seq).padStart(6, "0")}`;
}

const COMPANY_ROOTS = [
  "Northwind", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Acme", "Hooli", "Vandelay",
  "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Oscorp", "Gringotts", "Pied Piper", "Aperture",
  "Monarch", "Dunder", "Bluth", "Prestige", "Nakatomi", "Zenith", "Helios", "Kestrel",
];
const COMPANY_SUFFIXES = ["Ltd", "GmbH", "S.A.", "LLC", "Pte. Ltd.", "B.V.", "S.A.R.L.", "Inc.", "K.K.", "Pty Ltd"];
const FIRST = ["María", "João", "Zoë", "Ahmed", "Chloé", "Søren", "Hiroshi", "Priya", "Olúwaseun", "Łukasz", "Ana", "Liam", "Mei", "Jürgen", "Fatima", "Noah", "Amélie", "Kwame", "Elif", "Diego"];
const LAST = ["García", "Silva", "Müller", "O'Brien", "Nakamura", "Patel", "Adéyemí", "Kowalski", "Dubois", "Haddad", "Nguyễn", "Smith", "Rossi", "Yılmaz", "Okafor", "Sánchez", "Jensen", "Kim", "Ivanova", "Mensah"];
const AWKWARD_NAMES = ["株式会社サンプル", "Smith, Jones & Co", 'The "Best" Supplies', "=cmd|' /C calc'!A0", "@home Services", "+Plus Logistics", "-Minus Trading"];

/** A beneficiary display name: companies, people, and a few awkward ones. */
export function makeCounterpartyName(rng: Prng): string {
  const roll = rng.next();
  if (roll < 0.03) return rng.pick(AWKWARD_NAMES);
  if (roll < 0.55) return `${rng.pick(COMPANY_ROOTS)} ${rng.pick(["Trading", "Logistics", "Labs", "Foods", "Media", "Systems", "Partners"])} ${rng.pick(COMPANY_SUFFIXES)}`;
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

export const DEPOSITORS = ["Merchant treasury (JPMorgan)", "Merchant treasury (Barclays)", "Merchant treasury, Deutsche Bank", "Coinbase Prime", "Settlement sweep"];
