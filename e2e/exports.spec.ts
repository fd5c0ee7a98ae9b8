import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";

/** Every payout id the data API returns for a query, following the cursor to the end. */
async function allPayoutIds(request: APIRequestContext, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const response = await request.get(`/api/payouts?${query}&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    const body = (await response.json()) as { data: { id: string }[]; next_cursor?: string };
    ids.push(...body.data.map((payout) => payout.id));
    cursor = body.next_cursor;
  } while (cursor);
  return ids;
}

test("exports every payout the filters select, not only the loaded rows", async ({ page }) => {
  const query = "status=completed&dest_currency=EUR";
  const expected = await allPayoutIds(page.request, query);
  // More rows match than the first page loads, so the export must page on the server.
  expect(expected.length).toBeGreaterThan(100);

  await page.goto(`/payouts?${query}&tz=utc`);
  await expect(page.getByTestId("data-table-row").first()).toBeVisible();
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("radio", { name: "All columns" }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const file = await (await download).path();
  await expect(page.getByRole("status").filter({ hasText: `Exported ${expected.length.toLocaleString("en-US")} rows` })).toBeVisible();

  const text = await readFile(file, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [data = "", trailer = ""] = text.split("\r\n\r\n# Summary\r\n");
  expect(data.split("\r\n")[0]).toContain("id");
  // Only the id column holds payout ids (references may hold commas and line breaks).
  expect(data.match(/pay_[0-9A-Z]{26}/g)).toEqual(expected);
  expect(trailer).toMatch(new RegExp(`^# rows,${expected.length}\\r$`, "m"));
  expect(trailer).toMatch(/^# end\r?$/m);
});

test("exports a batch's filtered rows with their row numbers in the file", async ({ page }) => {
  // A partially processed batch: some of its rows failed.
  const batches = (await (await page.request.get("/api/batches?status=partial&limit=1")).json()) as { data: { id: string }[] };
  const batch = batches.data[0]!;
  const query = "status=failed&status=returned";
  const expected: { id: string; row_number: number }[] = [];
  let cursor: string | undefined;
  do {
    const response = await page.request.get(`/api/batches/${batch.id}/payouts?${query}&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    const body = (await response.json()) as { data: { id: string; row_number: number }[]; next_cursor?: string };
    expected.push(...body.data);
    cursor = body.next_cursor;
  } while (cursor);
  expect(expected.length).toBeGreaterThan(0);

  await page.goto(`/batches/${batch.id}?${query}`);
  await expect(page.getByTestId("data-table-row").first()).toBeVisible();
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const text = await readFile(await (await download).path(), "utf8");
  const [data = ""] = text.replace(/^\uFEFF/, "").split("\r\n\r\n# Summary\r\n");
  const [header = "", ...lines] = data.split("\r\n").filter(Boolean);
  expect(header.split(",")[0]).toBe("row");
  // Row number first, the payout id somewhere after it.
  const exported = lines.map((line) => ({ row_number: Number(line.split(",")[0]), id: /pay_[0-9A-Z]{26}/.exec(line)?.[0] }));
  expect(exported).toEqual(expected.map(({ id, row_number }) => ({ row_number, id })));
});
