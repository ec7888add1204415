// Bundles the custom server (server/main.ts and the lib/ code it imports) into dist/server.mjs,
// and the operator command (server/operator/mesa.ts) into dist/mesa.mjs.
// npm packages stay external: they are resolved from node_modules at run time, which keeps
// native modules (better-sqlite3) and Next's own file layout working.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: {
    server: path.join(root, "server/main.ts"),
    mesa: path.join(root, "server/operator/mesa.ts"),
  },
  outdir: path.join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "info",
  // Bundled CommonJS helpers may call `require`, which ESM lacks.
  banner: {
    js: 'import { createRequire as __mesaCreateRequire } from "node:module"; const require = __mesaCreateRequire(import.meta.url);',
  },
});
