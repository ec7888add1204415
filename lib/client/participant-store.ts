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
