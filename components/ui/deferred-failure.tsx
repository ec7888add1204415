import { Button } from "./button";

/** What a region says when its script could not be downloaded. */
export function DeferredFailure({ what, reason, onRetry }: { what: string; reason: string; onRetry: () => void }) {
  return (
    <div role="alert" className="m-4 rounded-md bg-danger-soft px-3 py-3 text-sm text-danger">
      <p>
        {what} could not be loaded ({reason}). Check your connection, then try again.
      </p>
      <Button className="mt-2" onClick={onRetry}>
        Retry
      </Button>
    </div>
  );
}
