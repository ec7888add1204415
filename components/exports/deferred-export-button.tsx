"use client";

import { useDeferredModule } from "@/lib/client/use-deferred-module";
import type { ExportButtonProps } from "./export-button";
import { EXPORT_BUTTON_CLASS } from "./export-button-style";

const loadExportButton = () => import("./export-button");

/**
 * The export buttons' script arrives after the matrix is on screen, as the register's does:
 * nobody downloads before the page is there. Until then the button holds its place, disabled,
 * so the header does not shift; if its script failed to arrive, a click asks for it again.
 */
export function DeferredExportButton(props: ExportButtonProps) {
  const loaded = useDeferredModule(loadExportButton);
  if (loaded.status === "ready") return <loaded.module.ExportButton {...props} />;
  return (
    <button
      type="button"
      data-export={props.kind}
      disabled={loaded.status === "loading"}
      onClick={loaded.status === "failed" ? loaded.retry : undefined}
      className={EXPORT_BUTTON_CLASS}
    >
      {props.children}
    </button>
  );
}
