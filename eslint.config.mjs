import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import reactHooks from "eslint-plugin-react-hooks";

/** Relative or aliased imports of a top-level folder, e.g. `@/server/x` or `../../server/x`. */
function folder(name) {
  return `^(@/|(\\.\\./)+|\\./)${name}(/|$)`;
}

function layer(message, ...regexes) {
  return regexes.map((regex) => ({ regex, message }));
}

const UI_PACKAGES = ["react", "react-dom", "next", "@tanstack/*", "recharts"];
const NETWORK_PACKAGES = ["ws", "y-websocket", "y-protocols", "y-protocols/*"];

// Layer boundaries from the design notes: the folders show the architecture, and these rules
// keep the arrows pointing one way.
const layers = [
  {
    files: ["lib/contract/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...UI_PACKAGES, ...NETWORK_PACKAGES, "yjs"].map((name) => ({
            name,
            message: "lib/contract is what server, page, tests and bench agree on: it imports zod and nothing else.",
          })),
          patterns: layer(
            "lib/contract imports nothing else of the project.",
            folder("lib/(collab|client|domain)"),
            folder("(collab|client|domain)"),
            folder("(server|app|components)"),
          ),
        },
      ],
    },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...UI_PACKAGES, ...NETWORK_PACKAGES, "yjs"].map((name) => ({
            name,
            message: "lib/domain is framework-free: no React, Next, Yjs or network code.",
          })),
          patterns: [
            { group: ["next/*", "react/*", "react-dom/*"], message: "lib/domain is framework-free." },
            ...layer(
              "lib/domain imports nothing from other layers.",
              folder("lib/(collab|client)"),
              folder("(collab|client)"),
              folder("(server|app|components)"),
            ),
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "navigator", "WebSocket", "fetch"],
    },
  },
  {
    files: ["lib/collab/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...UI_PACKAGES, ...NETWORK_PACKAGES].map((name) => ({
            name,
            message: "lib/collab may import only yjs, zod and lib/domain.",
          })),
          patterns: [
            {
              group: ["next/*", "react/*", "react-dom/*"],
              message: "lib/collab may import only yjs, zod and lib/domain.",
            },
            ...layer(
              "lib/collab may import only yjs, zod and lib/domain.",
              folder("lib/client"),
              folder("client"),
              folder("(server|app|components)"),
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["lib/client/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...layer("Browser code never imports the server: talk to it over HTTP or the socket.", folder("server")),
            ...layer("lib/client and components never import routes from app/.", folder("app")),
          ],
        },
      ],
    },
  },
  {
    files: ["lib/client/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...layer("Browser code never imports the server.", folder("server")),
            ...layer("lib/client is below components and app.", folder("(app|components)")),
          ],
        },
      ],
    },
  },
  {
    files: ["server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: UI_PACKAGES.filter((name) => name !== "next").map((name) => ({
            name,
            message: "The server renders no UI itself; Next does.",
          })),
          patterns: layer(
            "server/ never imports app/, components/ or lib/client.",
            folder("(app|components|lib/client)"),
          ),
        },
      ],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      ...Object.fromEntries(Object.keys(reactHooks.configs["recommended-latest"].rules).map((rule) => [rule, "error"])),
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
    },
  },
  ...layers,
  {
    // Routes, UI and the domain see typed snapshots and write through lib/collab: a value
    // import of yjs there is a second path into the document. Types (Y.Text for an editor) may pass.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "yjs",
              message: "Read and write the document through lib/collab; import Yjs types with `import type`.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`; it is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    "dist/**",
    "out/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    ".e2e-data/**",
  ]),
]);
