// The PDF worker's entry when the server runs from source (npm run dev, Vitest): a worker
// thread does not inherit the TypeScript loader, so it registers tsx before loading the worker.
// The production build bundles the worker into dist/pdf-worker.mjs and never loads this file.
import { register } from "tsx/esm/api";

register();
await import("./pdf-worker.ts");
