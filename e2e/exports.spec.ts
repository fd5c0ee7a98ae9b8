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
