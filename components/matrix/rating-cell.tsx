"use client";

import type { KeyboardEvent, Ref } from "react";
import type { Peer, Rating } from "@/lib/collab";
import { LEVEL_LABEL, type Level } from "@/lib/domain/scales";
import { LevelPips } from "@/components/ui/level-pips";
import { RatingChoices } from "./rating-choices";

const LEVEL_BG: Record<Level, string> = {
  high: "bg-level-high-soft",
  medium: "bg-level-medium-soft",
  low: "bg-level-low-soft",
};

interface RatingCellProps {
  rating: Rating;
  tone: "impact" | "cost";
  /** "Strategic partnership, Bridge the gap…": names the cell for the choice buttons. */
  label: string;
  tabbable: boolean;
  editing: boolean;
  editable: boolean;
  peersHere: Peer[];
  cellRef: Ref<HTMLTableCellElement>;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableCellElement>) => void;
  onOpen: () => void;
  onChoose: (level: Level | null) => void;
  onCancel: () => void;
  onLeave: () => void;
}

function changedBy(rating: Rating): string | undefined {
  if (!rating.byName) return undefined;
  const when = rating.at ? new Date(rating.at).toLocaleString() : undefined;
  return `Last changed by ${rating.byName}${when ? ` on ${when}` : ""}`;
}

export function RatingCell({
  rating,
  tone,
  label,
  tabbable,
  editing,
  editable,
  peersHere,
  cellRef,
  onFocus,
  onKeyDown,
  onOpen,
  onChoose,
  onCancel,
  onLeave,
}: RatingCellProps) {
  const level = rating.level;
  const peerNote = peersHere.length > 0 ? `Here now: ${peersHere.map((peer) => peer.user.name).join(", ")}` : undefined;
  const peerColor = peersHere[0]?.user.color;

  return (
    <td
      role="gridcell"
      ref={cellRef}
      tabIndex={tabbable ? 0 : -1}
      aria-readonly={editable ? undefined : true}
      title={[changedBy(rating), peerNote].filter(Boolean).join("\n") || undefined}
      data-level={level ?? "unrated"}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (editable && !editing) onOpen();
      }}
      style={peerColor ? { boxShadow: `inset 0 0 0 2px ${peerColor}` } : undefined}
      // Below `md` the cell is a grid item (see OptionMatrix): min-height lets the choices wrap.
      className={`relative min-h-14 border-b border-l border-line px-2 py-1.5 align-middle outline-offset-[-2px] max-md:flex max-md:flex-col max-md:justify-center max-md:first-of-type:border-l-0 md:h-14 md:px-2.5 ${
        level && tone === "impact" ? LEVEL_BG[level] : level ? "bg-canvas" : ""
      } ${editable ? "cursor-pointer hover:brightness-[0.97]" : ""}`}
    >
      {editing ? (
        <RatingChoices
          label={`Rate ${label}`}
          current={level}
          onChoose={onChoose}
          onCancel={onCancel}
          onLeave={onLeave}
        />
      ) : (
        <div className="flex flex-col gap-0.5">
          <span className="inline-flex items-center gap-1.5 text-sm font-medium">
            {level ? <LevelPips level={level} tone={tone} /> : null}
            <span className={level ? "" : "font-normal text-muted italic"}>
              {level ? LEVEL_LABEL[level] : "Unrated"}
            </span>
          </span>
          {rating.byName && <span className="truncate text-[11px] leading-tight text-muted">{rating.byName}</span>}
        </div>
      )}
      {peersHere.length > 0 && !editing && (
        <span className="absolute top-1 right-1 flex gap-0.5" aria-hidden="true">
          {peersHere.map((peer) => (
            <span
              key={peer.clientId}
              className="rounded px-1 text-[10px] leading-4 font-semibold text-white"
              style={{ backgroundColor: peer.user.color }}
            >
              {peer.user.name.slice(0, 1).toUpperCase()}
            </span>
          ))}
        </span>
      )}
    </td>
  );
}
