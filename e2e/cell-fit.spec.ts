import { expect, test, type Page } from "@playwright/test";

// Table cells draw their values unclipped unless the column says its values may not fit
// (`cutToFit`): a clip in every row cost every scroll frame (docs/decisions.md). So every
// cell that does not clip must hold its value whole. This walks the first pages of each list
// against the sandbox's data, at the table's left and right edges so every column is drawn,
// and measures them.

const ROWS_TO_CHECK = 600;

interface Overflow {
  column: string;
  text: string;
  overflowPx: number;
}

interface Scan {
  /** Cells measured, per column header. */
  checked: Record<string, number>;
  /** Unclipped cells measured, per column header. */
  unclipped: Record<string, number>;
  overflows: Overflow[];
}

/** Measures the drawn rows: each unclipped cell's content must fit inside its padding. */
function scanRows(): Scan {
  const headers = [...document.querySelectorAll('[role="columnheader"]')].map((header) => header.textContent?.trim() ?? "");
  const scan: Scan = { checked: {}, unclipped: {}, overflows: [] };
  // How far right a node draws: text to its end, an element to the end of its box, and of
  // what it holds unless it clips that itself (a link or badge cut to fit).
  const drawnRightEdge = (node: Node): number => {
    if (node.nodeType === Node.TEXT_NODE) {
      const range = document.createRange();
      range.selectNodeContents(node);
      return Math.max(-Infinity, ...[...range.getClientRects()].map((rect) => rect.right));
    }
    if (!(node instanceof Element)) return -Infinity;
    const own = node.getBoundingClientRect().right;
    if (getComputedStyle(node).overflowX !== "visible") return own;
    return Math.max(own, ...[...node.childNodes].map(drawnRightEdge));
  };
  for (const cell of document.querySelectorAll<HTMLElement>('[data-testid="data-table-row"] [role="cell"]')) {
    const column = headers[Number(cell.getAttribute("aria-colindex")) - 1] ?? "?";
    scan.checked[column] = (scan.checked[column] ?? 0) + 1;
    const style = getComputedStyle(cell);
    if (style.overflowX !== "visible") continue;
    scan.unclipped[column] = (scan.unclipped[column] ?? 0) + 1;
    // Content reaching into the end padding already counts: it would touch the next column.
    const left = cell.getBoundingClientRect().left;
    const contentRight = cell.clientWidth - parseFloat(style.paddingRight);
    // Page coordinates, negative for a cell scrolled off to the left.
    const right = Math.max(-Infinity, ...[...cell.childNodes].map(drawnRightEdge)) - left;
    if (right > contentRight + 0.5) scan.overflows.push({ column, text: cell.textContent ?? "", overflowPx: Math.round(right - contentRight) });
  }
  return scan;
}

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [column, count] of Object.entries(from)) into[column] = (into[column] ?? 0) + count;
};

/** Scrolls down through the first ROWS_TO_CHECK rows, measuring the drawn ones at each stop. */
async function walkDown(page: Page, total: Scan): Promise<void> {
  const region = page.getByRole("region", { name: /table$/ });
  for (let step = 0; step < 200; step++) {
    const scan = await page.evaluate(scanRows);
    add(total.checked, scan.checked);
    add(total.unclipped, scan.unclipped);
    total.overflows.push(...scan.overflows);
    const { lastIndex, atEnd } = await region.evaluate((element) => {
      const indexes = [...element.querySelectorAll("[data-row-index]")].map((row) => Number(row.getAttribute("data-row-index")));
      const end = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      element.scrollTop += element.clientHeight;
      return { lastIndex: Math.max(...indexes), atEnd: end };
    });
    if (lastIndex >= ROWS_TO_CHECK || atEnd) break;
    await nextFrames(page);
  }
}

/** Rows and columns scrolled into view are drawn on the next frame. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The walk down at the table's left edge, then again at its right edge: every column drawn. */
async function walk(page: Page, path: string): Promise<{ scan: Scan; headers: string[] }> {
  const total: Scan = { checked: {}, unclipped: {}, overflows: [] };
  for (const edge of ["left", "right"] as const) {
    await page.goto(path);
    await expect(page.getByTestId("data-table-row").first()).toBeVisible();
    if (edge === "right") {
      await page.getByRole("region", { name: /table$/ }).evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await nextFrames(page);
    }
    await walkDown(page, total);
  }
  const headers = await page.getByRole("columnheader").allTextContents();
  return { scan: total, headers: headers.map((header) => header.trim()) };
}

test.use({ viewport: { width: 1600, height: 1000 } });

for (const { path, fixedColumns } of [
  { path: "/payouts", fixedColumns: ["Created", "Status", "Payout ID"] },
  { path: "/transactions", fixedColumns: ["Created", "Status", "Currency"] },
  { path: "/batches", fixedColumns: ["Status", "Uploaded", "Rows", "Batch ID"] },
]) {
  test(`${path}: every cell that is not cut to fit holds its value whole`, async ({ page }) => {
    const { scan, headers } = await walk(page, path);
    // The walk measured what it claims: cells of every column, the fixed-format ones unclipped.
    for (const column of headers) expect(scan.checked[column] ?? 0, `cells measured in ${column}`).toBeGreaterThan(20);
    for (const column of fixedColumns) expect(scan.unclipped[column] ?? 0, `unclipped cells in ${column}`).toBeGreaterThan(20);
    expect(scan.overflows.slice(0, 10)).toEqual([]);
  });
}
