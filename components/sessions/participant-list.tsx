"use client";

import type * as z from "@/lib/zod";
import type { sessionParticipantSchema } from "@/lib/contract/sessions";
import { setParticipation } from "@/lib/client/session-api";
import { Button } from "@/components/ui/button";
import { useSessionAction } from "./use-session-detail";

type SessionParticipant = z.infer<typeof sessionParticipantSchema>;

interface ParticipantListProps {
  sessionId: string;
  participants: readonly SessionParticipant[];
  /** Targets in the current round, for "3 of 8 answered". */
  targetCount: number;
}

/**
 * Who takes part, for the facilitator: what each has answered (how many, never what), and
 * Exclude/Admit. Two entries under one name or one link are marked: a private window or a second
 * browser registers a second participant, and the facilitator decides which one counts.
 */
export function ParticipantList({ sessionId, participants, targetCount }: ParticipantListProps) {
  const action = useSessionAction(sessionId, setParticipation);
  const names = new Map<string, number>();
  for (const person of participants) names.set(person.name, (names.get(person.name) ?? 0) + 1);
  if (participants.length === 0) return <p className="text-sm text-muted">Nobody takes part yet.</p>;
  return (
    <div>
      <ul aria-label="Participants" className="divide-y divide-line rounded-md border border-line">
        {participants.map((person) => {
          const twice = (names.get(person.name) ?? 0) > 1;
          return (
            <li
              key={person.id}
              data-testid="session-participant"
              data-excluded={person.excluded}
              className={`flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1.5 text-sm ${person.excluded ? "bg-canvas text-muted" : ""}`}
            >
              <span className="min-w-0 flex-1">
                <span className="font-medium">{person.name}</span>
                <span className="text-xs text-muted"> · {person.linkLabel}</span>
                {twice && <span className="text-xs text-muted"> · #{person.id.slice(-4)}</span>}
                {twice && (
                  <span className="mt-0.5 block w-fit rounded bg-level-low-soft px-1.5 py-px text-xs font-medium text-warn">
                    Joined twice (another window?)
                  </span>
                )}
              </span>
              <span className="text-xs tabular-nums">
                {person.excluded ? "Not taking part" : `${person.answered} of ${targetCount} answered`}
              </span>
              <Button
                className="min-h-7 px-2 text-xs"
                disabled={action.isPending}
                onClick={() => action.mutate([person.id, person.excluded ? "admit" : "exclude"])}
                aria-label={`${person.excluded ? "Admit" : "Exclude"} ${person.name} (${person.linkLabel})`}
              >
                {person.excluded ? "Admit" : "Exclude"}
              </Button>
            </li>
          );
        })}
      </ul>
      {action.error && (
        <p role="alert" className="mt-1 text-sm text-danger">
          {action.error.message}
        </p>
      )}
    </div>
  );
}
