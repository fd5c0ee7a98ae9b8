import { expect, test as setup } from "@playwright/test";
import { demoLogin } from "./sandbox-login";

setup("sign in as the demo user and keep the session", async ({ page }) => {
  const { email, password } = demoLogin();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
  await page.context().storageState({ path: "e2e/.auth/user.json" });
});
