import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";
import { ExportButton } from "@/components/exports/export-button";

/** The threat-register region, the same whether the register's script has arrived or not. */
export function RegisterPanel({ children }: { children: ReactNode }) {
  return (
    <Panel
      headingId="threats-heading"
      title="Threat register"
      actions={<ExportButton kind="register">Download register CSV</ExportButton>}
      description="Likelihood and impact (1–5) start unrated for the team to assess. Category and trend are the brief’s, except where a threat’s description says they are the data set’s judgement."
    >
      {children}
    </Panel>
  );
}
