"use client";

import { targetKey, type Rating, type ThreadTarget } from "@/lib/collab";
import { LEVEL_LABEL, type Level } from "@/lib/domain/scales";
import { LevelPips } from "@/components/ui/level-pips";
import { ConsensusMark, type ConsensusState } from "@/components/sessions/consensus-mark";
import { personName } from "./authorship-text";
import { cellFocusProps, SELECTED_MARK, type GridCellBinding } from "./grid-cell-binding";
import { PeerTags, peerNote, peerRing } from "./peer-marks";
import { RatingChoices } from "./rating-choices";
import { ThreadCount } from "./thread-count";

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
  /** Who rated it and who wrote the rationale, and when: the cell's tooltip. */
  history: readonly string[];
  /** The rationale, shown as a one-line preview; the details panel has all of it. */
  rationale?: string;
  /** Comment threads on this cell; demand cells have none of their own. */
  thread?: ThreadTarget;
  editing: boolean;
  editable: boolean;
  /** A rating round locks this cell: it is answered in the session panel. */
  inSession?: boolean;
  /** Recorded by a session: "consensus, round 2, 6 of 7", or changed since. */
  consensus?: ConsensusState;
  binding: GridCellBinding;
  onOpen: () => void;
  onChoose: (level: Level | null) => void;
  onCancel: () => void;
  onLeave: () => void;
}

function RaterName({ name, className }: { name: string; className: string }) {
  return (
    <span className={`truncate text-[11px] font-normal text-muted ${className}`}>
      <span className="sr-only">by </span>
      {name}
    </span>
  );
}

export function RatingCell({ rating, tone, label, history, rationale, thread, binding, ...props }: RatingCellProps) {
  const { inSession, consensus } = props;
  const { editing, editable } = props;
  const level = rating.level;
  const rater = personName(rating);
  const title = [...history, peerNote(binding.peersHere)].filter(Boolean).join("\n");

  return (
    <td
      role="gridcell"
      {...cellFocusProps(binding)}
      aria-readonly={editable ? undefined : true}
      title={title || undefined}
      data-level={level ?? "unrated"}
      data-thread-target={thread ? targetKey(thread) : undefined}
      onClick={() => {
        if (editable && !editing) props.onOpen();
      }}
      style={peerRing(binding.peersHere)}
      // Below `md` the cell is a grid item (see MatrixGrid): min-height lets the choices wrap.
      className={`relative min-h-14 border-b border-l border-line px-2 py-1.5 align-top outline-offset-[-2px] max-md:flex max-md:flex-col max-md:first-of-type:border-l-0 md:h-16 md:px-2.5 ${SELECTED_MARK} ${
        level && tone === "impact" ? LEVEL_BG[level] : level ? "bg-canvas" : ""
      } ${editable ? "cursor-pointer hover:brightness-[0.97]" : ""}`}
    >
      {editing ? (
        <RatingChoices
          label={`Rate ${label}`}
          current={level}
          onChoose={props.onChoose}
          onCancel={props.onCancel}
          onLeave={props.onLeave}
        />
      ) : (
        <div className="flex min-w-0 flex-col gap-0.5">
          <span className="flex items-center gap-1.5 pr-5 text-sm font-medium">
            {level ? <LevelPips level={level} tone={tone} /> : null}
            <span className={level ? "" : "font-normal text-muted italic"}>
              {level ? LEVEL_LABEL[level] : "Unrated"}
            </span>
            {rater && <RaterName name={rater} className="ml-auto max-sm:hidden" />}
          </span>
          <span className="flex min-w-0 items-center gap-1">
            {rationale ? (
              <span className="min-w-0 flex-1 truncate text-xs text-ink/80">
                <span className="sr-only">Rationale: </span>
                {rationale}
              </span>
            ) : (
              // On a phone the rater's name moves down here, where there is room for it.
              rater && <RaterName name={rater} className="min-w-0 flex-1 sm:hidden" />
            )}
            {thread && <ThreadCount target={thread} />}
          </span>
          {inSession && (
            <span data-testid="in-session" className="text-[10px] leading-4 font-medium text-accent">
              In a rating round
            </span>
          )}
          {consensus && !inSession && <ConsensusMark state={consensus} />}
        </div>
      )}
      {!editing && <PeerTags peers={binding.peersHere} />}
    </td>
  );
}
