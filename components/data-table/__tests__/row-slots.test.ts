import { describe, expect, it } from "vitest";
import { assignRowSlots, NO_SLOTS, type RowSlots } from "../row-slots";

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `r${from + i}`);

/** Which row each slot shows, in render (DOM) order. */
function shown(rowIds: readonly string[], assignment: ReturnType<typeof assignRowSlots>): [number, string][] {
  return assignment.renderOrder.map((at) => [assignment.slotAt[at]!, rowIds[at]!]);
}

describe("assignRowSlots", () => {
  it("gives a first window slots 0… in row order", () => {
    const window = ids(0, 5);
    const first = assignRowSlots(NO_SLOTS, window, false);
    expect(shown(window, first)).toEqual([
      [0, "r0"],
      [1, "r1"],
      [2, "r2"],
      [3, "r3"],
      [4, "r4"],
    ]);
  });

  it("while scrolling, rows that stay keep their slots and the rows leaving hand theirs to the rows arriving, without moving an element", () => {
    const start = assignRowSlots(NO_SLOTS, ids(0, 5), false).slots;
    const window = ids(2, 7);
    const next = assignRowSlots(start, window, true);
    // r0 and r1 left: their slots 0 and 1 now show r5 and r6, still first in the DOM.
    expect(shown(window, next)).toEqual([
      [0, "r5"],
      [1, "r6"],
      [2, "r2"],
      [3, "r3"],
      [4, "r4"],
    ]);
    expect(next.slots.order).toEqual([0, 1, 2, 3, 4]);
  });

  it("at rest, the same slots are rendered in row order", () => {
    const start = assignRowSlots(NO_SLOTS, ids(0, 5), false).slots;
    const scrolled = assignRowSlots(start, ids(2, 7), true).slots;
    const window = ids(2, 7);
    const settled = assignRowSlots(scrolled, window, false);
    expect(shown(window, settled)).toEqual([
      [2, "r2"],
      [3, "r3"],
      [4, "r4"],
      [0, "r5"],
      [1, "r6"],
    ]);
  });

  it("a whole new set of rows (new filters) fills the elements top to bottom", () => {
    let slots: RowSlots = assignRowSlots(NO_SLOTS, ids(0, 4), false).slots;
    slots = assignRowSlots(slots, ids(1, 5), true).slots; // DOM order now shows r4, r1, r2, r3
    const fresh = ["a", "b", "c", "d"];
    const next = assignRowSlots(slots, fresh, true);
    expect(shown(fresh, next)).toEqual([
      [0, "a"],
      [1, "b"],
      [2, "c"],
      [3, "d"],
    ]);
  });

  it("adds slots when the window grows and frees none it still needs", () => {
    const start = assignRowSlots(NO_SLOTS, ids(0, 3), false).slots;
    const window = ids(0, 5);
    const grown = assignRowSlots(start, window, true);
    expect(shown(window, grown)).toEqual([
      [0, "r0"],
      [1, "r1"],
      [2, "r2"],
      [3, "r3"],
      [4, "r4"],
    ]);
  });

  it("never gives two rendered rows the same slot, over a long random walk", () => {
    let slots: RowSlots = NO_SLOTS;
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let top = 0;
    for (let step = 0; step < 500; step++) {
      top = Math.max(0, top + Math.floor(random() * 21) - 10);
      const size = 5 + Math.floor(random() * 10);
      const window = ids(top, top + size);
      if (random() < 0.2) window.push(`r${Math.floor(random() * 1000) + 5000}`); // a pinned row far away
      const unique = [...new Set(window)];
      const assignment = assignRowSlots(slots, unique, random() < 0.7);
      expect(new Set(assignment.slotAt).size).toBe(unique.length);
      expect([...assignment.renderOrder].sort((a, b) => a - b)).toEqual(unique.map((_, i) => i));
      // A row rendered before and now keeps its slot.
      for (const [i, id] of unique.entries()) {
        const before = slots.slotOf.get(id);
        if (before !== undefined) expect(assignment.slotAt[i]).toBe(before);
      }
      slots = assignment.slots;
    }
  });

  it("gives a duplicated ID a slot of its own rather than a duplicate key", () => {
    const assignment = assignRowSlots(NO_SLOTS, ["a", "b", "a"], false);
    expect(new Set(assignment.slotAt).size).toBe(3);
  });
});
