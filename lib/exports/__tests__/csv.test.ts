import { describe, expect, it } from "vitest";
import { parseCsv } from "@/test/parse-csv";
import { csvField, csvRecord, neutraliseFormula } from "../csv";

describe("RFC 4180 writing", () => {
  it.each([
    ["plain", "plain"],
    ["ACME, Inc. invoice 2211", '"ACME, Inc. invoice 2211"'],
    ['Order "rush" #5521', '"Order ""rush"" #5521"'],
    ["Line one\nLine two", '"Line one\nLine two"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
    ["crlf\r\ninside", '"crlf\r\ninside"'],
    ['Quote "A, B"\nand more', '"Quote ""A, B""\nand more"'],
    ["Café Zürich – März", "Café Zürich – März"],
    ["日本の取引先 請求書 42", "日本の取引先 請求書 42"],
    ["Bonus 🎉 Q3", "Bonus 🎉 Q3"],
    ["", ""],
  ])("writes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("ends every record with CRLF and reads back field for field", () => {
    const fields = ["a,b", 'say "hi"', "x\ny", "🎉 Zoë", "", "\r"];
    const text = csvRecord(fields) + csvRecord(["second"]);
    expect(text).toBe('"a,b","say ""hi""","x\ny",🎉 Zoë,,"\r"\r\nsecond\r\n');
    expect(parseCsv(text)).toEqual([fields, ["second"]]);
  });

  it("writes a record of one empty field as \"\" so it is never a blank line", () => {
    expect(csvRecord([""])).toBe('""\r\n');
    expect(parseCsv(csvRecord([""]) + "\r\n")).toEqual([[""], []]);
  });
});

describe("formula-injection neutralisation (OWASP)", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@x", "'@x"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ['=HYPERLINK("http://example.com","click")', `'=HYPERLINK("http://example.com","click")`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])("neutralises %j", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(["plain", "1+1", "a=b", " =1", "Señor Núñez", "", "'already"])("leaves %j alone", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});
