import { describe, expect, it } from "vitest";
import { payoutFilterSpec } from "../list-queries";
import { parseQuery } from "../query-spec";
import { clearedSearchParams, customDatesToParams, listPageParams, paramsToCustomDates, patchSearchParams, reanchorCustomDates, resolveDateFilter } from "../url-state";

describe("patchSearchParams", () => {
  const current = new URLSearchParams("status=failed&status=bogus&tz=utc&payout=pay_1");

  it("replaces the named parameters, repeating arrays, and keeps the rest", () => {
    expect(patchSearchParams(current, { status: ["sent", "completed"] }).toString()).toBe("tz=utc&payout=pay_1&status=sent&status=completed");
  });

  it("removes a parameter for undefined, an empty string or an empty array", () => {
    expect(patchSearchParams(current, { status: [], tz: undefined, payout: "" }).toString()).toBe("");
  });

  it("clears filters but keeps the page's own parameters", () => {
    expect(clearedSearchParams(current, ["tz"]).toString()).toBe("tz=utc");
  });
});

describe("the page URL", () => {
  const pageSpec = { ...payoutFilterSpec, ...listPageParams };

  it("keeps valid values and reports invalid ones by name", () => {
    const { values, problems } = parseQuery(pageSpec, new URLSearchParams("status=failed&status=nope&range=last_7_days&tz=mars&dest_currency=eur"));
    expect(values).toEqual({ status: ["failed"], range: "last_7_days" });
    expect(problems.map((p) => `${p.parameter}=${p.value}`)).toEqual(["status=nope", "tz=mars", "dest_currency=eur"]);
  });
});

describe("resolveDateFilter", () => {
  const now = new Date("2026-04-15T10:00:00Z");

  it("computes a preset in the page's zone, and the preset wins over custom dates", () => {
    expect(resolveDateFilter("today", { created_after: "2020-01-01T00:00:00Z" }, "Asia/Tokyo", now)).toEqual({
      created_after: "2026-04-14T15:00:00.000Z",
      created_before: "2026-04-15T14:59:59.999Z",
    });
  });

  it("sends a custom range as the URL gave it", () => {
    expect(resolveDateFilter(undefined, { created_after: "2026-04-01T00:00:00Z" }, "UTC", now)).toEqual({ created_after: "2026-04-01T00:00:00Z" });
  });
});

describe("custom date ranges", () => {
  it("turns calendar dates into the zone's inclusive day boundaries", () => {
    expect(customDatesToParams({ from: "2026-04-01", to: "2026-04-15" }, "Europe/Berlin")).toEqual({
      created_after: "2026-03-31T22:00:00.000Z",
      created_before: "2026-04-15T21:59:59.999Z",
    });
    expect(customDatesToParams({ from: "2026-02-30" }, "UTC")).toEqual({});
  });

  it("reads the URL's instants back as the same calendar dates", () => {
    const params = customDatesToParams({ from: "2026-04-01", to: "2026-04-15" }, "America/New_York");
    expect(paramsToCustomDates(params, "America/New_York")).toEqual({ from: "2026-04-01", to: "2026-04-15" });
  });

  it("keeps the dates and moves the boundaries when the zone changes", () => {
    const berlin = customDatesToParams({ from: "2026-04-01", to: "2026-04-15" }, "Europe/Berlin");
    expect(reanchorCustomDates(berlin, "Europe/Berlin", "UTC")).toEqual({
      created_after: "2026-04-01T00:00:00.000Z",
      created_before: "2026-04-15T23:59:59.999Z",
    });
  });
});
