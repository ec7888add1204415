import type { ReactNode } from "react";

interface FullPageMessageProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: "neutral" | "error";
  busy?: boolean;
}

/** A whole-page state: loading, or a problem the person can act on. */
export function FullPageMessage({ title, children, actions, tone = "neutral", busy = false }: FullPageMessageProps) {
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div
        role={tone === "error" ? "alert" : "status"}
        aria-busy={busy || undefined}
        className={`w-full max-w-lg rounded-lg border bg-surface p-6 shadow-sm ${tone === "error" ? "border-danger/40" : "border-line"}`}
      >
        <h1 className={`text-lg font-semibold ${tone === "error" ? "text-danger" : ""}`}>
          {busy && (
            <span
              aria-hidden="true"
              className="mr-2 inline-block size-3.5 animate-spin rounded-full border-2 border-accent border-t-transparent align-[-2px]"
            />
          )}
          {title}
        </h1>
        {children && <div className="mt-2 space-y-2 text-sm text-muted">{children}</div>}
        {actions && <div className="mt-4 flex flex-wrap gap-2">{actions}</div>}
      </div>
    </main>
  );
}
