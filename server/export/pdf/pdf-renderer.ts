import { Worker } from "node:worker_threads";
import type { BriefInput } from "./brief-input";
import type { PdfJob, PdfResult } from "./pdf-messages";

/** Briefs waiting or rendering at once; past it the API answers 503 rather than queue without end. */
export const PDF_QUEUE_LIMIT = 4;
/** A brief that takes longer than this is abandoned and the worker replaced. */
const RENDER_TIMEOUT_MS = 60_000;
/** A worker holds fonts and PDFKit in memory; an idle one is let go. */
const IDLE_MS = 30_000;

export class PdfBusyError extends Error {
  constructor() {
    super(`${PDF_QUEUE_LIMIT} PDF briefs are already being made; try again in a few seconds.`);
    this.name = "PdfBusyError";
  }
}

interface Pending {
  resolve(pdf: Uint8Array): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** From dist/server.mjs the bundled worker sits beside it; from source, the entry that loads TypeScript. */
function workerUrl(): URL {
  return import.meta.url.endsWith(".ts")
    ? new URL("./pdf-worker-dev.mjs", import.meta.url)
    : new URL("./pdf-worker.mjs", import.meta.url);
}

/**
 * Renders briefs on one worker thread, so laying out a PDF (a second or more of CPU for a full
 * workspace) never holds up a room's updates on the main thread. Jobs run one after another.
 */
export class PdfRenderer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly url: URL = workerUrl()) {}

  /** Jobs queued or in progress. */
  get busy(): number {
    return this.pending.size;
  }

  render(input: BriefInput): Promise<Uint8Array> {
    if (this.pending.size >= PDF_QUEUE_LIMIT) return Promise.reject(new PdfBusyError());
    const worker = this.ensureWorker();
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error("The PDF took too long to make.")), RENDER_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      const job: PdfJob = { id, input };
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.fail(new Error("The server is stopping."));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url);
    worker.on("message", (result: PdfResult) => this.settle(result));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (this.worker === worker) this.fail(new Error(`The PDF worker stopped (exit code ${code}).`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(result: PdfResult): void {
    const job = this.pending.get(result.id);
    if (!job) return;
    this.pending.delete(result.id);
    clearTimeout(job.timer);
    if (result.ok) job.resolve(result.pdf);
    else job.reject(new Error(result.message));
    if (this.pending.size === 0) {
      this.idleTimer = setTimeout(() => this.stopWorker(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  /** Rejects every job and lets the worker go; the next job starts a fresh one. */
  private fail(error: Error): void {
    for (const job of this.pending.values()) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    this.pending.clear();
    this.stopWorker();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
