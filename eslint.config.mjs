import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "reports/**", "test-results/**", "playwright-report/**", ".sandbox/**", "next-env.d.ts"],
  },
  {
    // Imports flow one way: app → components → lib. The browser never imports server code,
    // and the sandbox shares no protocol code with the app's Anton client.
    rules: {
      "import/no-cycle": "error",
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: ["./components", "./lib"], from: "./app", message: "Shared code must not import from app/." },
            { target: "./lib", from: "./components", message: "lib/ must not import UI components." },
            { target: ["./components", "./lib/api"], from: ["./lib/anton", "./lib/session"], message: "Browser code must not import server-only modules." },
            { target: ["./lib", "./app", "./components"], from: "./sandbox", message: "The app must not share code with the sandbox." },
            { target: "./sandbox", from: ["./lib", "./app", "./components"], message: "The sandbox must not share code with the app." },
          ],
        },
      ],
    },
  },
  {
    // Tests may start the sandbox to exercise the app against it; shipped code may not.
    files: ["**/__tests__/**", "test/**"],
    rules: { "import/no-restricted-paths": "off" },
  },
];

export default eslintConfig;
