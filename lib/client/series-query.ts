import { queryOptions } from "@tanstack/react-query";
import * as z from "../zod";
import { seriesSchema } from "@/lib/domain/series";
import { apiRequest, shouldRetry } from "./api";

const seriesResponseSchema = z.object({ series: z.array(seriesSchema) });

/** The built-in public series; they change only with a release, so they never go stale in a session. */
export function seriesQuery() {
  return queryOptions({
    queryKey: ["series"] as const,
    queryFn: async ({ signal }) => (await apiRequest("/api/series", seriesResponseSchema, { signal })).series,
    retry: shouldRetry,
    staleTime: Infinity,
  });
}
