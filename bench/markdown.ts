import { readFileSync } from "node:fs";
import { formatMarkdown, type Figure } from "./report";

/** `npx tsx bench/markdown.ts bench/results/full-run.json`: a saved run as a Markdown table, for docs/performance.md. */
const file = process.argv[2] ?? "bench/results/latest.json";
const results = JSON.parse(readFileSync(file, "utf8")) as {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; load: string; loadAfter: string };
  mesa: string;
  figures: Figure[];
};
const { machine } = results;
console.log(
  `Run of ${results.date}: ${machine.cpu} × ${machine.cores}, ${machine.memoryGb} GB, Node ${machine.node}; ` +
    `load average ${machine.load} before, ${machine.loadAfter} after; Mesa from ${results.mesa}.\n`,
);
console.log(formatMarkdown(results.figures));
const notes = results.figures.filter((figure) => figure.note);
if (notes.length > 0) {
  console.log("");
  for (const figure of notes) console.log(`- [${figure.scenario}] ${figure.name}: ${figure.note}`);
}
