"use client";

import { cellKey, cellRating, demandRating, type WorkspaceSnapshot } from "@/lib/collab";
import { LEVEL_LABEL } from "@/lib/domain/scales";
import { useSessionMarks } from "@/lib/client/use-session-marks";
import { LevelPips } from "@/components/ui/level-pips";
import { ConsensusDetails, consensusState } from "@/components/sessions/consensus-mark";
import { ThreadBadge } from "@/components/threads/thread-badge";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { changeText } from "./authorship-text";
import { RationaleEditor } from "./rationale-editor";
import type { Rating } from "@/lib/collab";

function LevelLine({ rating, tone }: { rating: Rating; tone: "impact" | "cost" }) {
  const level = rating.level;
  const history = changeText(level ? "Rated" : "Cleared", rating);
  return (
    <div>
      <p className="flex items-center gap-1.5 text-sm font-medium">
        {level ? <LevelPips level={level} tone={tone} /> : null}
        {level ? LEVEL_LABEL[level] : <span className="font-normal text-muted italic">Unrated</span>}
      </p>
      {history && <p className="text-xs text-muted">{history}</p>}
    </div>
  );
}

interface CellDetailsProps {
  snapshot: WorkspaceSnapshot;
  areaId: string;
  optionId: string;
  label: string;
  focusSignal?: number;
  onFocused: () => void;
  onReturn: () => void;
}

/** One cell: its level and who set it, the rationale (typed together), and its comments. */
export function CellDetails({ snapshot, areaId, optionId, label, ...props }: CellDetailsProps) {
  const { author, session } = useWorkspace();
  const key = cellKey(areaId, optionId);
  const rating = cellRating(snapshot, areaId, optionId);
  const marks = useSessionMarks(session);
  const consensus = consensusState(marks.outcomes[`cell:${key}`], rating.level, rating.byName);
  const inSession = marks.locked.has(`cell:${key}`);
  const rationale = snapshot.rationales[key] ?? "";
  const edited = changeText("Rationale last edited", snapshot.rationaleEdits[key]);
  return (
    <div className="space-y-3">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <LevelLine rating={rating} tone="impact" />
        </div>
        <ThreadBadge target={{ kind: "cell", areaId, optionId }} label={label} />
      </div>
      {inSession && (
        <p className="rounded-md bg-accent-soft px-2.5 py-1.5 text-xs">
          A rating round is open on this cell: its rating is given in the session, and recorded when it closes.
        </p>
      )}
      {consensus && <ConsensusDetails state={consensus} />}
      {author ? (
        <RationaleEditor areaId={areaId} optionId={optionId} {...props} />
      ) : (
        <div>
          <h4 className="text-xs font-medium text-muted">Rationale</h4>
          <p className="mt-0.5 text-sm whitespace-pre-line">
            {rationale || <span className="text-muted italic">No rationale yet</span>}
          </p>
        </div>
      )}
      {edited && <p className="text-xs text-muted">{edited}</p>}
      {author && (
        <p className="text-xs text-muted">
          Enter on the cell rates it. Everyone sees the rationale as it is typed; Ctrl+Z undoes your own typing.
        </p>
      )}
    </div>
  );
}

/** The demand row: a cost, rated like a cell but never part of an option's score. */
export function DemandDetails({ snapshot, optionId }: { snapshot: WorkspaceSnapshot; optionId: string }) {
  return (
    <div className="space-y-2">
      <LevelLine rating={demandRating(snapshot, optionId)} tone="cost" />
      <p className="text-xs text-muted">
        Demand on U.S. government resources, personnel and time. It is a cost: the scores show it beside an
        option&rsquo;s weighted impact and never add it in.
      </p>
    </div>
  );
}
