import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test";

// Batches against the sandbox, through the real dashboard in Chromium: the list, a batch
// reconciled row by row in the file's order, and every way of arriving at one.

interface Batch {
  id: string;
  status: string;
  file_name: string;
  total_rows: number;
  processed_rows: number;
  summary?: { estimated_debits?: { currency: string; amount: string }[] };
}
interface BatchRow {
  id: string;
  row_number: number;
  status: string;
  created_at: string;
  dest_currency: string;
}
interface Page_<T> {
  data: T[];
  has_more: boolean;
  next_cursor?: string;
}

const NEEDS_ATTENTION = ["failed", "returned", "screening_failed", "velocity_blocked", "manual_review", "cancelled"];

const rows = (page: Page) => page.getByTestId("data-table-row");
const rowsTable = (page: Page) => page.getByRole("region", { name: "Batch payouts table" });
const isPath = (path: string) => (response: Response) => new URL(response.url()).pathname === path && response.request().method() === "GET";
const humanize = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, " ");
const count = (n: number) => n.toLocaleString("en-US");

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function allBatches(request: APIRequestContext): Promise<Batch[]> {
  const batches: Batch[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson<Page_<Batch>>(request, `/api/batches?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    batches.push(...page.data);
    cursor = page.has_more ? page.next_cursor : undefined;
  } while (cursor);
  return batches;
}

/** A batch's every row, read through the data API page by page (file order). */
const walked = new Map<string, BatchRow[]>();
async function walkBatch(request: APIRequestContext, batchId: string): Promise<BatchRow[]> {
  const known = walked.get(batchId);
  if (known) return known;
  const all: BatchRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await getJson<Page_<BatchRow>>(request, `/api/batches/${batchId}/payouts?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    all.push(...page.data);
    cursor = page.has_more ? page.next_cursor : undefined;
  } while (cursor);
  walked.set(batchId, all);
  return all;
}

async function bigBatch(request: APIRequestContext): Promise<Batch> {
  const batch = (await allBatches(request)).find((b) => b.total_rows === 5000);
  if (!batch) throw new Error("the sandbox should hold a 5,000-row batch");
  return batch;
}

async function renderedRows(page: Page, n: number): Promise<{ id: string; number: string }[]> {
  await expect(rows(page).first()).toBeVisible();
  return rows(page).evaluateAll(
    (elements, max) =>
      elements.slice(0, max).map((el) => ({ id: el.getAttribute("data-row-id") ?? "", number: el.querySelector("[data-testid=row-number]")?.textContent ?? "" })),
    n,
  );
}

const seriousViolations = async (builder: AxeBuilder) =>
  (await builder.analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

test("the list shows every batch newest first; one opens from its file name", async ({ page }) => {
  const first = page.waitForResponse(isPath("/api/batches"));
  await page.goto("/batches");
  const body = (await (await first).json()) as Page_<Batch>;
  const created = body.data.map((b) => (b as Batch & { created_at: string }).created_at);
  expect(created).toEqual([...created].sort().reverse());

  await expect(page.getByRole("heading", { level: 1, name: "Batches" })).toBeVisible();
  const ids = await rows(page).evaluateAll((elements) => elements.slice(0, 5).map((el) => el.getAttribute("data-row-id")));
  expect(ids).toEqual(body.data.slice(0, 5).map((b) => b.id));

  const target = body.data[2]!;
  await rows(page).nth(2).getByRole("link", { name: target.file_name }).click();
  await expect(page).toHaveURL(new RegExp(`/batches/${target.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: target.file_name })).toBeVisible();
});

test("the status filter lives in the URL; the ID box jumps to a batch", async ({ page, request }) => {
  await page.goto("/batches");
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole("button", { name: /^Status/ }).click();
  const settled = page.waitForResponse((r) => isPath("/api/batches")(r) && new URL(r.url()).searchParams.getAll("status").join() === "partial");
  await page.getByRole("dialog", { name: "Filter by status" }).getByRole("checkbox", { name: "Partial", exact: true }).check();
  const partial = (await (await settled).json()) as Page_<Batch>;
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/batches\?status=partial$/);
  expect(partial.data.length).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(partial.data.length);
  await page.reload();
  await expect(page.getByRole("button", { name: "Status: Partial" })).toBeVisible();
  await expect(rows(page)).toHaveCount(partial.data.length);

  const box = page.getByRole("textbox", { name: "Go to batch" });
  await box.fill("pay_123");
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A batch ID looks like" })).toBeVisible();
  const big = await bigBatch(request);
  await box.fill(big.id);
  await box.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/batches/${big.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: big.file_name })).toBeVisible();
});

test("a batch lists its payouts in the file's row order, which is not their date order", async ({ page, request }) => {
  const batch = await bigBatch(request);
  const firstPage = await getJson<Page_<BatchRow>>(request, `/api/batches/${batch.id}/payouts?limit=20`);
  expect(firstPage.data.map((r) => r.row_number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  const byDate = [...firstPage.data].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  expect(byDate.map((r) => r.id)).not.toEqual(firstPage.data.map((r) => r.id));

  await page.goto(`/batches/${batch.id}`);
  const shown = await renderedRows(page, 10);
  expect(shown).toEqual(firstPage.data.slice(0, 10).map((r) => ({ id: r.id, number: String(r.row_number) })));
  expect(shown.map((r) => r.id)).not.toEqual(byDate.slice(0, 10).map((r) => r.id));
});

test("from a payout's batch link: the batch opens with that payout and its row in view", async ({ page, request }) => {
  test.setTimeout(120_000);
  const batch = await bigBatch(request);
  const all = await walkBatch(request, batch.id);
  const first = page.waitForResponse(isPath("/api/payouts"));
  await page.goto(`/payouts?batch_id=${batch.id}`);
  const newest = ((await (await first).json()) as Page_<BatchRow>).data[0]!;
  const expected = all.find((r) => r.id === newest.id)!;
  expect(expected.row_number).toBeGreaterThan(100); // deep in the file: pages must load to reach it

  await rows(page).first().getByRole("link", { name: batch.id }).click();
  await expect(page).toHaveURL(new RegExp(`/batches/${batch.id}\\?payout=${newest.id}$`));
  await expect(page.getByRole("dialog", { name: `Payout ${newest.id}` })).toBeVisible();
  // The row may be thousands deep: pages load in file order until it is among them.
  const row = page.locator(`[data-row-id="${newest.id}"]`);
  await expect(row).toHaveAttribute("aria-current", "true", { timeout: 60_000 });
  await expect(row.getByTestId("row-number")).toHaveText(count(expected.row_number));
  await expect(row).toBeInViewport();

  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(row).toBeFocused();
});

test("from the payout drawer's batch link, and from a pasted link", async ({ page, request }) => {
  const batch = (await allBatches(request)).find((b) => b.status === "partial" && b.processed_rows > 30)!;
  const all = await walkBatch(request, batch.id);
  const target = all[all.length - 1]!;

  await page.goto(`/payouts?payout=${target.id}`);
  const drawer = page.getByRole("dialog", { name: `Payout ${target.id}` });
  await drawer.getByRole("link", { name: batch.id }).click();
  await expect(page).toHaveURL(new RegExp(`/batches/${batch.id}\\?payout=${target.id}$`));
  await expect(page.getByRole("dialog", { name: `Payout ${target.id}` })).toBeVisible();

  // The same link pasted into a fresh tab.
  const pasted = await page.context().newPage();
  await pasted.goto(`/batches/${batch.id}?payout=${target.id}`);
  await expect(pasted.getByRole("dialog", { name: `Payout ${target.id}` })).toBeVisible();
  const row = pasted.locator(`[data-row-id="${target.id}"]`);
  await expect(row.getByTestId("row-number")).toHaveText(count(target.row_number));
  await expect(row).toBeInViewport();
  await pasted.close();
});

test("an unknown or malformed batch ID gets a not-found page with status 404", async ({ page }) => {
  for (const id of ["bat_00000000000000000000000000", "not-a-batch", "bat_%2E%2E", `bat_${"A".repeat(200)}`]) {
    const response = await page.goto(`/batches/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole("heading", { name: "Batch not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "All batches" })).toBeVisible();
  }
});

test("one click filters a batch to the rows needing attention, still in file order", async ({ page, request }) => {
  const batch = (await allBatches(request)).find((b) => b.status === "partial" && b.processed_rows > 30)!;
  const all = await walkBatch(request, batch.id);
  const attention = all.filter((r) => NEEDS_ATTENTION.includes(r.status));
  expect(attention.length).toBeGreaterThan(0);

  await page.goto(`/batches/${batch.id}`);
  await expect(rows(page).first()).toBeVisible();
  const filtered = page.waitForResponse((r) => isPath(`/api/batches/${batch.id}/payouts`)(r) && new URL(r.url()).searchParams.getAll("status").length === 6);
  const toggle = page.getByRole("button", { name: "Needs attention", exact: true });
  await toggle.click();
  await filtered;
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  for (const status of NEEDS_ATTENTION) expect(new URL(page.url()).searchParams.getAll("status")).toContain(status);

  const shown = await renderedRows(page, 10);
  expect(shown).toEqual(attention.slice(0, 10).map((r) => ({ id: r.id, number: count(r.row_number) })));
  await expect(rowsTable(page).getByRole("status").filter({ hasText: /rows loaded/ })).toHaveText(`All ${count(attention.length)} rows loaded`);

  await page.reload();
  await expect(page.getByRole("button", { name: "Needs attention", exact: true })).toHaveAttribute("aria-pressed", "true");
});

test("the whole-batch breakdown of the 5,000-row batch matches its rows and its own counts", async ({ page, request }) => {
  const batch = await bigBatch(request);
  const all = await walkBatch(request, batch.id);
  expect(all).toHaveLength(5000);
  expect(batch.processed_rows).toBe(5000);
  const expected: Record<string, number> = {};
  for (const row of all) expected[row.status] = (expected[row.status] ?? 0) + 1;

  await page.goto(`/batches/${batch.id}`);
  const breakdown = page.getByRole("table", { name: "Breakdown by status" });
  await expect(breakdown).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("breakdown-completeness")).toHaveText("Complete: all 5,000 payouts read");
  const shown = await breakdown.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-status"), tr.querySelector("td")?.textContent ?? ""]));
  expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(Object.entries(expected).map(([status, n]) => [status, count(n)])));
  for (const status of Object.keys(expected)) await expect(breakdown.getByRole("button", { name: new RegExp(`^${humanize(status)}`) })).toBeVisible();

  // The file's estimate is the sum of what its payouts debit: the totals row says the same.
  const debit = batch.summary?.estimated_debits?.[0];
  if (debit) await expect(breakdown.locator("tfoot td").nth(2)).toContainText(debit.currency);
  await expect(breakdown.locator("tfoot td").first()).toHaveText("5,000");
});

test("a batch still processing refreshes itself; a settled one does not", async ({ page, request }) => {
  const batches = await allBatches(request);
  const processing = batches.find((b) => b.status === "processing")!;
  const completed = batches.find((b) => b.status === "completed")!;

  await page.goto(`/batches/${processing.id}`);
  await expect(page.getByRole("status").filter({ hasText: "Live: refreshes itself" })).toBeVisible();
  await page.waitForResponse(isPath(`/api/batches/${processing.id}`), { timeout: 12_000 });

  let refetches = 0;
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === `/api/batches/${completed.id}`) refetches += 1;
  });
  await page.goto(`/batches/${completed.id}`);
  await expect(page.getByRole("status").filter({ hasText: "Settled" })).toBeVisible();
  await page.waitForTimeout(6_500);
  expect(refetches).toBe(0);
});

test("axe finds no serious or critical violation on the list, a batch and its drawer", async ({ page, request }) => {
  await page.goto("/batches");
  await expect(rows(page).first()).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }))).toEqual([]);

  const batch = (await allBatches(request)).find((b) => b.status === "partial" && b.processed_rows > 30)!;
  await page.goto(`/batches/${batch.id}`);
  await expect(page.getByRole("table", { name: "Needs attention" })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }))).toEqual([]);
  await rows(page).first().getByRole("cell").first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }).include("dialog"))).toEqual([]);
});
