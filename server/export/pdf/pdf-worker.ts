import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import type { BriefInput } from "./brief-input";
import { renderBrief } from "./render-brief";
import type { PdfJob, PdfResult } from "./pdf-messages";

// Beside this file in the source tree and in dist/ (scripts/build-server.mjs copies them there).
const fonts = {
  regular: readFileSync(new URL("./fonts/DejaVuSans.ttf", import.meta.url)),
  bold: readFileSync(new URL("./fonts/DejaVuSans-Bold.ttf", import.meta.url)),
};

async function answer(job: PdfJob): Promise<PdfResult> {
  try {
    const pdf = await renderBrief(job.input as BriefInput, fonts);
    return { id: job.id, ok: true, pdf };
  } catch (error) {
    return { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on("message", (job: PdfJob) => {
  void answer(job).then((result) => {
    // The file moves to the main thread instead of being copied.
    parentPort?.postMessage(result, result.ok ? [result.pdf.buffer as ArrayBuffer] : []);
  });
});
