import type { CreatedWorkspace } from "../../../lib/contract";
import { api, registerParticipant, type ApiResponse, type TestParticipant } from "./api";
import { RawSocket } from "./raw-socket";

/** Someone in a session: their link, their participant and a bound raw socket. */
export interface Person {
  token: string;
  participant: TestParticipant;
  socket: RawSocket;
}

/** Registers a participant under `token` and opens a raw socket bound to it, synced. */
export async function joinAs(
  server: { url: string },
  workspace: CreatedWorkspace,
  token: string,
  name: string,
): Promise<Person> {
  const participant = await registerParticipant(server.url, workspace.id, token, name);
  const socket = new RawSocket(server, workspace.id, token, participant.participantToken);
  // Fetching the document proves the room has the socket (and its binding) before a round opens.
  await socket.fetchDoc();
  return { token, participant, socket };
}

/** Calls a sessions route of the workspace as `person` (Bearer link token plus participant token). */
export function sessionApi(
  server: { url: string },
  workspace: CreatedWorkspace,
  path: string,
  as: { token: string; participant?: TestParticipant },
  init: { method?: string; json?: unknown } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (as.participant) headers["x-participant-token"] = as.participant.participantToken;
  return api(server.url, `/api/workspaces/${workspace.id}/sessions${path}`, { ...init, token: as.token, headers });
}

/** Whether any byte sequence a socket received contains `text` (UTF-8). */
export function receivedText(socket: RawSocket, text: string): boolean {
  const needle = Buffer.from(text, "utf8");
  return socket.received.some((frame) => Buffer.from(frame).includes(needle));
}
