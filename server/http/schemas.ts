import { z } from "zod";
import { TEMPLATES } from "../../lib/collab";
import { idSchema } from "../ids";

export const workspaceParamsSchema = z.object({ id: idSchema });

export const createWorkspaceBodySchema = z.object(
  {
    title: z
      .string({ error: "title must be a string of 1–200 characters" })
      .trim()
      .min(1, { error: "title must be 1–200 characters" })
      .max(200, { error: "title must be 1–200 characters" }),
    template: z
      .enum(TEMPLATES, { error: `template must be one of: ${TEMPLATES.join(", ")}` })
      .default("rand-mexico-2009"),
  },
  { error: "the body must be a JSON object" },
);

export const registerParticipantBodySchema = z.object(
  {
    name: z
      .string({ error: "name must be a string of 1–60 characters" })
      .trim()
      .min(1, { error: "name must be 1–60 characters" })
      .max(60, { error: "name must be 1–60 characters" }),
  },
  { error: "the body must be a JSON object" },
);

export const participantHeadersSchema = z.object({
  "x-participant-token": z.string({ error: "send the participant token in the X-Participant-Token header" }).min(1),
});
