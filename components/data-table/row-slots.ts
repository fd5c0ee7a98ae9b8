// Row slots: which DOM row element shows which data row.
//
// A virtualised table that keys its row elements by row ID creates about forty DOM nodes and
// as many React fibers for every row that scrolls into view and throws as many away for every
// row that leaves. At a fast scroll that is hundreds of nodes a frame, and the garbage
// collections they cause were the frames over 50 ms. Keyed by slot instead, an element that
// scrolls out is handed to the row scrolling in: React updates its text and attributes, and
// nothing is created or collected.
//
// A row keeps its slot for as long as it stays rendered, so a focused row is never handed to
// another row under the reader's focus. While the reader scrolls, slots keep the order they
// have in the DOM (moving an element would detach and rebuild it); at rest they follow the
// rows' order, so the DOM, the tab order and a screen reader read the rows top to bottom.

export interface RowSlots {
  /** The slot each rendered row ID holds. */
  slotOf: ReadonlyMap<string, number>;
  /** Slots in the order their elements were rendered last. */
  order: readonly number[];
}

export const NO_SLOTS: RowSlots = { slotOf: new Map(), order: [] };

export interface SlotAssignment {
  slots: RowSlots;
  /** Indexes into `ids`, in the order to render them. */
  renderOrder: number[];
  /** The slot of each entry of `ids`. */
  slotAt: number[];
}

/**
 * Gives each of `ids` (the rendered rows, top to bottom) a slot: the one it had, else one
 * freed by a row no longer rendered (taken in DOM order, so a whole new set of rows fills the
 * elements top to bottom), else a new one. `keepOrder` (while scrolling) renders the slots in
 * their previous order with new ones at the end; otherwise in the rows' order.
 */
export function assignRowSlots(previous: RowSlots, ids: readonly string[], keepOrder: boolean): SlotAssignment {
  const slotOf = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    const slot = previous.slotOf.get(id);
    if (slot !== undefined && !taken.has(slot)) {
      slotOf.set(id, slot);
      taken.add(slot);
    }
  }

  const free = previous.order.filter((slot) => !taken.has(slot));
  let freeAt = 0;
  let nextNew = Math.max(-1, ...previous.order) + 1;
  for (const id of ids) {
    if (slotOf.has(id)) continue;
    const slot = freeAt < free.length ? free[freeAt++]! : nextNew++;
    slotOf.set(id, slot);
    taken.add(slot);
  }
  // An ID listed twice (it should not be) gets a second slot rather than a duplicate key.
  const seen = new Set<string>();
  const slotAt = ids.map((id) => {
    if (seen.has(id)) return nextNew++;
    seen.add(id);
    return slotOf.get(id)!;
  });

  let renderOrder = ids.map((_, index) => index);
  if (keepOrder) {
    const position = new Map(previous.order.map((slot, at) => [slot, at]));
    const rank = (index: number) => position.get(slotAt[index]!) ?? previous.order.length + index;
    renderOrder = renderOrder.sort((a, b) => rank(a) - rank(b));
  }
  return { slots: { slotOf, order: renderOrder.map((index) => slotAt[index]!) }, renderOrder, slotAt };
}
