"use client";

import { useState } from "react";
import type { SessionTarget, TargetResult } from "@/lib/contract/sessions";
import { DistributionBar } from "./distribution-bar";
import { FlagBadge } from "./flag-badge";
import { ReasonList, reasonsLabel } from "./reason-list";
import { medianText } from "./target-text";

/** The last round's distribution and reasons, shown while answering anew (the Delphi feedback). */
export function PreviousRound({ target, result }: { target: SessionTarget; result: TargetResult }) {
  const [open, setOpen] = useState(false);
  return (
    <div data-testid="previous-round" className="rounded-md bg-canvas px-3 py-2">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold">Last round</span>
        <FlagBadge flag={result.flag} n={result.n} size="small" />
        <span>Median {medianText(target, result)}</span>
        {result.reasons.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen((value) => !value)}
            className="text-accent underline underline-offset-2"
          >
            {reasonsLabel(result.reasons, open)}
          </button>
        )}
      </div>
      <div className="mt-1 max-w-sm">
        <DistributionBar target={target} result={result} size="small" />
      </div>
      {open && <ReasonList target={target} reasons={result.reasons} />}
    </div>
  );
}
