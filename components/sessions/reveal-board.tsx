"use client";

import { useId, useState } from "react";
import type { SessionTarget, TargetResult } from "@/lib/contract/sessions";
import { DistributionBar } from "./distribution-bar";
import { FlagBadge } from "./flag-badge";
import { ReasonList, reasonsLabel } from "./reason-list";
import { disagreementFirst, medianText, percent, valueText } from "./target-text";

export interface RevealItem {
  key: string;
  /** "Strategic partnership × Bridge the gap", "Cartel violence · Impact". */
  label: string;
  target: SessionTarget;
  result: TargetResult;
  /** The value recorded from this target, if it was recorded. */
  recorded?: string | number;
}

export interface RevealBoardProps {
  /** Heading of the board, e.g. "Round 2 results". */
  heading: string;
  items: readonly RevealItem[];
  /** Room for more columns on a wide screen (present mode, a projector). */
  wide?: boolean;
}

/**
 * A closed round's results, one card per target, disagreement first: distribution along the
 * scale, median, the agreement or split badge, and the reasons a click away. Built from plain
 * props so it can be shown anywhere the results are at hand.
 */
export function RevealBoard({ heading, items, wide = false }: RevealBoardProps) {
  const headingId = useId();
  const sorted = [...items].sort((a, b) => disagreementFirst(a.result, b.result));
  const split = items.filter((item) => item.result.flag === "split").length;
  const agreed = items.filter((item) => item.result.flag === "agreement").length;
  return (
    <section aria-labelledby={headingId} data-testid="reveal-board" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-xl font-semibold">
          {heading}
        </h3>
        <p className="text-base text-muted">
          {agreed} of {items.length} agreed{split > 0 ? ` · ${split} split` : ""}
        </p>
        <p aria-hidden="true" className="text-sm text-muted sm:ml-auto">
          ▲ median · shaded: the middle half of the answers
        </p>
      </div>
      {items.length === 0 ? (
        <p className="text-sm text-muted">No target has results in this round.</p>
      ) : (
        <ol className={`grid gap-3 ${wide ? "md:grid-cols-2 lg:grid-cols-3" : "md:grid-cols-2 2xl:grid-cols-3"}`}>
          {sorted.map((item) => (
            <RevealCard key={item.key} item={item} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RevealCard({ item }: { item: RevealItem }) {
  const [open, setOpen] = useState(false);
  const reasonsId = useId();
  const { result, target } = item;
  return (
    <li
      data-testid="reveal-card"
      data-target={item.key}
      data-flag={result.flag ?? "none"}
      // Five rows shared with the cards beside it (subgrid): charts line up whatever a title's length.
      className={`row-span-5 grid grid-rows-subgrid gap-y-2 rounded-lg border bg-surface p-4 ${
        result.flag === "split" ? "border-danger/60" : result.flag === "agreement" ? "border-ok/50" : "border-line"
      }`}
    >
      <div className="flex items-start justify-between gap-3">
        <h4 className="text-lg leading-snug font-semibold">{item.label}</h4>
        <FlagBadge flag={result.flag} n={result.n} />
      </div>
      <DistributionBar target={target} result={result} recorded={item.recorded} />
      <p className="text-base">
        Median <strong>{medianText(target, result)}</strong>
        <span className="text-muted">
          {" "}
          · {result.n} rated{result.abstentions > 0 ? `, ${result.abstentions} abstained` : ""}
          {result.modal !== null && ` · ${percent(result.modalShare)} ${valueText(result.modal)}`}
          {result.iqr !== null && ` · IQR ${result.iqr}`}
        </span>
      </p>
      {item.recorded !== undefined ? (
        <p className="text-sm font-medium text-accent">Recorded: {valueText(item.recorded)}</p>
      ) : (
        <span aria-hidden="true" />
      )}
      {result.reasons.length > 0 ? (
        <div>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={reasonsId}
            onClick={() => setOpen((value) => !value)}
            className="text-sm font-medium text-accent underline underline-offset-2 hover:no-underline"
          >
            {reasonsLabel(result.reasons, open)}
          </button>
          <div id={reasonsId} hidden={!open}>
            {open && <ReasonList target={target} reasons={result.reasons} />}
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">No reasons given.</p>
      )}
    </li>
  );
}
