import { expect, test } from "@playwright/test";

test("sandbox mode serves the signed-in app shell with its sections", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/payouts$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  for (const section of ["Payouts", "Batches", "Transactions"]) {
    await expect(page.getByRole("link", { name: section })).toBeVisible();
  }
});
