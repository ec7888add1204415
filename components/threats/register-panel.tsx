import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";
import { DeferredExportButton } from "@/components/exports/deferred-export-button";

/** The threat-register region, the same whether the register's script has arrived or not. */
export function RegisterPanel({ children }: { children: ReactNode }) {
  return (
    <Panel
      headingId="threats-heading"
      title="Threat register"
      actions={<DeferredExportButton kind="register">Download register CSV</DeferredExportButton>}
      description="Likelihood and impact (1–5) start unrated for the team to assess; category and trend as the brief gives them."
    >
      {children}
    </Panel>
  );
}
