// Scripts run the server's own modules outside Next. The `server-only` marker throws
// there (it only resolves cleanly inside a React Server bundle), so map it to nothing.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(
    'export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context); }',
  )}`,
);
