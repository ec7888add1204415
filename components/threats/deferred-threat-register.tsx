"use client";

import { useDeferredModule } from "@/lib/client/use-deferred-module";
import { DeferredFailure } from "@/components/ui/deferred-failure";
import { RegisterPanel } from "./register-panel";
import type { ThreatRegisterProps } from "./threat-register";

const loadRegister = () => import("./threat-register");

/**
 * The register arrives in its own script once the matrix is on screen: the matrix is what
 * people open the page for, and the register, several times its size in the page, would
 * otherwise hold up its first paint.
 */
export function DeferredThreatRegister(props: ThreatRegisterProps) {
  const loaded = useDeferredModule(loadRegister);
  if (loaded.status === "ready") return <loaded.module.ThreatRegister {...props} />;
  return (
    <RegisterPanel>
      {loaded.status === "loading" ? (
        <div role="status" aria-label="Loading the threat register" className="p-4">
          <div className="h-64 animate-pulse rounded-md bg-canvas" />
        </div>
      ) : (
        <DeferredFailure what="The threat register" reason={loaded.reason} onRetry={loaded.retry} />
      )}
    </RegisterPanel>
  );
}
