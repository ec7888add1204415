"use client";

import { useDeferredModule } from "@/lib/client/use-deferred-module";
import { DeferredFailure } from "@/components/ui/deferred-failure";
import type { PresentModeProps } from "./present-mode";

const loadPresentMode = () => import("./present-mode");

/** Present mode's script is fetched when someone first presents, never with the page. */
export function DeferredPresentMode(props: PresentModeProps) {
  const loaded = useDeferredModule(loadPresentMode);
  if (loaded.status === "ready") return <loaded.module.PresentMode {...props} />;
  return (
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-canvas p-8">
      {loaded.status === "loading" ? (
        <p role="status" className="text-2xl text-muted">
          Preparing present mode…
        </p>
      ) : (
        <div className="max-w-lg">
          <DeferredFailure what="Present mode" reason={loaded.reason} onRetry={loaded.retry} />
          <button
            type="button"
            onClick={() => {
              // Inline rather than from ./fullscreen, which would then be shared with the page's script.
              if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
              props.onExit();
            }}
            className="ml-4 text-accent underline"
          >
            Back to the dashboard
          </button>
        </div>
      )}
    </div>
  );
}
