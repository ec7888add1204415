// Bundles the custom server (server/main.ts and the lib/ code it imports) into dist/server.mjs,
// the operator command (server/operator/mesa.ts) into dist/mesa.mjs, and the PDF worker into
// dist/pdf-worker.mjs with its fonts in dist/fonts/.
// npm packages stay external: they are resolved from node_modules at run time, which keeps
// native modules (better-sqlite3) and Next's own file layout working.
import { build } from "esbuild";
import { cpSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: {
    server: path.join(root, "server/main.ts"),
    mesa: path.join(root, "server/operator/mesa.ts"),
    // The PDF brief is laid out on a worker thread, which loads its own entry file.
    "pdf-worker": path.join(root, "server/export/pdf/pdf-worker.ts"),
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

// The worker reads its bundled fonts (and their licence) from dist/fonts/.
cpSync(path.join(root, "server/export/pdf/fonts"), path.join(root, "dist/fonts"), { recursive: true });
