import { createHash } from "node:crypto";

/** Cumulative weight tables, built once per (constant) weights object. */
const WEIGHT_TABLES = new WeakMap<object, { keys: string[]; cumulative: number[]; sum: number }>();

/**
 * Seeded PRNG (sfc32) for the generated data: the same seed always yields the same
 * numbers. Each generator takes its own named stream, so changing one part of the
 * data does not reshuffle the others.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string, stream: string) {
    const h = createHash("sha256").update(`${seed}\u0000${stream}`).digest();
    this.a = h.readUInt32LE(0);
    this.b = h.readUInt32LE(4);
    this.c = h.readUInt32LE(8);
    this.d = h.readUInt32LE(12);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform 32-bit unsigned integer. */
  uint32(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    let table = WEIGHT_TABLES.get(weights);
    if (!table) {
      const keys = Object.keys(weights) as T[];
      const cumulative: number[] = [];
      let sum = 0;
      for (const key of keys) cumulative.push((sum += weights[key]));
      WEIGHT_TABLES.set(weights, (table = { keys, cumulative, sum }));
    }
    const r = this.next() * table.sum;
    const { cumulative, keys } = table;
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return keys[i] as T;
    return keys[keys.length - 1] as T;
  }

  /** Log-uniform in [min, max): many small values, a few large ones. */
  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }

  /** Fisher–Yates shuffle in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  /** `n` characters from `alphabet`. A 32-letter alphabet takes six letters per draw. */
  chars(alphabet: string, n: number): string {
    let out = "";
    if (alphabet.length === 32) {
      for (let i = 0; i < n; i += 6) {
        let bits = this.uint32();
        for (let k = 0; k < 6 && i + k < n; k++, bits >>>= 5) out += alphabet[bits & 31];
      }
      return out;
    }
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}
