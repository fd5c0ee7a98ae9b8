import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets a second build (a benchmark, a parallel check) live beside .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Keep `next dev` from writing agent rule files into the repository.
  agentRules: false,
  allowedDevOrigins: ["127.0.0.1"],
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // Resolve metadata before the response starts, for every client rather than only for
  // bots: a batch page's metadata looks the batch up, so an unknown batch answers 404
  // instead of a 200 already on its way. Only that page has metadata to wait for.
  htmlLimitedBots: /.*/,
  async headers() {
    // The Content-Security-Policy needs a per-request nonce, so it is set in proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
