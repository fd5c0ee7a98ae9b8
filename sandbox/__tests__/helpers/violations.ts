/**
 * Runs `check` over many items and returns the first few failures as text. One
 * expect per test instead of one per row keeps 100k-row checks fast.
 */
export function violations<T extends { id?: string }>(items: Iterable<T>, check: (item: T) => string | false | undefined | void, max = 5): string[] {
  const out: string[] = [];
  for (const item of items) {
    const problem = check(item);
    if (problem) out.push(`${item.id ?? "?"}: ${problem}`);
    if (out.length >= max) break;
  }
  return out;
}
