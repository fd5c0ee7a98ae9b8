import { describe, expect, it } from "vitest";
import { isJsonRequest, isSameOriginRequest } from "../same-origin";

describe("isSameOriginRequest", () => {
  it("accepts the browser's own origin", () => {
    const headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" });
    expect(isSameOriginRequest(headers)).toBe(true);
  });

  it("refuses another site, a missing origin and a cross-site fetch", () => {
    expect(isSameOriginRequest(new Headers({ host: "localhost:3000", origin: "http://evil.test" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: "localhost:3000", origin: "null" }))).toBe(false);
    const crossSite = new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "cross-site" });
    expect(isSameOriginRequest(crossSite)).toBe(false);
  });

  it("uses the forwarded host or the configured public URL behind a proxy", () => {
    const proxied = new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "dash.example.com", origin: "https://dash.example.com" });
    expect(isSameOriginRequest(proxied)).toBe(true);
    const viaPublicUrl = new Headers({ host: "10.0.0.5:3000", origin: "https://dash.example.com" });
    expect(isSameOriginRequest(viaPublicUrl, "https://dash.example.com")).toBe(true);
    expect(isSameOriginRequest(viaPublicUrl)).toBe(false);
  });
});

describe("isJsonRequest", () => {
  it("accepts JSON with parameters and refuses forms", () => {
    expect(isJsonRequest(new Headers({ "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isJsonRequest(new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isJsonRequest(new Headers({ "content-type": "text/plain" }))).toBe(false);
  });
});
