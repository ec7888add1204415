"use client";

import { storedParticipant } from "@/lib/client/participant-store";
import type { LinkSummary } from "@/lib/contract/links";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { ConfirmButton } from "./confirm-button";

interface LinkParticipantsProps {
  link: LinkSummary;
  canRemove: boolean;
  onRemove: (participantId: string) => void;
}

/** Who joined through a link; the facilitator can remove anyone but themselves. */
export function LinkParticipants({ link, canRemove, onRemove }: LinkParticipantsProps) {
  const { workspaceId } = useWorkspace();
  const self = storedParticipant(workspaceId)?.participantId;
  if (link.participants.length === 0) return <p className="text-xs text-muted">Nobody has joined through it yet.</p>;
  return (
    <details>
      <summary className="cursor-pointer text-xs font-medium">
        {link.participants.length === 1 ? "1 person joined" : `${link.participants.length} people joined`} through it
      </summary>
      <ul className="mt-1 space-y-1">
        {link.participants.map((participant) => (
          <li key={participant.id} className="flex flex-wrap items-center gap-2 text-xs">
            <span className={participant.removedAt === null ? "" : "text-muted line-through"}>{participant.name}</span>
            {participant.id === self && <span className="text-muted">(you)</span>}
            {participant.removedAt !== null ? (
              <span className="text-muted">removed</span>
            ) : (
              canRemove &&
              participant.id !== self && (
                <ConfirmButton
                  action="Remove"
                  label={`Remove ${participant.name}`}
                  question={`Remove ${participant.name}? Their connection closes at once. The link itself keeps working: rotate it to shut them out for good.`}
                  onConfirm={() => onRemove(participant.id)}
                />
              )
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
