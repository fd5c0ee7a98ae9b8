import type { Config } from "tailwindcss";

// Design tokens. Loaded from app/globals.css with `@config`.
// Status tones carry meaning across every table: keep them few and consistent.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#1f3a8a", soft: "#e8edfb" },
        status: {
          progress: "#1d4ed8",
          "progress-bg": "#dbeafe",
          attention: "#b45309",
          "attention-bg": "#fef3c7",
          done: "#047857",
          "done-bg": "#d1fae5",
          stopped: "#b91c1c",
          "stopped-bg": "#fee2e2",
          neutral: "#374151",
          "neutral-bg": "#f3f4f6",
        },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
      },
    },
  },
};

export default config;
