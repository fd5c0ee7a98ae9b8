import { describe, expect, it } from "vitest";
import { payoutListSpec, transactionListSpec } from "../list-queries";
import { parseQuery, toSearchParams } from "../query-spec";

const parse = (query: string) => parseQuery(payoutListSpec, new URLSearchParams(query));

describe("parseQuery with the payout list spec", () => {
  it("keeps repeated statuses and every documented filter", () => {
    const { values, problems } = parse(
      "status=failed&status=returned&dest_currency=JPY&beneficiary_id=ben_1A&batch_id=bat_9&reference=INV%2C%201&created_after=2026-01-01T00:00:00Z&created_before=2026-02-01T00:00:00%2B01:00&limit=100&cursor=eyJpZCI6InBheV8xIn0",
    );
    expect(problems).toEqual([]);
    expect(values).toEqual({
      status: ["failed", "returned"],
      dest_currency: "JPY",
      beneficiary_id: "ben_1A",
      batch_id: "bat_9",
      reference: "INV, 1",
      created_after: "2026-01-01T00:00:00Z",
      created_before: "2026-02-01T00:00:00+01:00",
      limit: 100,
      cursor: "eyJpZCI6InBheV8xIn0",
    });
  });

  it.each([
    ["status=lost", "status"],
    ["dest_currency=usd", "dest_currency"],
    ["dest_currency=USDC", "dest_currency"],
    ["beneficiary_id=pay_1", "beneficiary_id"],
    ["batch_id=bat_../../x", "batch_id"],
    [`batch_id=bat_${"A".repeat(125)}`, "batch_id"],
    ["created_after=yesterday", "created_after"],
    ["created_before=2026-13-01T00:00:00Z", "created_before"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=1.5", "limit"],
    ["cursor=a%2Fb", "cursor"],
    ["reference=a&reference=b", "reference"],
    ["url=https://evil.test", "url"],
  ])("reports %s as a problem with %s", (query, parameter) => {
    const { problems } = parse(query);
    expect(problems.map((problem) => problem.parameter)).toEqual([parameter]);
  });

  it("takes an ID of 128 characters and says why a longer one is refused", () => {
    expect(parse(`instrument_id=ins_${"A".repeat(124)}`).problems).toEqual([]);
    expect(parse(`instrument_id=ins_${"A".repeat(125)}`).problems.map((problem) => problem.message)).toEqual(["is longer than 128 characters"]);
  });

  it("refuses a multi-value parameter repeated more often than it has values", () => {
    expect(parse(`${"status=failed&".repeat(14)}`).problems).toEqual([]);
    expect(parse(`${"status=failed&".repeat(15)}`).problems).toEqual([
      { parameter: "status", value: expect.any(String), message: "may be given at most 14 times" },
    ]);
  });

  it("keeps the valid values next to an invalid one", () => {
    const { values, problems } = parse("status=failed&status=bogus");
    expect(values.status).toEqual(["failed"]);
    expect(problems).toEqual([{ parameter: "status", value: "bogus", message: expect.stringContaining("must be one of") }]);
  });

  it("round-trips through toSearchParams in a stable order", () => {
    const { values } = parse("reference=x&status=sent&status=failed&limit=5");
    expect(toSearchParams(payoutListSpec, values).toString()).toBe("status=sent&status=failed&reference=x&limit=5");
  });
});

describe("the transaction list spec", () => {
  it("accepts a four-letter account currency and repeated types", () => {
    const { values, problems } = parseQuery(transactionListSpec, new URLSearchParams("currency=USDC&type=fee&type=refund"));
    expect(problems).toEqual([]);
    expect(values).toEqual({ currency: "USDC", type: ["fee", "refund"] });
  });
});
