import type { ReactNode } from "react";

interface PanelProps {
  /** Id of the heading; the section is labelled by it, so each panel is a named landmark. */
  headingId: string;
  title: string;
  description: ReactNode;
  /** Buttons that act on the whole region (downloads), beside its heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A dashboard region: a landmark section with a heading and a one-line description. */
export function Panel({ headingId, title, description, actions, children }: PanelProps) {
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-surface shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-line px-4 py-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          {actions}
        </div>
        <p className="text-xs text-muted">{description}</p>
      </div>
      {children}
    </section>
  );
}
