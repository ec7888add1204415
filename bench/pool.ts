import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ClientSpec } from "./lean-client";
import { profileFlags } from "./servers";
import { combineConnects, combineEdits, deal, type CombinedConnects, type CombinedEdits } from "./aggregate";
import type { ConnectResult, EditReport, EditRequest, WorkerReply, WorkerRequest } from "./worker-messages";

const WORKER = path.join(import.meta.dirname, "worker.ts");

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

class WorkerHandle {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(readonly child: ChildProcess) {
    child.on("message", (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.seq);
      if (!waiting) return;
      this.pending.delete(reply.seq);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(`load generator ${child.pid} failed: ${reply.error}`));
    });
    child.on("exit", (code, signal) => {
      for (const waiting of this.pending.values()) {
        waiting.reject(new Error(`load generator ${child.pid} exited (${signal ?? code}) during a request`));
      }
      this.pending.clear();
    });
  }

  request<T>(request: WorkerRequest): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ ...request, seq });
    });
  }
}

/**
 * Load-generator processes (child_process.fork, one per core by default), so the clients'
 * own CPU work never shares an event loop with the orchestrator or with each other.
 */
export class WorkerPool {
  private constructor(private readonly workers: WorkerHandle[]) {}

  static start(count: number, profileDir?: string): WorkerPool {
    const workers = Array.from({ length: count }, (_, index) => {
      const child = fork(WORKER, [], {
        env: { ...process.env, BENCH_WORKER_INDEX: String(index), BENCH_WORKERS: String(count) },
        execArgv: ["--import", "tsx", ...profileFlags(profileDir)],
        serialization: "advanced",
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      return new WorkerHandle(child);
    });
    return new WorkerPool(workers);
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.child.pid ?? 0).filter((pid) => pid > 0);
  }

  /** Connects the clients, dealt round-robin over the workers; every client has synced when it resolves. */
  async connect(clients: readonly ClientSpec[], concurrency = 50): Promise<CombinedConnects> {
    const shares = deal(clients, this.workers.length);
    const results = await Promise.all(
      this.workers.map((worker, index) =>
        worker.request<ConnectResult>({ op: "connect", clients: shares[index] ?? [], concurrency }),
      ),
    );
    return combineConnects(results);
  }

  /** Each client connects, syncs and leaves again, one at a time per worker. */
  async visit(clients: readonly ClientSpec[]): Promise<CombinedConnects> {
    const shares = deal(clients, this.workers.length);
    const results = await Promise.all(
      this.workers.map((worker, index) => worker.request<ConnectResult>({ op: "visit", clients: shares[index] ?? [] })),
    );
    return combineConnects(results);
  }

  /** Runs one edit window on every worker at once. */
  async edit(window: Omit<EditRequest, "op">, roomSizes: ReadonlyMap<string, number>): Promise<CombinedEdits> {
    const reports = await Promise.all(
      this.workers.map((worker) => worker.request<EditReport>({ op: "edit", ...window })),
    );
    return combineEdits(reports, roomSizes);
  }

  async closeClients(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.request({ op: "close" })));
  }

  async expectClose(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.request({ op: "expect-close" })));
  }

  /** Reconnects every client at once (a reconnect storm). */
  async reconnect(concurrency: number): Promise<CombinedConnects> {
    const results = await Promise.all(
      this.workers.map((worker) => worker.request<ConnectResult>({ op: "reconnect", concurrency })),
    );
    return combineConnects(results);
  }

  stop(): void {
    for (const worker of this.workers) if (worker.child.connected) worker.child.disconnect();
  }
}
