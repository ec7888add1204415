import { z } from "zod";
import { LIMITS, TEMPLATES } from "../../lib/collab";
import { idSchema } from "../ids";

export const workspaceParamsSchema = z.object({ id: idSchema });

/** A trimmed string whose every failure names the field and its allowed length. */
function boundedText(field: string, max: number) {
  const message = `${field} must be 1–${max} characters`;
  return z
    .string({ error: `${field} must be a string of 1–${max} characters` })
    .trim()
    .min(1, { error: message })
    .max(max, { error: message });
}

export const createWorkspaceBodySchema = z.object(
  {
    title: boundedText("title", LIMITS.titleLength),
    template: z
      .enum(TEMPLATES, { error: `template must be one of: ${TEMPLATES.join(", ")}` })
      .default("rand-mexico-2009"),
  },
  { error: "the body must be a JSON object" },
);

export const registerParticipantBodySchema = z.object(
  { name: boundedText("name", LIMITS.displayNameLength) },
  { error: "the body must be a JSON object" },
);

export const participantHeadersSchema = z.object({
  "x-participant-token": z.string({ error: "send the participant token in the X-Participant-Token header" }).min(1),
});
