/** Fetches /metrics; `token` is sent as a bearer token. */
export async function scrape(baseUrl: string, token?: string): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const response = await fetch(`${baseUrl}/metrics`, { headers });
  return { status: response.status, text: await response.text() };
}

/**
 * The value of one sample in Prometheus text format, e.g. `sample(text,
 * "mesa_sockets_closed_total", { code: "1003" })`; 0 when the series is absent.
 */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? "").split(",");
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return 0;
}
