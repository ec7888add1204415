import { errorBodySchema } from "@/lib/contract/errors";
import { EXPORT_FILES, exportPath, type ExportKind } from "@/lib/contract/exports";
import { ApiError, NetworkError } from "./api";

/** The name the server gave the file (`filename*` first, as RFC 6266 asks), or null. */
export function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: the plain name below is still good.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

async function failure(response: Response): Promise<ApiError> {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
  return new ApiError(response.status, "unknown", `The export failed (HTTP ${response.status}); try again.`);
}

/**
 * Downloads one export of a workspace. It goes through `fetch` with the link token as a Bearer
 * header and is saved from a blob: a plain link would have to put the token in its URL.
 */
export async function downloadExport(workspaceId: string, kind: ExportKind, token: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(exportPath(workspaceId, kind), {
      headers: { Authorization: `Bearer ${token}` },
      cache: "no-store",
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download =
    attachmentName(response.headers.get("content-disposition")) ?? `workspace-${EXPORT_FILES[kind].suffix}`;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time the click returns; the delay spares slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
