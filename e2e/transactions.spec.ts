import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page, type Request, type Response } from "@playwright/test";

// Transactions against the sandbox, through the real dashboard in Chromium: filters in the
// URL, a sparse filter's search that the reader can watch and stop, and the balances.

const SANDBOX_CONTROL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4110}/__sandbox`;

interface Transaction {
  id: string;
  type: string;
  status: string;
  amount: string;
  currency: string;
  created_at: string;
}
interface TransactionsBody {
  data: Transaction[];
  has_more: boolean;
  next_cursor?: string;
  scan: { scanned: number; reached?: string; bounded: boolean };
}
interface Balance {
  currency: string;
  available: string;
  pending: string;
  total: string;
}

const SCALES: Record<string, number> = { USD: 2, EUR: 2, GBP: 2, JPY: 0, USDC: 6 };

const rows = (page: Page) => page.getByTestId("data-table-row");
const progress = (page: Page) => page.getByRole("region", { name: "Search progress" });
const isList = (response: Response | Request) => {
  const request = "request" in response ? response.request() : response;
  return new URL(request.url()).pathname === "/api/transactions" && request.method() === "GET";
};
const hasParams = (expected: Record<string, string>) => (response: Response) =>
  isList(response) && Object.entries(expected).every(([name, value]) => new URL(response.url()).searchParams.getAll(name).includes(value));

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** Navigates and waits for the first list page; returns its body. */
async function gotoTransactions(page: Page, path = "/transactions"): Promise<TransactionsBody> {
  const first = page.waitForResponse((r) => isList(r) && !new URL(r.url()).searchParams.has("cursor"));
  await page.goto(path);
  const body = (await (await first).json()) as TransactionsBody;
  if (body.data.length > 0) await expect(rows(page).first()).toBeVisible();
  return body;
}

async function firstRowIds(page: Page, count: number): Promise<string[]> {
  await expect(rows(page).first()).toBeVisible();
  return rows(page).evaluateAll((elements, n) => elements.slice(0, n).map((el) => el.getAttribute("data-row-id") ?? ""), count);
}

/** Every rendered row's cells as text, in column order. */
async function renderedCells(page: Page): Promise<string[][]> {
  return rows(page).evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent?.trim() ?? "")));
}

/** Amount as the currency writes it, by hand: thousands grouped, fraction padded to scale. */
function byHand(amount: string, scale: number): string {
  const negative = amount.startsWith("-");
  const [whole = "0", fraction = ""] = amount.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${scale === 0 ? grouped : `${grouped}.${fraction.padEnd(scale, "0")}`}`;
}

/** "Scanned 12,400 transactions" → 12400. */
async function scannedCount(page: Page): Promise<number> {
  const text = (await progress(page).getByRole("status").textContent()) ?? "";
  const match = /Scanned ([\d,]+) transaction/.exec(text);
  return match ? Number(match[1]!.replace(/,/g, "")) : 0;
}

async function upstreamRequests(page: Page): Promise<number> {
  const stats = (await (await page.request.get(`${SANDBOX_CONTROL}/stats`)).json()) as { requests: { path: string }[] };
  return stats.requests.filter((r) => r.path.includes("/transactions")).length;
}

test("filter by currency and type; every row matches, and a reload shows the same rows", async ({ page }) => {
  await gotoTransactions(page);

  let settled = page.waitForResponse(hasParams({ currency: "EUR" }));
  await page.getByRole("combobox", { name: "Currency" }).selectOption("EUR");
  await settled;

  await page.getByRole("button", { name: /^Type/ }).click();
  settled = page.waitForResponse(hasParams({ currency: "EUR", type: "fee" }));
  await page.getByRole("dialog", { name: "Filter by type" }).getByRole("checkbox", { name: "Fee", exact: true }).check();
  const filtered = (await (await settled).json()) as TransactionsBody;
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Type: Fee" })).toBeVisible();
  await expect(page).toHaveURL(/currency=EUR&type=fee/);

  expect(filtered.data.length).toBeGreaterThan(10);
  expect(filtered.data.every((t) => t.currency === "EUR" && t.type === "fee")).toBe(true);
  const before = await firstRowIds(page, 10);
  expect(before).toEqual(filtered.data.slice(0, 10).map((t) => t.id));
  // Columns: created, type, status, amount, currency, …
  for (const cells of await renderedCells(page)) {
    expect(cells[1]).toBe("Fee");
    expect(cells[4]).toBe("EUR");
  }

  const afterReload = page.waitForResponse((r) => isList(r));
  await page.reload();
  await afterReload;
  expect(await firstRowIds(page, 10)).toEqual(before);
  await expect(page.getByRole("combobox", { name: "Currency" })).toHaveValue("EUR");
  await expect(page.getByRole("button", { name: "Type: Fee" })).toBeVisible();
  for (const cells of await renderedCells(page)) expect([cells[1], cells[4]]).toEqual(["Fee", "EUR"]);
});

