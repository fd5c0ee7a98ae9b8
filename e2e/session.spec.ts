import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { sealData } from "iron-session";
import { demoLogin } from "./sandbox-login";

// Everything here starts signed out.
test.use({ storageState: { cookies: [], origins: [] } });

const COOKIE = "anton_dashboard_session";
const DATA_ROUTES = [
  "/api/payouts",
  "/api/payouts/pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB",
  "/api/batches",
  "/api/batches/bat_01HX8Z9K0M2N3P4Q5R6S7T8UAB",
  "/api/batches/bat_01HX8Z9K0M2N3P4Q5R6S7T8UAB/payouts",
  "/api/transactions",
  "/api/balances",
  "/api/session",
];

function sessionSecret(): string {
  return (JSON.parse(readFileSync(".sandbox/e2e/credentials.json", "utf8")) as { sessionSecret: string }).sessionSecret;
}

async function signIn(request: APIRequestContext, baseURL: string, email: string, password: string) {
  return request.post("/api/session", { data: { email, password }, headers: { Origin: baseURL } });
}

test("sign in through the page, return to the page wanted, sign out, and Back stays signed out", async ({ page }) => {
  const { email, password } = demoLogin();
  await page.goto("/transactions?currency=EUR");
  await expect(page).toHaveURL(/\/login\?next=%2Ftransactions%3Fcurrency%3DEUR$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/transactions\?currency=EUR$/);
  await expect(page.getByText("Signed in as")).toContainText("Demo Finance");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("Signed in as")).toHaveCount(0);
});

test("every data route answers 401 JSON to a signed-out caller", async ({ request }) => {
  for (const route of DATA_ROUTES) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(401);
    expect(await response.json(), route).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
  }
});

test("a signed-out page visit is redirected to /login with the page to return to", async ({ request }) => {
  const response = await request.get("/batches?status=failed", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/login\?next=%2Fbatches%3Fstatus%3Dfailed$/);
});

test("unknown email and wrong password get the same answer; the cookie is HttpOnly and SameSite", async ({ request, baseURL }) => {
  const { email, password } = demoLogin();
  const unknown = await signIn(request, baseURL!, "nobody@sandbox.anton.test", password);
  const wrong = await signIn(request, baseURL!, email, "wrong-password");
  expect(unknown.status()).toBe(401);
  expect(wrong.status()).toBe(401);
  expect(await unknown.json()).toEqual(await wrong.json());
  expect(unknown.headers()["set-cookie"]).toBeUndefined();

  const ok = await signIn(request, baseURL!, email, password);
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ user: { email, name: "Demo Finance" } });
  const cookie = ok.headers()["set-cookie"] ?? "";
  expect(cookie).toContain(`${COOKIE}=`);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).toMatch(/Max-Age=\d+/i);
  expect((await request.get("/api/session")).status()).toBe(200);

  const signOut = await request.delete("/api/session", { headers: { Origin: baseURL! } });
  expect(signOut.status()).toBe(204);
  expect((await request.get("/api/session")).status()).toBe(401);
});

test("five failures lock an email with Retry-After, and the lock lifts when the window passes", async ({ request, baseURL }) => {
  const { password } = demoLogin();
  const email = `lockout-${Date.now()}@sandbox.anton.test`;
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await signIn(request, baseURL!, email, password)).status()).toBe(401);
  }
  const locked = await signIn(request, baseURL!, email, password);
  expect(locked.status()).toBe(429);
  const retryAfter = Number(locked.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(Number(process.env.E2E_LOCKOUT_WINDOW_S ?? 4));
  // The e2e server runs with a 4 s window (LOGIN_LOCKOUT_WINDOW_S) so expiry is observable.
  await expect.poll(async () => (await signIn(request, baseURL!, email, password)).status(), { timeout: 15_000 }).toBe(401);
});

test("the demo user is locked too after five failures, even with the right password", async ({ request, baseURL }) => {
  const { email, password } = demoLogin();
  for (let attempt = 0; attempt < 5; attempt++) await signIn(request, baseURL!, email, `wrong-${attempt}`);
  expect((await signIn(request, baseURL!, email, password)).status()).toBe(429);
  await expect.poll(async () => (await signIn(request, baseURL!, email, password)).status(), { timeout: 15_000 }).toBe(200);
});

test("state-changing API calls must be same-origin JSON", async ({ request, baseURL }) => {
  const { email, password } = demoLogin();
  const crossSite = await request.post("/api/session", { data: { email, password }, headers: { Origin: "http://evil.test" } });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["set-cookie"]).toBeUndefined();
  const noOrigin = await request.post("/api/session", { data: { email, password } });
  expect(noOrigin.status()).toBe(403);
  const form = await request.post("/api/session", {
    form: { email, password },
    headers: { Origin: baseURL! },
  });
  expect(form.status()).toBe(415);
  expect(form.headers()["set-cookie"]).toBeUndefined();
});

test.describe("forged, tampered, expired and idle cookies are a signed-out user", () => {
  const user = { email: "demo@sandbox.anton.test", name: "Demo Finance" };

  async function withCookie(request: APIRequestContext, value: string) {
    return request.get("/api/session", { headers: { Cookie: `${COOKIE}=${value}` } });
  }

  test("a cookie sealed with our secret and fresh times is accepted (the control case)", async ({ request }) => {
    const now = Date.now();
    const seal = await sealData({ user, signedInAt: now, lastSeenAt: now }, { password: sessionSecret(), ttl: 3600 });
    expect((await withCookie(request, seal)).status()).toBe(200);
  });

  test("tampered or foreign cookies are refused without an error page", async ({ request }) => {
    const now = Date.now();
    const seal = await sealData({ user, signedInAt: now, lastSeenAt: now }, { password: sessionSecret(), ttl: 3600 });
    const middle = Math.floor(seal.length / 2);
    const tampered = `${seal.slice(0, middle)}${seal[middle] === "A" ? "B" : "A"}${seal.slice(middle + 1)}`;
    expect((await withCookie(request, tampered)).status()).toBe(401);
    const foreign = await sealData({ user, signedInAt: now, lastSeenAt: now }, { password: "another-secret-".repeat(3), ttl: 3600 });
    expect((await withCookie(request, foreign)).status()).toBe(401);
    const page = await request.get("/payouts", { headers: { Cookie: `${COOKIE}=${tampered}` }, maxRedirects: 0 });
    expect(page.status()).toBe(307);
  });

  test("a session past its absolute lifetime or idle too long is refused", async ({ request }) => {
    const now = Date.now();
    const tooOld = await sealData({ user, signedInAt: now - 8 * 3600_000 - 1000, lastSeenAt: now }, { password: sessionSecret(), ttl: 3600 });
    expect((await withCookie(request, tooOld)).status()).toBe(401);
    const idle = await sealData({ user, signedInAt: now - 3600_000, lastSeenAt: now - 31 * 60_000 }, { password: sessionSecret(), ttl: 3600 });
    expect((await withCookie(request, idle)).status()).toBe(401);
  });
});

test("pages carry the security headers", async ({ request }) => {
  for (const path of ["/login"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
    // The nonce Next put on its scripts is the one in the header.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  }
});
