import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * The validators shared by the browser and the server, written with `zod/mini`: its functions
 * bundle only what is used (about a third of the full zod in the workspace page) and build
 * schemas faster at start-up. Its messages need a locale, set here once. Import as
 * `import * as z from "../zod"` so the bundler can still drop what is unused.
 */
config(en());

export * from "zod/mini";
