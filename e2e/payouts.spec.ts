import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";
import { sumByCurrency } from "../test/export-helpers";

// The payouts explorer against the sandbox, through the real dashboard in Chromium.

const SANDBOX_CONTROL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4110}/__sandbox`;

interface ListBody {
  data: { id: string; status: string; dest_amount: string; dest_currency: string }[];
  has_more: boolean;
  next_cursor?: string;
}

const rows = (page: Page) => page.getByTestId("data-table-row");
const table = (page: Page) => page.getByRole("region", { name: "Payouts table" });
const isList = (response: Response) => new URL(response.url()).pathname === "/api/payouts" && response.request().method() === "GET";

/** Navigates and waits for the first list page; returns its body and the query it sent. */
async function gotoPayouts(page: Page, path = "/payouts"): Promise<ListBody & { sent: URLSearchParams }> {
  const first = page.waitForResponse((r) => isList(r) && !new URL(r.url()).searchParams.has("cursor"));
  await page.goto(path);
  const response = await first;
  const body = (await response.json()) as ListBody;
  if (body.data.length > 0) await expect(rows(page).first()).toBeVisible();
  return { ...body, sent: new URL(response.url()).searchParams };
}

async function firstRowIds(page: Page, count: number): Promise<string[]> {
  await expect(rows(page).first()).toBeVisible();
  return rows(page).evaluateAll((elements, n) => elements.slice(0, n).map((el) => el.getAttribute("data-row-id") ?? ""), count);
}

/** Amount as the currency writes it, by hand: thousands grouped, fraction padded to scale. */
function byHand(amount: string, scale: number): string {
  const [whole = "0", fraction = ""] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return scale === 0 ? grouped : `${grouped}.${fraction.padEnd(scale, "0")}`;
}

interface AmountsBody {
  data: { id: string; source_amount: string; source_currency: string; total_debited: string; total_debited_currency: string }[];
}

/** "1,234.500" → "1234.5": compares amounts whatever their grouping and padding. */
function plainDecimal(text: string): string {
  const plain = text.replace(/,/g, "");
  return plain.includes(".") ? plain.replace(/0+$/, "").replace(/\.$/, "") : plain;
}

type Totals = Record<string, { payouts: number; source: string; debited: string }>;

function expectedTotals(payouts: AmountsBody["data"]): Totals {
  const sources = sumByCurrency(payouts, (p) => p.source_amount, (p) => p.source_currency);
  const debits = sumByCurrency(payouts, (p) => p.total_debited, (p) => p.total_debited_currency);
  const totals: Totals = {};
  for (const currency of new Set([...sources.keys(), ...debits.keys()])) {
    totals[currency] = {
      payouts: payouts.filter((p) => p.source_currency === currency).length,
      source: sources.get(currency)?.toFixed() ?? "—",
      debited: debits.get(currency)?.toFixed() ?? "—",
    };
  }
  return totals;
}

/** The summary bar as the reader sees it: per currency, the count and the two sums. */
async function shownTotals(page: Page): Promise<Totals> {
  const shown = await page.locator('section[aria-label="Totals of loaded payouts"] [data-currency]').evaluateAll((blocks) =>
    blocks.map((block) => {
      const [source = "", debited = ""] = [...block.querySelectorAll("dd > span")].map((span) => span.textContent?.replace(/^(Source|Debited)\s*/, "").trim() ?? "");
      return { currency: block.getAttribute("data-currency") ?? "", count: block.querySelector("dt")?.textContent ?? "", source, debited };
    }),
  );
  return Object.fromEntries(
    shown.map(({ currency, count, source, debited }) => [
      currency,
      { payouts: Number(count.replace(currency, "").replace(/\D/g, "")), source: source === "—" ? source : plainDecimal(source), debited: debited === "—" ? debited : plainDecimal(debited) },
    ]),
  );
}

async function setFaults(page: Page, faults: { failRate: number }) {
  const response = await page.request.post(`${SANDBOX_CONTROL}/faults`, { data: faults });
  expect(response.ok()).toBe(true);
}

test("filter by two statuses and a date preset; a reload shows the same rows", async ({ page }) => {
  await gotoPayouts(page);

  await page.getByRole("button", { name: /^Status/ }).click();
  const statusPanel = page.getByRole("dialog", { name: "Filter by status" });
  let settled = page.waitForResponse((r) => isList(r) && new URL(r.url()).searchParams.getAll("status").length === 1);
  await statusPanel.getByRole("checkbox", { name: "Completed", exact: true }).check();
  await settled;
  settled = page.waitForResponse((r) => isList(r) && new URL(r.url()).searchParams.getAll("status").length === 2);
  await statusPanel.getByRole("checkbox", { name: "Failed", exact: true }).check();
  await settled;
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Status: Completed, Failed" })).toBeVisible();

  await page.getByRole("button", { name: "Created date" }).click();
  settled = page.waitForResponse((r) => isList(r) && new URL(r.url()).searchParams.has("created_after"));
  await page.getByRole("button", { name: "Last 90 days" }).click();
  const filtered = (await (await settled).json()) as ListBody;
  await expect(page).toHaveURL(/status=completed&status=failed/);
  await expect(page).toHaveURL(/range=last_90_days/);
  expect(filtered.data.length).toBeGreaterThan(0);
  expect(new Set(filtered.data.map((p) => p.status))).toEqual(new Set(["completed", "failed"]));

  const before = await firstRowIds(page, 10);
  expect(before).toEqual(filtered.data.slice(0, 10).map((p) => p.id));

  const afterReload = page.waitForResponse((r) => isList(r));
  await page.reload();
  await afterReload;
  expect(await firstRowIds(page, 10)).toEqual(before);
  await expect(page.getByRole("button", { name: "Created: Last 90 days" })).toBeVisible();
});

test("a pasted link applies its filters and shows refused values without sending them", async ({ page }) => {
  const body = await gotoPayouts(page, "/payouts?status=returned&dest_currency=EUR&status=bogus&beneficiary_id=nope");
  // The request carried only the valid filters…
  expect(body.sent.getAll("status")).toEqual(["returned"]);
  expect(body.sent.get("dest_currency")).toBe("EUR");
  expect(body.sent.has("beneficiary_id")).toBe(false);
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data.every((p) => p.status === "returned" && p.dest_currency === "EUR")).toBe(true);

  await expect(page.getByRole("button", { name: "Status: Returned" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Currency" })).toHaveValue("EUR");
  const problems = page.getByRole("alert").filter({ hasText: "not valid and were not applied" });
  await expect(problems).toContainText("status=bogus");
  await expect(problems).toContainText("beneficiary_id=nope");
  // …while the link keeps what was pasted until the reader removes it.
  expect(page.url()).toContain("status=bogus");
  await problems.getByRole("button", { name: "Remove invalid" }).click();
  await expect(problems).toBeHidden();
  expect(page.url()).not.toContain("bogus");
});

test("scrolling loads a third page while rendered rows stay bounded", async ({ page }) => {
  await gotoPayouts(page);
  const region = table(page);
  const loaded = page.getByTestId("loaded-count");
  for (const target of ["200", "300"]) {
    const next = page.waitForResponse((r) => isList(r) && new URL(r.url()).searchParams.has("cursor"));
    await region.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await next;
    await expect(loaded).toHaveText(target);
    expect(await rows(page).count()).toBeLessThanOrEqual(60);
  }
  // Keep going to the far end of what is loaded: still bounded.
  await region.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect.poll(() => rows(page).count()).toBeLessThanOrEqual(60);
});

test("the summary's totals are the exact sums of the loaded rows, per currency, as each page arrives", async ({ page }) => {
  // What the page itself was sent, so the expected sums cover exactly its rows.
  const sent: Promise<AmountsBody>[] = [];
  page.on("response", (response) => {
    if (isList(response) && response.ok()) sent.push(response.json() as Promise<AmountsBody>);
  });
  await gotoPayouts(page);
  const loaded = page.getByTestId("loaded-count");
  for (const target of ["100", "200", "300", "400"]) {
    if (target !== "100") {
      await table(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(loaded).toHaveText(target);
    }
    const payouts = new Map((await Promise.all(sent)).flatMap((body) => body.data.map((payout) => [payout.id, payout] as const)));
    expect(payouts.size).toBe(Number(target));
    await expect.poll(() => shownTotals(page)).toEqual(expectedTotals([...payouts.values()]));
  }
});

test("row elements handed on while scrolling show their own payout, sit in row order at rest, and keep focus", async ({ page }) => {
  const body = await gotoPayouts(page);
  const region = table(page);
  /** Every rendered row in DOM order: its index, its ID, and the payout ID its cell shows. */
  const rendered = () =>
    rows(page).evaluateAll((elements) =>
      elements.map((el) => ({
        index: Number(el.getAttribute("data-row-index")),
        id: el.getAttribute("data-row-id") ?? "",
        shownId: el.querySelectorAll('[role="cell"]')[2]?.textContent?.trim() ?? "",
      })),
    );

  /** At rest the elements sit in row order: indexes rise down the DOM. */
  const inRowOrder = async () => {
    const indexes = (await rendered()).map((row) => row.index);
    return indexes.every((index, at) => at === 0 || index > indexes[at - 1]!);
  };

  // A fast scroll a frame at a time, as a wheel fling does, then rest.
  await region.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const step = () => {
          el.scrollTop += 120;
          if (++frames < 12) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      }),
  );
  await expect.poll(async () => (await rendered()).map((row) => row.index).join()).toMatch(/^\d+(,\d+)+$/);
  await expect.poll(inRowOrder).toBe(true);
  for (const row of await rendered()) {
    expect(row.id).toBe(body.data[row.index]?.id);
    expect(row.shownId).toBe(row.id);
  }

  // Focus a row while the table is still scrolling: its element was handed on from a row
  // that left the top, so putting the rows in order at rest moves it; it keeps focus.
  const focusedIndex = await region.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const step = () => {
          el.scrollTop += 120;
          if (++frames < 8) return requestAnimationFrame(step);
          const last = [...el.querySelectorAll<HTMLElement>('[data-testid="data-table-row"]')].reduce((a, b) => (Number(b.dataset.rowIndex) > Number(a.dataset.rowIndex) ? b : a));
          last.focus({ preventScroll: true });
          resolve(Number(last.dataset.rowIndex));
        };
        requestAnimationFrame(step);
      }),
  );
  await expect.poll(inRowOrder).toBe(true);
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("data-row-index", String(focusedIndex));
  await expect(focused).toHaveAttribute("data-row-id", body.data[focusedIndex]!.id);
  await page.keyboard.press("ArrowUp");
  await expect(page.locator(":focus")).toHaveAttribute("data-row-index", String(focusedIndex - 1));
});

test("Back from another page keeps the filters, the loaded rows and the scroll position", async ({ page }) => {
  await gotoPayouts(page, "/payouts?tz=utc");
  const region = table(page);
  const next = page.waitForResponse((r) => isList(r) && new URL(r.url()).searchParams.has("cursor"));
  await region.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await next;
  await expect(page.getByTestId("loaded-count")).toHaveText("200");
  await region.evaluate((el) => el.scrollTo({ top: 3000 }));
  await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBe(3000);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Batches" }).click();
  await expect(page).toHaveURL(/\/batches/);
  await page.goBack();
  await expect(page).toHaveURL(/\/payouts\?tz=utc$/);
  await expect(page.getByTestId("loaded-count")).toHaveText("200");
  await expect.poll(() => table(page).evaluate((el) => el.scrollTop)).toBe(3000);
});

test("a row's copy button copies its payout ID and says so; cut-short values show in full on hover", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const body = await gotoPayouts(page);
  const [, second] = body.data;
  if (!second) throw new Error("the sandbox should list at least two payouts");
  const row = page.locator(`[data-row-id="${second.id}"]`);
  const announcer = page.getByTestId("announcer");
  await expect(announcer).toHaveText("");

  await row.getByRole("button", { name: "Copy payout ID" }).click();
  await expect(announcer).toHaveText("Copied payout ID");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(second.id);
  // The copy does not open the drawer, and the announcement does not linger.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(announcer).toHaveText("", { timeout: 8_000 });

  // Plain values are the cell itself, with the whole value as its tooltip.
  const cells = row.getByRole("cell");
  const reference = (await cells.nth(4).textContent()) ?? "";
  expect(reference).not.toBe("");
  await expect(cells.nth(4)).toHaveAttribute("title", reference);
  await expect(cells.nth(3)).toHaveAttribute("title", (await cells.nth(3).textContent()) ?? "");
});

test("rows draw only the columns in view, each under its own header; the row with the tab stop draws them all", async ({ page }) => {
  const body = await gotoPayouts(page);
  const [first, second] = body.data;
  if (!first || !second) throw new Error("the sandbox should list at least two payouts");
  const region = table(page);
  const columnCount = Number(await page.getByRole("table", { name: "Payouts" }).getAttribute("aria-colcount"));
  await expect(page.getByRole("columnheader")).toHaveCount(columnCount);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

  /** A row's drawn cells: the column each says it is in, and how far its edges are from that column's header's. */
  const drawn = (rowId: string) =>
    page.evaluate((id) => {
      const headers = new Map([...document.querySelectorAll('[role="columnheader"]')].map((h) => [h.getAttribute("aria-colindex"), h.getBoundingClientRect()]));
      const cells = [...document.querySelectorAll(`[data-row-id="${id}"] [role="cell"]`)];
      return cells.map((cell) => {
        const box = cell.getBoundingClientRect();
        const header = headers.get(cell.getAttribute("aria-colindex"));
        return { column: Number(cell.getAttribute("aria-colindex")), offBy: header ? Math.max(Math.abs(box.left - header.left), Math.abs(box.right - header.right)) : Infinity };
      });
    }, rowId);
  const columnsOf = async (rowId: string) => (await drawn(rowId)).map((cell) => cell.column);
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  // At the left edge: the second row draws the first columns, not all of them, each under its header.
  const atStart = await drawn(second.id);
  expect(atStart.length).toBeLessThan(columnCount);
  expect(atStart.map((cell) => cell.column)).toEqual(upTo(atStart.length));
  for (const cell of atStart) expect(cell.offBy).toBeLessThanOrEqual(1);
  // The first row has the tab stop: every column is drawn, so Tab reaches each link and button.
  expect(await columnsOf(first.id)).toEqual(upTo(columnCount));

  // Scrolled to the right edge: the last columns are drawn instead, still under their headers.
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(async () => (await columnsOf(second.id)).at(-1)).toBe(columnCount);
  const atEnd = await drawn(second.id);
  expect(atEnd[0]!.column).toBeGreaterThan(1);
  expect(atEnd.map((cell) => cell.column)).toEqual(upTo(columnCount).slice(atEnd[0]!.column - 1));
  for (const cell of atEnd) expect(cell.offBy).toBeLessThanOrEqual(1);
  await expect(page.locator(`[data-row-id="${second.id}"] [role="cell"][aria-colindex="${columnCount}"]`)).toBeInViewport();
});

test("Tab from the row with the tab stop reaches its batch link, far to the right, and brings that column into view", async ({ page }) => {
  const batches = (await (await page.request.get("/api/batches?limit=100")).json()) as { data: { id: string; processed_rows: number }[] };
  const batchId = batches.data.find((batch) => batch.processed_rows >= 2)?.id;
  if (!batchId) throw new Error("the sandbox should have a batch with payouts");
  const body = await gotoPayouts(page, `/payouts?batch_id=${batchId}`);
  const [first, second] = body.data;
  if (!first || !second) throw new Error(`batch ${batchId} should hold at least two payouts`);
  const region = table(page);
  const batchColumn = await page.getByRole("columnheader", { name: "Batch" }).getAttribute("aria-colindex");
  const batchCell = (id: string) => page.locator(`[data-row-id="${id}"] [role="cell"][aria-colindex="${batchColumn}"]`);
  await expect(batchCell(second.id)).toHaveCount(0); // out of view, so not drawn

  await rows(page).first().focus();
  await page.keyboard.press("Tab");
  await expect(rows(page).first().getByRole("button", { name: "Copy payout ID" })).toBeFocused();
  await page.keyboard.press("Tab");
  const link = batchCell(first.id).getByRole("link", { name: batchId });
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The other rows follow the sideways scroll.
  await expect(batchCell(second.id)).toHaveText(batchId);
});

test("open a payout from the table and from a link, step with the arrow keys, Escape closes", async ({ page }) => {
  const body = await gotoPayouts(page);
  const [first, second, third] = body.data;
  if (!first || !second || !third) throw new Error("the sandbox should list at least three payouts");

  await rows(page).nth(1).getByRole("cell").first().click();
  const drawer = page.getByRole("dialog", { name: `Payout ${second.id}` });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`payout=${second.id}`));
  await expect(drawer.getByRole("heading", { name: "Lifecycle" })).toBeVisible();

  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("dialog", { name: `Payout ${third.id}` })).toBeVisible();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("dialog", { name: `Payout ${first.id}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`payout=${first.id}`));

  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page).not.toHaveURL(/payout=/);

  // Keyboard alone: focus is back on the row; arrows move between rows, Enter opens one.
  await expect(rows(page).first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(rows(page).nth(2)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: `Payout ${third.id}` })).toBeVisible();
  await page.keyboard.press("Escape");

  // From a link, for a payout further down than the first page: fetched on its own.
  const deeper = (await (await page.request.get(`/api/payouts?limit=100&cursor=${body.next_cursor}`)).json()) as ListBody;
  const linked = deeper.data[42];
  if (!linked) throw new Error("the sandbox should have a second page");
  const single = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/payouts/${linked.id}`);
  await page.goto(`/payouts?payout=${linked.id}`);
  await single;
  const linkedDrawer = page.getByRole("dialog", { name: `Payout ${linked.id}` });
  await expect(linkedDrawer).toBeVisible();
  await expect(linkedDrawer.getByText("Not among the loaded rows")).toBeVisible();
  await expect(linkedDrawer.getByRole("heading", { name: "Economics" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(linkedDrawer).toBeHidden();
});

test("JPY, BHD and EUR amounts are shown in each currency's own format", async ({ page }) => {
  for (const [currency, scale] of [
    ["JPY", 0],
    ["BHD", 3],
    ["EUR", 2],
  ] as const) {
    const body = await gotoPayouts(page, `/payouts?dest_currency=${currency}`);
    const payout = body.data[0];
    if (!payout) throw new Error(`the sandbox should have ${currency} payouts`);
    // At the test's width the amount columns start out of view, and rows draw only the columns in view.
    await page.getByRole("columnheader", { name: "Destination amount" }).scrollIntoViewIfNeeded();
    const row = page.locator(`[data-row-id="${payout.id}"]`);
    await expect(row).toContainText(`${byHand(payout.dest_amount, scale)} ${currency}`);
  }
});

test("the error state shows when the sandbox fails, and Retry recovers", async ({ page }) => {
  try {
    await setFaults(page, { failRate: 1 });
    await page.goto("/payouts?dest_currency=USD");
    const error = page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await expect(error).toBeVisible({ timeout: 20_000 });
    await expect(error.getByRole("button", { name: "Retry" })).toBeVisible();

    await setFaults(page, { failRate: 0 });
    const recovered = page.waitForResponse((r) => isList(r) && r.ok());
    await error.getByRole("button", { name: "Retry" }).click();
    await recovered;
    await expect(rows(page).first()).toBeVisible();
    await expect(error).toBeHidden();
  } finally {
    await setFaults(page, { failRate: 0 });
    await page.request.post(`${SANDBOX_CONTROL}/reset-stats`);
  }
});

test.describe("in a browser east of UTC", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("times show in the stated zone, UTC on hover, and the switch to UTC is kept in the URL", async ({ page }) => {
    const body = await gotoPayouts(page);
    const first = body.data[0] as unknown as { id: string; created_at: string };
    const tokyo = new Date(Date.parse(first.created_at) + 9 * 3600_000).toISOString().replace("T", " ").slice(0, 19);
    const utc = first.created_at.replace("T", " ").slice(0, 19);
    await expect(page.getByText("times in Asia/Tokyo (local)")).toBeVisible();
    const created = page.locator(`[data-row-id="${first.id}"] time`);
    await expect(created).toHaveText(tokyo);
    await expect(created).toHaveAttribute("title", `${utc} UTC`);

    await page.getByText("UTC", { exact: true }).click();
    await expect(page).toHaveURL(/tz=utc/);
    await expect(created).toHaveText(utc);
  });
});

test("a session that ended sends the reader to sign in, and back to the same view", async ({ page }) => {
  await gotoPayouts(page, "/payouts?status=failed");
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fpayouts%3Fstatus%3Dfailed$/);
});

test("axe finds no serious or critical violation, with and without the drawer", async ({ page }) => {
  await gotoPayouts(page);
  const serious = async (builder: AxeBuilder) =>
    (await builder.analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(await serious(new AxeBuilder({ page }))).toEqual([]);
  await rows(page).first().getByRole("cell").first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  // The page behind a modal dialog is inert and was checked above: scan the drawer.
  expect(await serious(new AxeBuilder({ page }).include("dialog"))).toEqual([]);
});
