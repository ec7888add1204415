import { main } from "./cli";

/** Entry point of the operator command: `npm run mesa -- <command>` runs the bundle dist/mesa.mjs. */
main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
