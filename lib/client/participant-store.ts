import * as z from "../zod";
import { localEntry } from "./local-store";

export const storedParticipantSchema = z.object({
  participantId: z.string().check(z.minLength(1)),
  participantToken: z.string().check(z.minLength(1)),
});

export type StoredParticipant = z.infer<typeof storedParticipantSchema>;

const participantsEntry = localEntry<Record<string, StoredParticipant>>(
  "mesa.participants",
  z.record(z.string(), storedParticipantSchema),
  {},
);

export function storedParticipant(workspaceId: string): StoredParticipant | undefined {
  return participantsEntry.read()[workspaceId];
}

export function storeParticipant(workspaceId: string, participant: StoredParticipant): void {
  participantsEntry.write({ ...participantsEntry.read(), [workspaceId]: participant });
}

/** The server refused this participant (socket close 4401): the next check registers a new one. */
export function forgetParticipant(workspaceId: string): void {
  const { [workspaceId]: _forgotten, ...others } = participantsEntry.read();
  participantsEntry.write(others);
}
