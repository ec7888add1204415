/** The files a workspace exports (docs/api.md, "Exports"); any role may download them. */
export const EXPORT_FILES = {
  pdf: { path: "export.pdf", type: "application/pdf", suffix: "brief.pdf" },
  json: { path: "export.json", type: "application/json", suffix: "workspace.json" },
  matrix: { path: "export/matrix.csv", type: "text/csv", suffix: "matrix.csv" },
  register: { path: "export/register.csv", type: "text/csv", suffix: "register.csv" },
} as const;

export type ExportKind = keyof typeof EXPORT_FILES;

/** The API path of one export of a workspace. */
export function exportPath(workspaceId: string, kind: ExportKind): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/${EXPORT_FILES[kind].path}`;
}

/** `export.json`'s `format` and `version`: a script can check them before reading further. */
export const WORKSPACE_EXPORT_FORMAT = "mesa.workspace-export";
export const WORKSPACE_EXPORT_VERSION = 1;

/**
 * A download's file name: the workspace title in plain ASCII ("Mérida brief" → "merida-brief"),
 * then what the file holds, so several exports of several workspaces sort together.
 */
export function exportFileName(title: string, kind: ExportKind): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${slug || "workspace"}-${EXPORT_FILES[kind].suffix}`;
}
