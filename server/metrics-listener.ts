import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { hasMetricsToken, type Metrics } from "./metrics";

export interface MetricsListenerOptions {
  metrics: Metrics;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** When set, required here too; otherwise the bind address is the only guard. */
  token: string | undefined;
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/**
 * A second listener that answers only `GET /metrics`, for scrapers on a private interface
 * (`METRICS_HOST=127.0.0.1` by default) so the public port need not serve metrics at all.
 */
export async function listenForMetrics(options: MetricsListenerOptions): Promise<MetricsListener> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method !== "GET" || path !== "/metrics") {
      answer(response, 404, "text/plain; charset=utf-8", "Only GET /metrics is served here.\n");
      return;
    }
    if (options.token !== undefined && !hasMetricsToken(request.headers.authorization, options.token)) {
      response.setHeader("www-authenticate", 'Bearer realm="metrics"');
      answer(
        response,
        401,
        "text/plain; charset=utf-8",
        "GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`.\n",
      );
      return;
    }
    options.metrics.registry.metrics().then(
      (body) => answer(response, 200, options.metrics.registry.contentType, body),
      () => answer(response, 500, "text/plain; charset=utf-8", "Collecting the metrics failed.\n"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function answer(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  response.end(body);
}
