import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The same `@/` alias as tsconfig's paths, for every project (inline projects do not inherit it).
const resolve = { alias: { "@/": fileURLToPath(new URL("./", import.meta.url)) } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          name: "bench",
          include: ["bench/**/*.test.ts"],
          environment: "node",
        },
      },
    ],
  },
});
