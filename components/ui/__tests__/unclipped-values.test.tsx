import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IdText } from "../id-text";
import { StatusBadge } from "../status-badge";

// Table cells draw unclipped where their values fit by construction (a clip in every row
// costs every scroll frame); what may not fit is cut with an ellipsis and shown on hover.
const classesOf = (html: string) => /class="([^"]*)"/.exec(html)?.[1]?.split(" ") ?? [];
const titleOf = (html: string) => /title="([^"]*)"/.exec(html)?.[1];

describe("IdText", () => {
  it("draws an ID of today's form (prefix and ULID) unclipped, with no tooltip", () => {
    const html = renderToStaticMarkup(createElement(IdText, { id: "pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB" }));
    expect(classesOf(html)).toContain("whitespace-nowrap");
    expect(classesOf(html)).not.toContain("truncate");
    expect(titleOf(html)).toBeUndefined();
    expect(html).toContain(">pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB<");
  });

  it("cuts a longer ID with an ellipsis and shows it whole on hover", () => {
    const id = "pay_01HX8Z9K0M2N3P4Q5R6S7T8UAB_and_more";
    const html = renderToStaticMarkup(createElement(IdText, { id }));
    expect(classesOf(html)).toContain("truncate");
    expect(titleOf(html)).toBe(id);
  });
});

describe("StatusBadge", () => {
  it("draws a known label unclipped", () => {
    const html = renderToStaticMarkup(createElement(StatusBadge, { label: "Completed", tone: "done", known: true }));
    expect(classesOf(html)).toEqual(expect.arrayContaining(["whitespace-nowrap", "bg-status-done-bg"]));
    expect(classesOf(html)).not.toContain("truncate");
    expect(titleOf(html)).toBeUndefined();
  });

  it("cuts a raw value it does not know with an ellipsis, and says on hover that it is new", () => {
    const html = renderToStaticMarkup(createElement(StatusBadge, { label: "awaiting_regulator_sign_off_in_region", tone: "neutral", known: false }));
    expect(classesOf(html)).toEqual(expect.arrayContaining(["truncate", "max-w-full", "bg-status-neutral-bg"]));
    expect(titleOf(html)).toBe("A status this dashboard does not know yet");
  });
});
