import { expect, test, type Page } from "@playwright/test";

// Table cells draw their values unclipped unless the column says its values may not fit
// (`cutToFit`): a clip in every row cost every scroll frame (docs/decisions.md). So every
// cell that does not clip must hold its value whole. This walks the first pages of each list
// against the sandbox's data, wide enough that every column is drawn, and measures them.

const ROWS_TO_CHECK = 600;

interface Overflow {
  column: string;
  text: string;
  overflowPx: number;
}

interface Scan {
  checked: number;
  /** Unclipped cells measured, per column header. */
  unclipped: Record<string, number>;
  overflows: Overflow[];
}

/** Measures the drawn rows: each unclipped cell's content must fit inside its padding. */
function scanRows(): Scan {
  const headers = [...document.querySelectorAll('[role="columnheader"]')].map((header) => header.textContent?.trim() ?? "");
  const scan: Scan = { checked: 0, unclipped: {}, overflows: [] };
  for (const cell of document.querySelectorAll<HTMLElement>('[data-testid="data-table-row"] [role="cell"]')) {
    const column = headers[Number(cell.getAttribute("aria-colindex")) - 1] ?? "?";
    scan.checked++;
    if (getComputedStyle(cell).overflowX !== "visible") continue;
    scan.unclipped[column] = (scan.unclipped[column] ?? 0) + 1;
    // Content reaching into the end padding already counts: it would touch the next column.
    const contentRight = cell.clientWidth - parseFloat(getComputedStyle(cell).paddingRight);
    let right = 0;
    const range = document.createRange();
    range.selectNodeContents(cell);
    for (const rect of range.getClientRects()) right = Math.max(right, rect.right - cell.getBoundingClientRect().left);
    if (right > contentRight + 0.5) scan.overflows.push({ column, text: cell.textContent ?? "", overflowPx: Math.round(right - contentRight) });
  }
  return scan;
}

async function walk(page: Page, path: string): Promise<Scan> {
  await page.goto(path);
  const region = page.getByRole("region", { name: /table$/ });
  await expect(page.getByTestId("data-table-row").first()).toBeVisible();
  const total: Scan = { checked: 0, unclipped: {}, overflows: [] };
  for (let step = 0; step < 200; step++) {
    const scan = await page.evaluate(scanRows);
    total.checked += scan.checked;
    total.overflows.push(...scan.overflows);
    for (const [column, count] of Object.entries(scan.unclipped)) total.unclipped[column] = (total.unclipped[column] ?? 0) + count;
    const { lastIndex, atEnd } = await region.evaluate((element) => {
      const indexes = [...element.querySelectorAll("[data-row-index]")].map((row) => Number(row.getAttribute("data-row-index")));
      const end = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      element.scrollTop += element.clientHeight;
      return { lastIndex: Math.max(...indexes), atEnd: end };
    });
    if (lastIndex >= ROWS_TO_CHECK || atEnd) break;
    // The next rows are drawn on the next frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return total;
}

test.use({ viewport: { width: 2600, height: 1000 } });

for (const { path, fixedColumns } of [
  { path: "/payouts", fixedColumns: ["Created", "Status", "Payout ID"] },
  { path: "/transactions", fixedColumns: ["Created", "Status", "Currency"] },
  { path: "/batches", fixedColumns: ["Status", "Uploaded", "Rows", "Batch ID"] },
]) {
  test(`${path}: every cell that is not cut to fit holds its value whole`, async ({ page }) => {
    const scan = await walk(page, path);
    // The walk measured what it claims: many cells, and the fixed-format columns unclipped.
    expect(scan.checked).toBeGreaterThan(200);
    for (const column of fixedColumns) expect(scan.unclipped[column] ?? 0, `unclipped cells in ${column}`).toBeGreaterThan(20);
    expect(scan.overflows.slice(0, 10)).toEqual([]);
  });
}