test("a sparse filter shows its search progress, and Stop halts it up to the sandbox", async ({ page }) => {
  test.setTimeout(150_000);
  // Reversed deposits are a handful among tens of thousands of rows: each request hits the scan bound.
  const SPARSE = "type=deposit&status=reversed";
  const probe = await getJson<TransactionsBody>(page.request, `/api/transactions?${SPARSE}&limit=100`);
  expect(probe.scan.bounded).toBe(true);
  expect(probe.data.length).toBeLessThan(100);

  // A slow upstream keeps each request in flight for seconds (the server's per-request time
  // budget), so Stop lands while a request is on its way however busy the machine is.
  const slowUpstream = (latencyMs: number) => page.request.post(`${SANDBOX_CONTROL}/faults`, { data: { latencyMs } });
  expect((await slowUpstream(100)).ok()).toBe(true);
  try {
    await gotoTransactions(page, `/transactions?${SPARSE}`);
    const bar = progress(page);
    await expect(bar.getByRole("status")).toContainText(/Searching… Scanned [\d,]+ transactions, \d+ match · back to \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    // It carries on by itself, and the count adds up across pages.
    await expect.poll(() => scannedCount(page), { timeout: 45_000 }).toBeGreaterThan(probe.scan.scanned);

    // Stop while a request is on its way: it is aborted, and nothing follows it.
    const inFlight = await page.waitForRequest((r) => isList(r) && new URL(r.url()).searchParams.has("cursor"));
    const aborted = page.waitForEvent("requestfailed", (r) => r === inFlight);
    await bar.getByRole("button", { name: "Stop" }).click();
    await aborted;
    await stoppedAndResumed(page, bar);
  } finally {
    await slowUpstream(0);
  }
});

async function stoppedAndResumed(page: Page, bar: ReturnType<typeof progress>) {
  await expect(bar.getByRole("status")).toContainText(/^Stopped\. Scanned [\d,]+ transactions/);
  const scanned = await scannedCount(page);
  const upstream = await upstreamRequests(page);
  let followUps = 0;
  page.on("request", (r) => {
    if (isList(r)) followUps += 1;
  });
  await page.waitForTimeout(2_500);
  expect(followUps).toBe(0);
  expect(await scannedCount(page)).toBe(scanned);
  // The server stopped reading upstream too (at most the one page already on its way).
  expect(await upstreamRequests(page)).toBeLessThanOrEqual(upstream + 1);

  // Continue carries on from where it stopped.
  const resumed = page.waitForResponse((r) => isList(r) && new URL(r.url()).searchParams.has("cursor"));
  await bar.getByRole("button", { name: "Continue searching" }).click();
  await expect(bar.getByRole("button", { name: "Stop" })).toBeVisible();
  await resumed;
  await expect.poll(() => scannedCount(page), { timeout: 20_000 }).toBeGreaterThan(scanned);
  await bar.getByRole("button", { name: "Stop" }).click();
  await expect(bar.getByRole("button", { name: "Continue searching" })).toBeVisible();
}

test("the balances strip shows every account currency in its own format", async ({ page }) => {
  const { data: balances } = await getJson<{ data: Balance[] }>(page.request, "/api/balances");
  expect(balances.length).toBeGreaterThan(1);
  await gotoTransactions(page);
  const strip = page.getByRole("region", { name: "Balances" });
  for (const balance of balances) {
    const scale = SCALES[balance.currency];
    if (scale === undefined) throw new Error(`no scale known for ${balance.currency}`);
    const card = strip.locator(`[data-currency="${balance.currency}"]`);
    await expect(card.getByRole("heading", { name: balance.currency })).toBeVisible();
    await expect(card).toContainText(`Available${byHand(balance.available, scale)}`);
    await expect(card).toContainText(`Pending${byHand(balance.pending, scale)}`);
    await expect(card).toContainText(`Total${byHand(balance.total, scale)}`);
  }
});

test("debits show a minus sign and the debit colour; credits do not", async ({ page }) => {
  const body = await gotoTransactions(page, "/transactions?currency=USD");
  const debit = body.data.find((t) => t.amount.startsWith("-"));
  const credit = body.data.find((t) => !t.amount.startsWith("-") && Number(t.amount) > 0);
  if (!debit || !credit) throw new Error("the first USD page should hold a debit and a credit");

  const amountCell = (id: string) => page.locator(`[data-row-id="${id}"] [role="cell"]`).nth(3);
  await expect(amountCell(debit.id)).toHaveText(byHand(debit.amount, 2));
  await expect(amountCell(debit.id)).toHaveText(/^-\d/);
  await expect(amountCell(credit.id)).toHaveText(byHand(credit.amount, 2));
  const colour = (id: string) => amountCell(id).locator("span").evaluate((el) => getComputedStyle(el).color);
  expect(await colour(debit.id)).toBe("rgb(185, 28, 28)");
  expect(await colour(credit.id)).not.toBe("rgb(185, 28, 28)");
});

test("the error state shows the request ID and Retry recovers", async ({ page }) => {
  const setFaults = async (failRate: number) => expect((await page.request.post(`${SANDBOX_CONTROL}/faults`, { data: { failRate } })).ok()).toBe(true);
  try {
    await setFaults(1);
    await page.goto("/transactions?currency=GBP");
    const error = page.getByRole("region", { name: "Transactions table" }).getByRole("alert");
    await expect(error).toContainText("could not be loaded", { timeout: 30_000 });
    await expect(error).toContainText(/Request ID \S+/);
    await setFaults(0);
    const recovered = page.waitForResponse((r) => isList(r) && r.ok());
    await error.getByRole("button", { name: "Retry" }).click();
    await recovered;
    await expect(rows(page).first()).toBeVisible();
    await expect(error).toBeHidden();
  } finally {
    await setFaults(0);
  }
});

test("axe finds no serious or critical violation, filtered and while searching", async ({ page }) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  await gotoTransactions(page, "/transactions?currency=USD&type=fee&type=payout");
  await expect(page.getByRole("region", { name: "Balances" }).getByRole("heading").first()).toBeVisible();
  expect(await serious()).toEqual([]);

  await gotoTransactions(page, "/transactions?type=deposit&status=reversed");
  await expect(progress(page).getByRole("button", { name: "Stop" })).toBeVisible();
  await progress(page).getByRole("button", { name: "Stop" }).click();
  await expect(progress(page).getByRole("button", { name: "Continue searching" })).toBeVisible();
  expect(await serious()).toEqual([]);
});
