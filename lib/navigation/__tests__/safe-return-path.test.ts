import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeReturnPath("/payouts?status=failed&status=returned")).toBe("/payouts?status=failed&status=returned");
  });

  it.each(["//evil.test/x", "https://evil.test", "/\\evil.test", "javascript:alert(1)", "payouts", "/login"])(
    "falls back for %s",
    (candidate) => {
      expect(safeReturnPath(candidate)).toBe("/payouts");
    },
  );
});
