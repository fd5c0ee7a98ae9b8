import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, startSandboxFixture, type SandboxFixture } from "@/test/sandbox-fixture";

type Txn = { id: string; type: string; status: string; currency: string; created_at: string };
type Body = { data: Txn[]; has_more: boolean; next_cursor?: string; scan: { scanned: number; bounded: boolean; reached?: string } };
type RouteModule = { GET: Parameters<typeof callRoute>[0] };

let fixture: SandboxFixture;
let GET: RouteModule["GET"];

beforeAll(async () => {
  fixture = await startSandboxFixture();
  GET = (await fixture.importRoute<RouteModule>("transactions")).GET;
});
afterAll(() => fixture.close());

const all = () => fixture.sandbox.data.transactions as unknown as Txn[];
const upstreamReads = () => fixture.sandbox.stats.requests.filter((r) => r.path.endsWith("/transactions")).length;

/** Follows next_cursor to the end; returns every row and how many requests it took. */
async function readAll(query: string): Promise<{ rows: Txn[]; pages: Body[] }> {
  const rows: Txn[] = [];
  const pages: Body[] = [];
  let cursor: string | undefined;
  do {
    const response = await callRoute(GET, `/api/transactions?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    pages.push(body);
    rows.push(...body.data);
    cursor = body.next_cursor;
    expect(body.has_more).toBe(cursor !== undefined);
  } while (cursor);
  return { rows, pages };
}

const ids = (rows: Txn[]) => rows.map((row) => row.id);

describe("/api/transactions filters on our server as if Anton did", () => {
  it("type only: every matching row exactly once, in order, across pages that end mid-upstream-page", async () => {
    const expected = all().filter((t) => t.type === "refund");
    const { rows, pages } = await readAll("type=refund&limit=37");
    expect(expected.length).toBeGreaterThan(14);
    expect(ids(rows)).toEqual(ids(expected));
    expect(pages.length).toBeGreaterThan(2);
  });

  it("date only, with an inclusive created_before, stops reading once past created_after", async () => {
    const newest = Date.parse(all()[0]!.created_at);
    const after = new Date(newest - 3 * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
    const before = all()[20]!.created_at;
    const expected = all().filter((t) => t.created_at >= after && t.created_at <= before);
    const readsBefore = upstreamReads();
    const { rows } = await readAll(`created_after=${after}&created_before=${before}&limit=100`);
    expect(ids(rows)).toEqual(ids(expected));
    // Inclusive: the rows stamped exactly created_before are in.
    expect(rows.filter((row) => row.created_at === before).length).toBeGreaterThan(0);
    // Reading stopped at the first row older than created_after, far short of the whole list.
    const firstOlder = all().findIndex((t) => t.created_at < after);
    expect(upstreamReads() - readsBefore).toBeLessThanOrEqual(Math.ceil((firstOlder + 1) / 100) + Math.ceil(expected.length / 100));
    expect(upstreamReads() - readsBefore).toBeLessThan(all().length / 100 / 10);
  });

  it("currency + type reads the currency's account and filters by type", async () => {
    const expected = all().filter((t) => t.currency === "EUR" && (t.type === "fee" || t.type === "deposit")).slice(0, 150);
    const rows: Txn[] = [];
    let cursor: string | undefined;
    while (rows.length < 150) {
      const body = (await (await callRoute(GET, `/api/transactions?currency=EUR&type=fee&type=deposit&limit=50${cursor ? `&cursor=${cursor}` : ""}`)).json()) as Body;
      rows.push(...body.data);
      cursor = body.next_cursor;
    }
    expect(ids(rows)).toEqual(ids(expected));
    const accountReads = fixture.sandbox.stats.requests.filter((r) => r.path === "/v1/accounts/EUR/transactions");
    expect(accountReads.length).toBeGreaterThan(0);
  });

  it("a filter that matches nothing ends with an empty last page, scanning in bounded steps", async () => {
    const { rows, pages } = await readAll("type=hold&status=reversed&currency=JPY&limit=100");
    const expected = all().filter((t) => t.type === "hold" && t.status === "reversed" && t.currency === "JPY");
    expect(expected).toEqual([]);
    expect(rows).toEqual([]);
    expect(pages.at(-1)!.has_more).toBe(false);
    for (const page of pages) expect(page.scan.scanned).toBeLessThanOrEqual(5_000);
  });

  it("says how far a bounded scan got, and resumes from there", async () => {
    const { pages } = await readAll("status=failed&type=deposit&limit=100");
    const bounded = pages.filter((page) => page.scan.bounded);
    expect(bounded.length).toBeGreaterThan(0);
    for (const page of bounded) {
      expect(page.has_more).toBe(true);
      expect(page.scan.reached).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it.each(["not-a-cursor!", "eyJ2IjoxfQ", Buffer.from(JSON.stringify({ v: 1, s: 3, f: "0123456789abcdef" })).toString("base64url")])(
    "refuses a malformed or foreign internal cursor %s with a 400 naming cursor",
    async (cursor) => {
      const response = await callRoute(GET, `/api/transactions?type=fee&cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('"cursor"');
    },
  );

  it("refuses a cursor made for other filters", async () => {
    const first = (await (await callRoute(GET, "/api/transactions?type=fee&limit=5")).json()) as Body;
    const reused = await callRoute(GET, `/api/transactions?type=refund&limit=5&cursor=${first.next_cursor}`);
    expect(reused.status).toBe(400);
  });
});
