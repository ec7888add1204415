import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FullPageMessage } from "@/components/ui/full-page-message";
import type { LinkProblem } from "./link-problem";

export function LinkErrorPage({ problem, onRetry }: { problem: LinkProblem; onRetry?: () => void }) {
  return (
    <FullPageMessage
      tone="error"
      title={problem.title}
      actions={
        <>
          {problem.retryable && onRetry && (
            <Button variant="primary" onClick={onRetry}>
              Try again
            </Button>
          )}
          <Link
            href="/"
            className="inline-flex min-h-8 items-center rounded-md border border-line px-3 text-sm font-medium text-ink hover:bg-canvas"
          >
            Go to the start page
          </Link>
        </>
      }
    >
      {problem.detail && <p>{problem.detail}</p>}
      <p className="font-medium text-ink">{problem.advice}</p>
    </FullPageMessage>
  );
}
